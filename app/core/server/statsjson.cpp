#include "statsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flaglab {

QByteArray serverStatsJson(const ServerStats &stats, const ServerConfig &config)
{
    QJsonObject byStatus;
    for (auto it = stats.byStatus.constBegin(); it != stats.byStatus.constEnd(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    QJsonObject faults;
    for (AnswerFault fault : allAnswerFaults())
        faults.insert(answerFaultName(fault), stats.faults.value(fault));
    QJsonArray faultNames;
    for (AnswerFault fault : config.faults)
        faultNames.append(answerFaultName(fault));

    const QJsonObject object{
        {QStringLiteral("requests"), stats.requests},
        {QStringLiteral("in_flight"), stats.inFlight},
        {QStringLiteral("max_in_flight"), stats.maxInFlight},
        {QStringLiteral("connections"), stats.connections},
        // The same live gauge under a name that says so: TCP connections open
        // now, beside in_flight's requests (HTTP/2: streams) being answered now.
        {QStringLiteral("open_connections"), stats.connections},
        {QStringLiteral("max_connections"), stats.maxConnections},
        {QStringLiteral("rejected_connections"), stats.rejectedConnections},
        {QStringLiteral("hung_up"), stats.hungUp},
        {QStringLiteral("bytes_sent"), stats.bytesSent},
        {QStringLiteral("by_status"), byStatus},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("mode"), ServerConfig::modeName(config.mode)},
        {QStringLiteral("delay_min_ms"), config.delayMinMs},
        {QStringLiteral("delay_max_ms"), config.delayMaxMs},
        {QStringLiteral("error_rate"), config.errorRate},
        {QStringLiteral("error_status"), config.errorStatus},
        {QStringLiteral("bandwidth_kbps"), config.bandwidthKBps},
        {QStringLiteral("fault_kinds"), faultNames},
        {QStringLiteral("fault_rate"), config.faultRate},
        {QStringLiteral("seed"), config.seed ? QJsonValue(qint64(*config.seed)) : QJsonValue(QJsonValue::Null)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace flaglab
