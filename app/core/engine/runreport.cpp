#include "runreport.h"

#include "downloadengine.h"
#include "saving/filesaver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flaglab {

namespace {

QJsonValue seconds(qint64 ns)
{
    return ns < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(ns) / 1e9);
}

// The attempts before the latest (retries), each with why it failed.
QJsonArray earlierAttemptsJson(const RequestRecord &record)
{
    QJsonArray attempts;
    for (qsizetype i = 0; i < record.attemptErrors.size(); ++i)
        attempts.append(QJsonObject{
            {QStringLiteral("started_s"), seconds(record.attemptStartsNs.value(i, -1))},
            {QStringLiteral("ended_s"), seconds(record.attemptEndsNs.value(i, -1))},
            {QStringLiteral("error"), record.attemptErrors.at(i)},
        });
    return attempts;
}

QJsonObject requestJson(const RequestRecord &record)
{
    QJsonObject json{
        {QStringLiteral("cc"), record.cc},
        {QStringLiteral("status"), outcomeName(record.outcome)},
        {QStringLiteral("http_status"), record.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(record.httpStatus)},
        {QStringLiteral("http_reason"), record.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(record.reasonPhrase)},
        {QStringLiteral("http_version"), record.httpVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.httpVersion)},
        {QStringLiteral("error"), record.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.error)},
        {QStringLiteral("failure"), record.failure == FailureKind::None ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(failureName(record.failure))},
        {QStringLiteral("bytes"), record.bytes},
        {QStringLiteral("url"), record.url.toString()},
        {QStringLiteral("saved_as"), record.savedPath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.savedPath)},
        {QStringLiteral("attempts"), record.attempts},
        {QStringLiteral("started_s"), seconds(record.startedNs)},
        {QStringLiteral("connecting_s"), seconds(record.connectingNs)},
        {QStringLiteral("connected_s"), seconds(record.sentNs)},
        {QStringLiteral("first_byte_s"), seconds(record.firstByteNs)},
        {QStringLiteral("finished_s"), seconds(record.finishedNs)},
        {QStringLiteral("content_type"), record.contentType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.contentType)},
    };
    if (!record.attemptErrors.isEmpty())
        json.insert(QStringLiteral("earlier_attempts"), earlierAttemptsJson(record));
    return json;
}

} // namespace

QJsonObject runReportJson(const DownloadEngine &engine)
{
    const RunConfig config = engine.config();
    const RunCounts counts = engine.counts();
    QJsonArray requests;
    for (const RequestRecord &record : engine.records())
        requests.append(requestJson(record));
    return {
        {QStringLiteral("server"), config.serverLabel},
        {QStringLiteral("base_url"), config.baseUrl.toString()},
        {QStringLiteral("requested"), counts.requested},
        {QStringLiteral("ok"), counts.ok},
        {QStringLiteral("not_found"), counts.notFound},
        {QStringLiteral("errors"), counts.errors},
        {QStringLiteral("cancelled"), counts.cancelled},
        {QStringLiteral("elapsed_s"), double(engine.elapsedNs()) / 1e9},
        {QStringLiteral("started_at"), engine.startedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("concurrency"), config.concurrency},
        {QStringLiteral("single_manager"), config.singleManager},
        {QStringLiteral("max_connecting"), config.maxConnecting},
        {QStringLiteral("model"), config.modelName()},
        {QStringLiteral("protocol"), config.protocolName()},
        {QStringLiteral("sync_files"), config.syncFiles},
        {QStringLiteral("retries"), config.retries},
        {QStringLiteral("timeout_s"), config.timeoutMs / 1000.0},
        {QStringLiteral("max_in_flight"), engine.flight().maxOnTheWire},
        {QStringLiteral("max_queued_in_client"), engine.flight().maxQueuedInClient},
        {QStringLiteral("requests"), requests},
    };
}

bool writeJsonFile(const QString &path, const QJsonObject &object, QString *error)
{
    const QString why = FileSaver::writeAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (why.isEmpty())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, why);
    return false;
}

} // namespace flaglab
