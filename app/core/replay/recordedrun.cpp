#include "recordedrun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

// Seconds since the run started (null or -1 when it never came) as ns, -1 for never.
qint64 nanoseconds(const QJsonValue &seconds)
{
    const double s = seconds.toDouble(-1);
    return s < 0 ? -1 : qint64(std::llround(s * 1e9));
}

Outcome outcomeOf(const QString &status)
{
    for (Outcome outcome : {Outcome::Ok, Outcome::NotFound, Outcome::Error, Outcome::Cancelled})
        if (outcomeName(outcome) == status)
            return outcome;
    return Outcome::Pending;
}

// A report without a failure field keeps the words, not the kind: a badge
// then says what the outcome and the HTTP status tell.
FailureKind failureOf(const RequestRecord &record)
{
    switch (record.outcome) {
    case Outcome::Ok:
    case Outcome::Pending:
        return FailureKind::None;
    case Outcome::Cancelled:
        return FailureKind::Cancelled;
    case Outcome::NotFound:
        return FailureKind::HttpStatus;
    case Outcome::Error:
        break;
    }
    return record.httpStatus > 0 ? FailureKind::HttpStatus : FailureKind::Network;
}

RequestRecord recordOf(int id, const QJsonObject &r)
{
    RequestRecord record;
    record.id = id;
    record.cc = r.value(u"cc").toString();
    record.url = QUrl(r.value(u"url").toString());
    record.outcome = outcomeOf(r.value(u"status").toString());
    record.httpStatus = r.value(u"http_status").toInt();
    record.reasonPhrase = r.value(u"http_reason").toString();
    record.httpVersion = r.value(u"http_version").toString();
    record.contentType = r.value(u"content_type").toString();
    record.error = r.value(u"error").toString();
    record.bytes = std::max<qint64>(0, r.value(u"bytes").toInteger());
    record.savedPath = r.value(u"saved_as").toString();
    record.attempts = std::max(1, r.value(u"attempts").toInt(1));
    record.startedNs = nanoseconds(r.value(u"started_s"));
    record.connectingNs = nanoseconds(r.value(u"connecting_s"));
    record.sentNs = nanoseconds(r.value(u"connected_s"));
    record.firstByteNs = nanoseconds(r.value(u"first_byte_s"));
    record.finishedNs = nanoseconds(r.value(u"finished_s"));
    for (const QJsonValue &value : r.value(u"earlier_attempts").toArray()) {
        const QJsonObject attempt = value.toObject();
        record.attemptStartsNs.append(nanoseconds(attempt.value(u"started_s")));
        record.attemptEndsNs.append(nanoseconds(attempt.value(u"ended_s")));
        record.attemptErrors.append(attempt.value(u"error").toString());
    }
    if (record.startedNs >= 0)
        record.attemptStartsNs.append(record.startedNs);
    // Reports since the failure field say the kind; older ones only the words.
    record.failure = failureFromName(r.value(u"failure").toString()).value_or(failureOf(record));
    return record;
}

qint64 lastTimeOf(const RequestRecord &r)
{
    qint64 last = std::max({r.startedNs, r.connectingNs, r.sentNs, r.firstByteNs, r.finishedNs});
    for (qint64 t : r.attemptStartsNs + r.attemptEndsNs)
        last = std::max(last, t);
    return last;
}

// The flag the run saved, if it is still there and no bigger than a HAR's body may be.
QByteArray savedPicture(const QString &path, qint64 *budget)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const qint64 size = info.size();
    QFile file(path);
    // A regular file only: a report's saved_as may name a device or a pipe.
    if (!info.isFile() || size <= 0 || size > RunImport::kMaxBodyBytes || size > *budget
        || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(RunImport::kMaxBodyBytes);
    *budget -= bytes.size();
    return bytes;
}

} // namespace

RecordedRun RecordedRun::fromImport(const ImportedRun &imported, const QString &file)
{
    RecordedRun run;
    run.file = file;
    run.source = imported.source;
    run.report = imported.report;
    const QJsonArray requests = imported.report.value(u"requests").toArray();
    qint64 budget = RunImport::kMaxBodiesBytes;
    for (const QByteArray &body : imported.bodies)
        budget -= body.size();
    run.durationNs = std::max<qint64>(0, nanoseconds(imported.report.value(u"elapsed_s")));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const RequestRecord record = recordOf(int(i), requests.at(i).toObject());
        run.durationNs = std::max(run.durationNs, lastTimeOf(record));
        if (record.outcome == Outcome::Ok) {
            QByteArray picture = imported.bodies.value(int(i));
            if (picture.isEmpty())
                picture = savedPicture(record.savedPath, &budget);
            if (!picture.isEmpty())
                run.pictures.insert(int(i), picture);
        }
        run.records.append(record);
    }
    return run;
}

std::optional<RecordedRun> RecordedRun::load(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<ImportedRun> imported = RunImport::fromFile(path, error);
    if (!imported)
        return std::nullopt;
    RecordedRun run = fromImport(*imported, path);
    if (run.records.isEmpty()) {
        *error = QStringLiteral("%1: the run has no requests to replay").arg(path);
        return std::nullopt;
    }
    return run;
}

QString RecordedRun::sourceName(ImportedRun::Source source)
{
    switch (source) {
    case ImportedRun::Source::Report: return QStringLiteral("report");
    case ImportedRun::Source::FlagLabHar: return QStringLiteral("flaglab-har");
    case ImportedRun::Source::ForeignHar: return QStringLiteral("foreign-har");
    }
    return {};
}

} // namespace flaglab
