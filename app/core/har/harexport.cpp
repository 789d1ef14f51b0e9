#include "harexport.h"

#include "flaglab_version.h"
#include "hartimings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace flaglab {

namespace {

double secondsOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble(-1);
}

QString isoDate(const QDateTime &runStart, double offsetS)
{
    return runStart.addMSecs(qint64(std::max(0.0, offsetS) * 1000)).toString(Qt::ISODateWithMs);
}

QString httpVersionOf(const QJsonObject &request)
{
    return request.value(u"http_version").toString() == u"2" ? QStringLiteral("HTTP/2.0") : QStringLiteral("HTTP/1.1");
}

QJsonObject harRequest(const QString &url, const QString &httpVersion)
{
    QJsonArray query;
    const QUrl parsed(url);
    for (const auto &[name, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return {
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("url"), url},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("queryString"), query},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), 0},
    };
}

QJsonObject harResponse(int status, const QString &statusText, const QString &httpVersion, qint64 bytes,
                        const QString &mimeType, const QString &error)
{
    QJsonObject response{
        {QStringLiteral("status"), status},
        {QStringLiteral("statusText"), statusText},
        {QStringLiteral("httpVersion"), status == 0 ? QString() : httpVersion},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("size"), bytes}, {QStringLiteral("mimeType"), mimeType}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), status == 0 ? -1 : bytes},
    };
    if (!error.isEmpty())
        response.insert(QStringLiteral("_error"), error);
    return response;
}

QJsonObject harEntry(const QDateTime &runStart, const ExchangePhases &phases, QJsonObject request,
                     QJsonObject response, QJsonObject flaglab)
{
    const QJsonObject timings = harTimings(phases);
    flaglab.insert(QStringLiteral("queued_s"), phases.queuedS);
    flaglab.insert(QStringLiteral("started_s"), phases.startedS);
    flaglab.insert(QStringLiteral("connecting_s"), phases.connectingS);
    flaglab.insert(QStringLiteral("connected_s"), phases.connectedS);
    flaglab.insert(QStringLiteral("first_byte_s"), phases.firstByteS);
    flaglab.insert(QStringLiteral("finished_s"), phases.finishedS);
    return {
        {QStringLiteral("startedDateTime"), isoDate(runStart, phases.queuedS)},
        {QStringLiteral("time"), harTime(timings)},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("_flaglab"), flaglab},
    };
}

// A failed attempt before the latest one: only its span and reason are kept.
QJsonObject earlierAttemptEntry(const QDateTime &runStart, const QJsonObject &request, const QJsonObject &attempt,
                                int number)
{
    ExchangePhases phases;
    phases.queuedS = phases.startedS = std::max(0.0, secondsOf(attempt, "started_s"));
    phases.finishedS = std::max(phases.startedS, secondsOf(attempt, "ended_s"));
    const QString error = attempt.value(u"error").toString();
    const QString version = httpVersionOf(request);
    return harEntry(runStart, phases, harRequest(request.value(u"url").toString(), version),
                    harResponse(0, {}, version, 0, {}, error),
                    {{QStringLiteral("cc"), request.value(u"cc")},
                     {QStringLiteral("outcome"), QStringLiteral("RETRIED")},
                     {QStringLiteral("attempt"), number}});
}

QJsonObject latestAttemptEntry(const QDateTime &runStart, const QJsonObject &request)
{
    const int attempts = std::max(1, request.value(u"attempts").toInt(1));
    const QJsonArray earlier = request.value(u"earlier_attempts").toArray();
    ExchangePhases phases;
    phases.startedS = secondsOf(request, "started_s");
    // The first attempt was asked for when the run started; a retry when it was handed over.
    phases.queuedS = earlier.isEmpty() ? 0.0 : std::max(0.0, phases.startedS);
    phases.connectingS = secondsOf(request, "connecting_s");
    phases.connectedS = secondsOf(request, "connected_s");
    phases.firstByteS = secondsOf(request, "first_byte_s");
    phases.finishedS = std::max(phases.queuedS, secondsOf(request, "finished_s"));
    const QString outcome = request.value(u"status").toString();
    const int status = request.value(u"http_status").toInt(0);
    const QString version = httpVersionOf(request);
    QString error = request.value(u"error").toString();
    return harEntry(runStart, phases, harRequest(request.value(u"url").toString(), version),
                    harResponse(status, request.value(u"http_reason").toString(), version,
                                request.value(u"bytes").toInteger(), request.value(u"content_type").toString(), error),
                    {{QStringLiteral("cc"), request.value(u"cc")},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("failure"), request.value(u"failure")},
                     {QStringLiteral("attempt"), attempts},
                     {QStringLiteral("saved_as"), request.value(u"saved_as")}});
}

} // namespace

QJsonObject harFromReport(const QJsonObject &report)
{
    QDateTime runStart = QDateTime::fromString(report.value(u"started_at").toString(), Qt::ISODateWithMs);
    if (!runStart.isValid())
        runStart = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    QJsonArray entries;
    for (const QJsonValue &value : report.value(u"requests").toArray()) {
        const QJsonObject request = value.toObject();
        const QJsonArray earlier = request.value(u"earlier_attempts").toArray();
        for (qsizetype i = 0; i < earlier.size(); ++i)
            entries.append(earlierAttemptEntry(runStart, request, earlier.at(i).toObject(), int(i + 1)));
        entries.append(latestAttemptEntry(runStart, request));
    }
    const QJsonObject run{
        {QStringLiteral("server"), report.value(u"server")},
        {QStringLiteral("base_url"), report.value(u"base_url")},
        {QStringLiteral("concurrency"), report.value(u"concurrency")},
        {QStringLiteral("model"), report.value(u"model")},
        {QStringLiteral("single_manager"), report.value(u"single_manager")},
        {QStringLiteral("timeout_s"), report.value(u"timeout_s")},
        {QStringLiteral("elapsed_s"), report.value(u"elapsed_s")},
        {QStringLiteral("max_in_flight"), report.value(u"max_in_flight")},
        {QStringLiteral("max_queued_in_client"), report.value(u"max_queued_in_client")},
    };
    return {{QStringLiteral("log"),
             QJsonObject{
                 {QStringLiteral("version"), QStringLiteral("1.2")},
                 {QStringLiteral("creator"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("FlagLab")},
                              {QStringLiteral("version"), QStringLiteral(FLAGLAB_VERSION)}}},
                 {QStringLiteral("entries"), entries},
                 {QStringLiteral("_flaglab"), run},
             }}};
}

} // namespace flaglab
