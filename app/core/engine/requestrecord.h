#pragma once

#include <QString>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace flaglab {

enum class Outcome { Pending, Ok, NotFound, Error, Cancelled };

// Why a request did not end OK, set where its outcome is decided (DownloadRun,
// with FileSaver's verdict on the file): what the window's tile shows as its
// badge, whatever the words of the error, or their language.
enum class FailureKind {
    None,           // OK, or no outcome yet
    Cancelled,      // the run was stopped
    HttpStatus,     // an HTTP answer that is not 2xx, 404 included: httpStatus says which
    TimedOut,       // a time budget ran out (ExchangeTimer)
    Refused,        // the connection was refused, or an HTTP/2 stream over the server's cap
    Reset,          // the connection closed before the answer, or the HTTP/2 connection went away
    Truncated,      // the connection closed mid-body: fewer bytes than the head promised
    HostNotFound,
    Redirect,       // a redirect refused (another host, https to http, unusable) or too many
    BadAnswer,      // an answer of no use: headers over Qt's limits, a 2xx body Qt could not read
    BadBody,        // a body over the size cap or not a whole image, or a metadata.json of no use
    NotHttp2,       // the server does not speak HTTP/2 with prior knowledge
    NotSaved,       // the file could not be written, or its name was taken already
    Network,        // any other transport failure (TLS, an unreachable network, ...)
};

QString outcomeName(Outcome outcome);   // "OK", "NOT_FOUND", "ERROR", "CANCELLED", "PENDING"
// The JSON report's name of a failure kind ("timed_out", "truncated", ...;
// "none" for None), and back: nullopt for a name it does not know.
QString failureName(FailureKind failure);
std::optional<FailureKind> failureFromName(const QString &name);

// One requested code, from queued to its single outcome. Times are
// nanoseconds since the run started (monotonic clock); -1 means "not yet".
// Every code is queued when the run starts; it waits behind the concurrency
// cap until startedNs, when it is handed to Qt. The phases of its latest
// attempt then follow one another, as a browser's network panel shows them:
//   startedNs     handed to Qt: it waits there for a connection (Qt's own
//                 cap, 6 per host in one manager) ...
//   connectingNs  ... until Qt starts opening one for it (-1: it reused one)
//   sentNs        on the wire: Qt wrote the request (QNetworkReply::requestSent)
//   firstByteNs   the answer's head arrived
//   finishedNs    the exchange ended (or the record was concluded without one)
// "In flight" means on the wire: from sentNs to finishedNs, which is what
// the server sees.
struct RequestRecord {
    int id = -1;                // index in the run's sorted code list
    QString cc;
    QUrl url;
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    QString httpVersion;        // "1.1" or "2", what the answer came over; empty without one
    QString reasonPhrase;
    QString contentType;        // of the answer, as the server gave it
    QString error;              // why, when NotFound/Error/Cancelled: the verbose line's text
    FailureKind failure = FailureKind::None;    // why, as a kind: what a badge shows
    qint64 bytes = 0;           // body bytes received
    QString savedPath;          // where an OK flag was written
    int attempts = 0;           // 1 + retries made
    QList<qint64> attemptStartsNs;  // when each attempt started
    QList<qint64> attemptEndsNs;    // when each attempt's network part ended (back-off waits lie between)
    QStringList attemptErrors;      // why each attempt before the latest failed
    // Which connection carried the latest attempt, as far as FlagLab can
    // tell: Qt does not say. connectionGroup is the manager it was handed to
    // (event loop) or the worker thread (threads), set at the hand-off. Over
    // HTTP/2 a manager has one connection, and connectionSlot is 0. Over
    // HTTP/1.1 a manager has up to 6, each carrying one request at a time:
    // a request on the wire takes the lowest slot of its manager's that is
    // free and holds it until it ends, so connectionSlot counts connections
    // truly but is FlagLab's numbering, not Qt's. -1: not on the wire (yet).
    int connectionGroup = -1;
    int connectionSlot = -1;
    qint64 startedNs = -1;
    qint64 connectingNs = -1;
    qint64 sentNs = -1;
    qint64 firstByteNs = -1;
    qint64 finishedNs = -1;

    bool isDone() const { return outcome != Outcome::Pending; }
};

// How many of a run's requests are in each phase now, and the most seen.
// The maxima are what the reports call max_in_flight and max_queued_in_client.
struct FlightCounts {
    // Handed to Qt and held in its queue because every connection their
    // manager may open is taken: Qt's hidden cap (6 per host in a manager).
    // Counted from the hand-offs, not from Qt's signals: right after a
    // hand-off every request waits a moment for Qt's thread, cap or no cap.
    int queuedInClient = 0;
    int connecting = 0;         // Qt is opening a connection for it
    int onTheWire = 0;          // sent, answer not complete: "in flight"
    int maxOnTheWire = 0;
    int maxQueuedInClient = 0;
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
