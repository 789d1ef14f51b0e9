#pragma once

#include <QString>
#include <QList>
#include <QUrl>

namespace flaglab {

enum class Outcome { Pending, Ok, NotFound, Error, Cancelled };

QString outcomeName(Outcome outcome);   // "OK", "NOT_FOUND", "ERROR", "CANCELLED", "PENDING"

// One requested code, from queued to its single outcome. Times are
// nanoseconds since the run started (monotonic clock); -1 means "not yet".
struct RequestRecord {
    int id = -1;                // index in the run's sorted code list
    QString cc;
    QUrl url;
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString reasonPhrase;
    QString error;              // why, when NotFound/Error/Cancelled: the verbose line's text
    qint64 bytes = 0;           // body bytes received
    QString savedPath;          // where an OK flag was written
    int attempts = 0;           // 1 + retries made
    QList<qint64> attemptStartsNs;  // when each attempt started
    QList<qint64> attemptEndsNs;    // when each attempt's network part ended (back-off waits lie between)
    qint64 queuedNs = 0;
    qint64 startedNs = -1;
    qint64 firstByteNs = -1;
    qint64 finishedNs = -1;

    bool isDone() const { return outcome != Outcome::Pending; }
    bool isInFlight() const { return startedNs >= 0 && finishedNs < 0; }
};

// Tally of outcomes, as the final report counts them.
struct RunCounts {
    int requested = 0;
    int ok = 0;
    int notFound = 0;
    int errors = 0;
    int cancelled = 0;

    int done() const { return ok + notFound + errors + cancelled; }
    void add(Outcome outcome);
};

} // namespace flaglab
