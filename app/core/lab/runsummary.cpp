#include "runsummary.h"

#include "engine/downloadengine.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace flaglab {

namespace {

double seconds(qint64 ns)
{
    return ns < 0 ? -1.0 : double(ns) / 1e9;
}

Outcome outcomeFromName(const QString &name)
{
    for (Outcome outcome : {Outcome::Ok, Outcome::NotFound, Outcome::Error, Outcome::Cancelled}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return Outcome::Pending;
}

QList<double> answeredLatencies(const QList<RunSummary::Timing> &timings)
{
    QList<double> latencies;
    for (const RunSummary::Timing &t : timings) {
        if (t.startedS >= 0 && t.finishedS >= t.startedS && t.outcome != Outcome::Cancelled)
            latencies.append(t.finishedS - t.startedS);
    }
    return latencies;
}

} // namespace

double RunSummary::flagsPerSecond() const
{
    return elapsedS > 0 ? counts.ok / elapsedS : 0.0;
}

double RunSummary::kilobytesPerSecond() const
{
    qint64 bytes = 0;
    for (const Timing &t : timings)
        bytes += t.bytes;
    return elapsedS > 0 ? bytes / 1000.0 / elapsedS : 0.0;
}

double RunSummary::meanLatencyS() const
{
    const QList<double> latencies = answeredLatencies(timings);
    return latencies.isEmpty() ? 0.0 : std::accumulate(latencies.begin(), latencies.end(), 0.0) / latencies.size();
}

double RunSummary::latencyPercentileS(double percentile) const
{
    QList<double> latencies = answeredLatencies(timings);
    if (latencies.isEmpty())
        return 0.0;
    std::sort(latencies.begin(), latencies.end());
    // Nearest rank: the smallest value with at least `percentile` of them at or below it.
    const qsizetype rank = qsizetype(std::ceil(percentile / 100.0 * latencies.size()));
    return latencies.at(std::clamp<qsizetype>(rank - 1, 0, latencies.size() - 1));
}

RunSummary RunSummary::fromEngine(const DownloadEngine &engine, const QString &name)
{
    const RunConfig config = engine.config();
    RunSummary summary;
    summary.name = name;
    summary.when = QDateTime::currentDateTime();
    summary.server = config.serverLabel;
    summary.baseUrl = config.baseUrl.toString();
    summary.concurrency = config.concurrency;
    summary.singleManager = config.singleManager;
    summary.model = config.modelName();
    summary.protocol = config.protocolName();
    summary.counts = engine.counts();
    summary.elapsedS = engine.elapsedNs() / 1e9;
    summary.maxInFlight = engine.flight().maxOnTheWire;
    summary.maxQueuedInClient = engine.flight().maxQueuedInClient;
    for (const RequestRecord &r : engine.records())
        summary.timings.append({r.cc, r.outcome, r.bytes, seconds(r.startedNs), seconds(r.firstByteNs),
                                seconds(r.finishedNs), seconds(r.sentNs), seconds(r.connectingNs)});
    return summary;
}

QJsonObject RunSummary::toJson() const
{
    QJsonArray requests;
    for (const Timing &t : timings)
        requests.append(QJsonArray{t.cc, outcomeName(t.outcome), t.bytes, t.startedS, t.firstByteS, t.finishedS,
                                   t.sentS, t.connectingS});
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("when"), when.toString(Qt::ISODateWithMs)},
        {QStringLiteral("server"), server},
        {QStringLiteral("base_url"), baseUrl},
        {QStringLiteral("model"), model},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("single_manager"), singleManager},
        {QStringLiteral("requested"), counts.requested},
        {QStringLiteral("ok"), counts.ok},
        {QStringLiteral("not_found"), counts.notFound},
        {QStringLiteral("errors"), counts.errors},
        {QStringLiteral("cancelled"), counts.cancelled},
        {QStringLiteral("elapsed_s"), elapsedS},
        {QStringLiteral("max_in_flight"), maxInFlight},
        {QStringLiteral("max_queued_in_client"), maxQueuedInClient},
        // Compact rows: [cc, status, bytes, started_s, first_byte_s, finished_s, sent_s, connecting_s].
        {QStringLiteral("requests"), requests},
    };
}

RunSummary RunSummary::fromJson(const QJsonObject &o)
{
    RunSummary s;
    s.name = o.value(u"name").toString();
    s.when = QDateTime::fromString(o.value(u"when").toString(), Qt::ISODateWithMs);
    s.server = o.value(u"server").toString();
    s.baseUrl = o.value(u"base_url").toString();
    s.model = o.value(u"model").toString(QStringLiteral("event-loop"));
    s.protocol = o.value(u"protocol").toString(QStringLiteral("HTTP/1.1"));     // histories before HTTP/2: 1.1
    s.concurrency = o.value(u"concurrency").toInt();
    s.singleManager = o.value(u"single_manager").toBool();
    s.counts.requested = o.value(u"requested").toInt();
    s.counts.ok = o.value(u"ok").toInt();
    s.counts.notFound = o.value(u"not_found").toInt();
    s.counts.errors = o.value(u"errors").toInt();
    s.counts.cancelled = o.value(u"cancelled").toInt();
    s.elapsedS = o.value(u"elapsed_s").toDouble();
    s.maxInFlight = o.value(u"max_in_flight").toInt();
    s.maxQueuedInClient = o.value(u"max_queued_in_client").toInt();
    for (const QJsonValue &row : o.value(u"requests").toArray()) {
        const QJsonArray r = row.toArray();
        const double started = r.at(3).toDouble(-1);
        // Histories saved before sent_s was kept counted a request in flight from its start.
        s.timings.append({r.at(0).toString(), outcomeFromName(r.at(1).toString()), r.at(2).toInteger(),
                          started, r.at(4).toDouble(-1), r.at(5).toDouble(-1), r.at(6).toDouble(started),
                          r.at(7).toDouble(-1)});
    }
    return s;
}

} // namespace flaglab
