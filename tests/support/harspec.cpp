#include "harspec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace flaglab::test {

namespace {

bool isNumber(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isDouble();
}

bool isString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isString();
}

bool isArray(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isArray();
}

} // namespace

QStringList harSpecProblems(const QJsonObject &har)
{
    QStringList problems;
    const auto need = [&problems](bool ok, const QString &what) {
        if (!ok)
            problems << what;
    };
    const QJsonObject log = har.value(u"log").toObject();
    need(log.value(u"version").toString() == u"1.2", QStringLiteral("log.version"));
    const QJsonObject creator = log.value(u"creator").toObject();
    need(isString(creator, "name") && isString(creator, "version"), QStringLiteral("log.creator"));
    need(isArray(log, "entries"), QStringLiteral("log.entries"));
    const QSet<QString> entryKeys{"pageref", "startedDateTime", "time", "request", "response", "cache",
                                  "timings", "serverIPAddress", "connection", "comment"};
    const QJsonArray entries = log.value(u"entries").toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString at = QStringLiteral("entry %1: ").arg(i);
        for (const QString &key : e.keys())
            need(entryKeys.contains(key) || key.startsWith(u'_'), at + QStringLiteral("unknown field ") + key);
        const QDateTime started = QDateTime::fromString(e.value(u"startedDateTime").toString(), Qt::ISODateWithMs);
        need(started.isValid() && started.timeSpec() != Qt::LocalTime, at + QStringLiteral("startedDateTime"));
        const QJsonObject req = e.value(u"request").toObject();
        need(isString(req, "method") && isString(req, "url") && isString(req, "httpVersion") && isArray(req, "cookies")
                 && isArray(req, "headers") && isArray(req, "queryString") && isNumber(req, "headersSize")
                 && isNumber(req, "bodySize"),
             at + QStringLiteral("request"));
        const QJsonObject res = e.value(u"response").toObject();
        const QJsonObject content = res.value(u"content").toObject();
        need(isNumber(res, "status") && isString(res, "statusText") && isString(res, "httpVersion")
                 && isArray(res, "cookies") && isArray(res, "headers") && isNumber(content, "size")
                 && isString(content, "mimeType") && isString(res, "redirectURL") && isNumber(res, "headersSize")
                 && isNumber(res, "bodySize"),
             at + QStringLiteral("response"));
        need(e.value(u"cache").isObject(), at + QStringLiteral("cache"));
        const QJsonObject t = e.value(u"timings").toObject();
        double sum = 0;
        for (const char *key : {"send", "wait", "receive"}) {
            need(isNumber(t, key) && t.value(QLatin1String(key)).toDouble() >= 0, at + QLatin1String(key));
            sum += t.value(QLatin1String(key)).toDouble();
        }
        for (const char *key : {"blocked", "dns", "connect", "ssl"}) {
            const double v = t.value(QLatin1String(key)).toDouble(-2);
            need(v == -1 || v >= 0, at + QLatin1String(key));
            if (v > 0 && qstrcmp(key, "ssl") != 0)      // ssl is part of connect
                sum += v;
        }
        need(isNumber(e, "time") && std::abs(e.value(u"time").toDouble() - sum) < 0.002,
             at + QStringLiteral("time %1 is not the timings' sum %2").arg(e.value(u"time").toDouble()).arg(sum));
        if (res.value(u"status").toInt() == 0)
            need(!res.value(u"_error").toString().isEmpty(), at + QStringLiteral("a failure without _error"));
    }
    return problems;
}

} // namespace flaglab::test
