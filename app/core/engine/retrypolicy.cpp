#include "retrypolicy.h"

#include "runconfig.h"

#include <algorithm>
#include <chrono>

namespace flaglab {

RetryPolicy::RetryPolicy(const RunConfig &config)
    : m_retries(config.retries),
      m_baseDelayMs(config.retryBaseDelayMs),
      m_maxRetryAfterMs(config.maxRetryAfterMs),
      m_random(config.jitterSeed ? config.jitterSeed
                                 : quint32(std::chrono::steady_clock::now().time_since_epoch().count()))
{
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    // 0: no HTTP answer at all (refused, reset, timed out).
    return httpStatus == 0 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502
           || httpStatus == 503 || httpStatus == 504;
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // HTTP-dates end in "GMT", which Qt's RFC 2822 parser wants as "+0000".
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QStringLiteral(" GMT")))
        date.replace(date.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

RetryPolicy::Decision RetryPolicy::decide(int attemptsMade, int httpStatus, const QByteArray &retryAfter,
                                          const QDateTime &now)
{
    if (attemptsMade > m_retries || !isRetryableStatus(httpStatus))
        return {};
    // Exponential back-off with "equal jitter": somewhere in [d/2, d].
    const qint64 backoff = qint64(m_baseDelayMs) << std::min(attemptsMade - 1, 16);
    std::uniform_int_distribution<qint64> jitter(backoff / 2, backoff);
    qint64 delay = jitter(m_random);
    if (const auto asked = retryAfterMs(retryAfter, now)) {
        if (*asked > m_maxRetryAfterMs)
            return {false, 0, QStringLiteral("Retry-After %1s is over the %2s limit")
                                  .arg(*asked / 1000.0).arg(m_maxRetryAfterMs / 1000.0)};
        delay = std::max(delay, *asked);
    }
    return {true, int(delay), {}};
}

} // namespace flaglab
