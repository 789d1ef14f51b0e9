#include "runhistory.h"

#include "engine/runreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace flaglab {

namespace {

const QString kFormat = QStringLiteral("flaglab-history");
constexpr int kVersion = 1;

QByteArray csvNumber(double value)
{
    return value < 0 ? QByteArray() : QByteArray::number(value, 'f', 6);
}

} // namespace

RunHistory::RunHistory(QObject *parent)
    : QObject(parent)
{
}

void RunHistory::add(const RunSummary &run)
{
    m_runs.append(run);
    Q_EMIT changed();
}

void RunHistory::clear()
{
    m_runs.clear();
    Q_EMIT changed();
}

bool RunHistory::save(const QString &path, QString *error) const
{
    QJsonArray runs;
    for (const RunSummary &run : m_runs)
        runs.append(run.toJson());
    return writeJsonFile(path, {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion},
                                {QStringLiteral("runs"), runs}},
                         error);
}

bool RunHistory::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (root.value(u"format").toString() != kFormat || root.value(u"version").toInt() != kVersion) {
        if (error)
            *error = QStringLiteral("%1 is not a FlagLab run history").arg(path);
        return false;
    }
    for (const QJsonValue &run : root.value(u"runs").toArray())
        m_runs.append(RunSummary::fromJson(run.toObject()));
    Q_EMIT changed();
    return true;
}

QByteArray RunHistory::timingsCsv(const RunSummary &run)
{
    QByteArray csv = "cc,status,bytes,started_s,first_byte_s,finished_s\n";
    for (const RunSummary::Timing &t : run.timings) {
        csv += t.cc.toLatin1() + ',' + outcomeName(t.outcome).toLatin1() + ',' + QByteArray::number(t.bytes) + ','
               + csvNumber(t.startedS) + ',' + csvNumber(t.firstByteS) + ',' + csvNumber(t.finishedS) + '\n';
    }
    return csv;
}

} // namespace flaglab
