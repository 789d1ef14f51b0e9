#include "sweep.h"

#include "engine/downloadengine.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>

namespace flaglab {

SweepRunner::SweepRunner(QObject *parent)
    : QObject(parent)
{
}

SweepRunner::~SweepRunner() = default;

QList<int> SweepRunner::defaultLevels()
{
    QList<int> levels;
    for (int n = 1; n <= 512; n *= 2)
        levels.append(n);
    return levels;
}

QList<int> SweepRunner::parseLevels(const QString &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (text.trimmed() == u"default")
        return defaultLevels();
    QList<int> levels;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int level = part.trimmed().toInt(&ok);
        if (!ok || level < 1 || level > RunConfig::kMaxConcurrency) {
            *error = QCoreApplication::translate("SweepRunner", "each sweep value must be a whole number from 1 to %1, not '%2'")
                         .arg(RunConfig::kMaxConcurrency).arg(part.trimmed());
            return {};
        }
        levels.append(level);
    }
    if (levels.isEmpty())
        *error = QCoreApplication::translate("SweepRunner", "the sweep needs at least one concurrency value");
    return levels;
}

bool SweepRunner::start(const RunConfig &base, const QList<int> &levels, QString *error)
{
    RunConfig probe = base;
    probe.concurrency = levels.isEmpty() ? 0 : *std::max_element(levels.begin(), levels.end());
    const QString problem = isRunning() ? QStringLiteral("a sweep is already going") : probe.validate();
    if (!problem.isEmpty() || levels.isEmpty()) {
        if (error)
            *error = problem.isEmpty() ? QStringLiteral("no concurrency values") : problem;
        return false;
    }
    m_base = base;
    m_levels = levels;
    m_points.clear();
    m_cancelled = false;
    startPoint();
    return true;
}

void SweepRunner::cancel()
{
    m_cancelled = true;
    if (m_engine)
        m_engine->cancel();
}

void SweepRunner::startPoint()
{
    const int index = int(m_points.size());
    RunConfig config = m_base;
    config.concurrency = std::min<int>(m_levels.at(index), int(config.codes.size()));
    // Each run writes into an empty folder: replacing files costs the disk a flush.
    m_destination = std::make_unique<QTemporaryDir>();
    config.destination = m_destination->path();
    m_engine = std::make_unique<DownloadEngine>();
    connect(m_engine.get(), &DownloadEngine::finished, this, &SweepRunner::onRunFinished, Qt::QueuedConnection);
    Q_EMIT pointStarted(index, m_levels.at(index));
    m_engine->start(config);
}

void SweepRunner::onRunFinished()
{
    const int index = int(m_points.size());
    SweepPoint point{m_levels.at(index), RunSummary::fromEngine(*m_engine, QStringLiteral("-m %1").arg(m_levels.at(index)))};
    m_points.append(point);
    m_engine.reset();
    m_destination.reset();
    Q_EMIT pointFinished(index);
    if (!m_cancelled && m_points.size() < m_levels.size())
        startPoint();
    else
        Q_EMIT finished();
}

QByteArray SweepRunner::csv(const QList<SweepPoint> &points)
{
    QByteArray out = "concurrency,elapsed_s,ok,not_found,errors,cancelled,flags_per_s,mean_latency_s,p95_latency_s,"
                     "max_in_flight\n";
    for (const SweepPoint &p : points) {
        const RunSummary &r = p.run;
        out += QByteArray::number(p.concurrency) + ',' + QByteArray::number(r.elapsedS, 'f', 3) + ','
               + QByteArray::number(r.counts.ok) + ',' + QByteArray::number(r.counts.notFound) + ','
               + QByteArray::number(r.counts.errors) + ',' + QByteArray::number(r.counts.cancelled) + ','
               + QByteArray::number(r.flagsPerSecond(), 'f', 2) + ',' + QByteArray::number(r.meanLatencyS(), 'f', 3)
               + ',' + QByteArray::number(r.latencyPercentileS(95), 'f', 3) + ','
               + QByteArray::number(r.maxInFlight) + '\n';
    }
    return out;
}

int SweepRunner::kneeIndex(const QList<SweepPoint> &points)
{
    double best = 0;
    for (const SweepPoint &p : points)
        best = std::max(best, p.run.flagsPerSecond());
    for (int i = 0; i < points.size(); ++i) {
        if (best > 0 && points.at(i).run.flagsPerSecond() >= 0.9 * best)
            return i;
    }
    return -1;
}

} // namespace flaglab
