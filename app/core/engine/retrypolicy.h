#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <random>

namespace flaglab {

struct RunConfig;

// When a failed attempt is tried again, and after how long: exponential
// back-off with jitter, and a server's Retry-After honoured (never retried
// sooner), up to a limit. Only failures that a retry can fix qualify:
// transport errors, 429, 500, 502, 503 and 504.
class RetryPolicy {
public:
    struct Decision {
        bool retry = false;
        int delayMs = 0;
        QString note;       // why not, when a Retry-After was over the limit
    };

    explicit RetryPolicy(const RunConfig &config);

    Decision decide(int attemptsMade, int httpStatus, const QByteArray &retryAfter,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    static bool isRetryableStatus(int httpStatus);
    // Delta-seconds or an HTTP-date; empty when absent or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

private:
    int m_retries;
    int m_baseDelayMs;
    int m_maxRetryAfterMs;
    std::mt19937 m_random;
};

} // namespace flaglab
