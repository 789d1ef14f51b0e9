#include "hartimings.h"

#include <QStringList>
#include <cmath>

namespace flaglab {

namespace {

double ms(double fromS, double toS)
{
    return std::round((toS - fromS) * 1e6) / 1e3;     // microsecond precision
}

// The first of the given times that happened (>= 0), else -1.
double firstOf(std::initializer_list<double> times)
{
    for (double t : times)
        if (t >= 0)
            return t;
    return -1;
}

double applies(const QJsonObject &timings, const char *key)
{
    const double value = timings.value(QLatin1String(key)).toDouble(-1);
    return value >= 0 ? value : -1;
}

} // namespace

QJsonObject harTimings(const ExchangePhases &p)
{
    const double end = std::max(p.finishedS, p.queuedS);
    // Where waiting ends: at connecting, or on the wire over a kept-alive
    // connection, or at the end for an exchange that never got that far.
    const double blockedUntil = firstOf({p.connectingS, p.connectedS, end});
    const double onTheWire = p.connectedS >= 0 ? p.connectedS : end;
    const double firstByte = p.connectedS >= 0 ? firstOf({p.firstByteS, end}) : end;
    return {
        {QStringLiteral("blocked"), ms(p.queuedS, blockedUntil)},
        {QStringLiteral("dns"), -1},
        {QStringLiteral("connect"), p.connectingS >= 0 ? ms(p.connectingS, onTheWire) : -1.0},
        {QStringLiteral("ssl"), -1},
        {QStringLiteral("send"), 0},
        {QStringLiteral("wait"), ms(onTheWire, firstByte)},
        {QStringLiteral("receive"), ms(firstByte, end)},
    };
}

double harTime(const QJsonObject &timings)
{
    // ssl is part of connect in HAR 1.2, so it is not added again.
    double sum = 0;
    for (const char *key : {"blocked", "dns", "connect", "send", "wait", "receive"})
        sum += std::max(0.0, applies(timings, key));
    return std::round(sum * 1e3) / 1e3;
}

ExchangePhases phasesFromHar(double queuedS, const QJsonObject &timings)
{
    ExchangePhases p;
    p.queuedS = queuedS;
    double t = queuedS + std::max(0.0, applies(timings, "blocked")) / 1e3;
    p.startedS = queuedS;
    t += std::max(0.0, applies(timings, "dns")) / 1e3;
    if (applies(timings, "connect") >= 0) {
        p.connectingS = t;
        t += applies(timings, "connect") / 1e3;
    }
    t += std::max(0.0, applies(timings, "send")) / 1e3;
    p.connectedS = t;
    t += std::max(0.0, applies(timings, "wait")) / 1e3;
    p.firstByteS = t;
    p.finishedS = t + std::max(0.0, applies(timings, "receive")) / 1e3;
    return p;
}

} // namespace flaglab
