#include "statsjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flaglab {

QByteArray serverStatsJson(const ServerStats &stats, const ServerConfig &config)
{
    QJsonObject byStatus;
    for (auto it = stats.byStatus.constBegin(); it != stats.byStatus.constEnd(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());

    const QJsonObject object{
        {QStringLiteral("requests"), stats.requests},
        {QStringLiteral("in_flight"), stats.inFlight},
        {QStringLiteral("max_in_flight"), stats.maxInFlight},
        {QStringLiteral("connections"), stats.connections},
        {QStringLiteral("max_connections"), stats.maxConnections},
        {QStringLiteral("rejected_connections"), stats.rejectedConnections},
        {QStringLiteral("hung_up"), stats.hungUp},
        {QStringLiteral("bytes_sent"), stats.bytesSent},
        {QStringLiteral("by_status"), byStatus},
        {QStringLiteral("mode"), ServerConfig::modeName(config.mode)},
        {QStringLiteral("delay_min_ms"), config.delayMinMs},
        {QStringLiteral("delay_max_ms"), config.delayMaxMs},
        {QStringLiteral("error_rate"), config.errorRate},
        {QStringLiteral("error_status"), config.errorStatus},
        {QStringLiteral("bandwidth_kbps"), config.bandwidthKBps},
        {QStringLiteral("seed"), config.seed ? QJsonValue(qint64(*config.seed)) : QJsonValue(QJsonValue::Null)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace flaglab
