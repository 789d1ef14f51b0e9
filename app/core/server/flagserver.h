#pragma once

#include "serverconfig.h"

#include <QObject>

namespace flaglab {

// An HTTP/1.1 and HTTP/2 server for the flags data set: the book's http.server
// and slow_server.py in one class. Each connection's first bytes choose the
// protocol: HTTP/2 with prior knowledge (h2c, no upgrade, no TLS) if they are
// its preface, HTTP/1.1 otherwise. Every request, or stream, gets the same
// routes, delays, errors, pacing and stats. Everything is non-blocking: delays and
// bandwidth limits are timers, never sleeps. Lives in the thread that creates
// it (see ServerThread to run one on a thread of its own).
//
// Routes: GET/HEAD /flags/{cc}/{cc}.gif and /flags/{cc}/metadata.json,
// GET /stats (JSON), POST /stats/reset. Anything else is 404.
// - {cc} is two lower-case letters, as the book's clients send; /flags/BR/BR.gif
//   is 404. Query strings are ignored; the path is percent-decoded once, and
//   a malformed escape is 400 (see requestroute.h for what is refused).
// - Other methods on those routes are 405 with an Allow header.
// - Delay and Error modes slow down GET and HEAD of the flag routes, missing
//   files included, as slow_server.py does; 405s and /stats never wait.
//   In Error mode the error is drawn before the delay, and errors wait too.
// - Faults (ServerConfig::faults) strike a share of the 200 answers to GET
//   {cc}.gif in every mode, drawn after the error and the delay; see AnswerFault.
// - Stats count flag-route requests only (see ServerStats); POST /stats/reset
//   answers 200 with the zeroed stats.
//
// Verbose log (logLine), one line per request, written when it is decided:
//   BR 200                  answered at once (LOCAL, or a 0:0 delay)
//   BR metadata 200         metadata.json; " HEAD" follows the code for HEAD
//   ZZ 404
//   AF error 418            ERROR mode, no delay
//   BR delay: 2.3s          DELAY/ERROR: waits, then 200 (slow_server.py's line)
//   ZZ delay: 2.3s, 404
//   AF delay: 1.2s, error 418
//   BR fault: reset         a faulty answer (ServerConfig::faults); "BR delay: 2.3s, fault: reset"
//   BR POST 405
//   BR hung up              the client left before its answer was complete
//   GET /favicon.ico 404    anything that is not a flag route
//   400 malformed request line      refused by the HTTP layer, then closed
//   400 HTTP/2 connection error: PROTOCOL_ERROR (...)   nghttp2's GOAWAY, then closed
//   431 request header fields too large    (HTTP/2: that stream only)
//   503 connection refused: 4096 connections open
class FlagServer : public QObject {
    Q_OBJECT
public:
    explicit FlagServer(const ServerConfig &config, QObject *parent = nullptr);
    ~FlagServer() override;

    // Binds every address in config.bindAddresses; false with *error set if
    // any of them fails (nothing stays bound then).
    bool listen(QString *error = nullptr);
    // Stops listening and drops every connection, pending answers included
    // (not counted as hung up: the clients did not leave, we did).
    void close();
    bool isListening() const;
    quint16 port() const;
    // Stops or resumes taking connections: meanwhile they wait in the
    // kernel's queue, up to the listen backlog, and further SYNs are dropped.
    void setAccepting(bool accepting);

    ServerConfig config() const;
    // Applies to requests that arrive from now on; port and addresses are kept.
    // A different seed restarts the random sequence; a different root empties
    // the file cache.
    void setConfig(const ServerConfig &config);

    ServerStats stats() const;
    void resetStats();

Q_SIGNALS:
    void logLine(const QString &line);     // one per request when verbose
    void statsChanged();                  // throttled; read stats() for values

private:
    class Private;
    Private *d;
};

} // namespace flaglab
