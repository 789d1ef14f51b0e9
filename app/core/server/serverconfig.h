#pragma once

#include "answerfault.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace flaglab {

// How a built-in test server behaves. The defaults are the book's:
// LOCAL is a plain file server on 8000, DELAY waits a uniform 0.5-5.0 s on
// 8001, ERROR also answers 418 I'm a Teapot to a quarter of the GETs on 8002.
struct ServerConfig {
    enum class Mode { Local, Delay, Error };

    Mode mode = Mode::Local;
    QList<QHostAddress> bindAddresses = {QHostAddress::LocalHost, QHostAddress::LocalHostIPv6};
    quint16 port = 8000;            // 0 picks a free port
    QString root;                   // empty: the data set compiled into the program
    int delayMinMs = 500;           // used in Delay and Error modes; 0:0 turns delays off
    int delayMaxMs = 5000;
    double errorRate = 0.25;        // used in Error mode
    int errorStatus = 418;
    int bandwidthKBps = 0;          // per response, in kB/s (1 kB = 1000 bytes); 0 means unlimited
    // Faulty answers, in every mode: this share of the 200 answers to GET
    // {cc}.gif gets one of faults, each as likely (see AnswerFault). Drawn
    // after the error, from seed too. Empty: none.
    QList<AnswerFault> faults;
    double faultRate = 0.25;
    std::optional<quint32> seed;    // unset: seeded from the clock
    bool verbose = false;

    // Hardening: limits that keep a hostile or broken client from hurting the server.
    int maxConnections = 4096;      // above this, new connections get 503 and are closed
    int idleTimeoutMs = 30000;      // keep-alive connections idle this long are closed
    int maxRequestBytes = 16384;    // request line plus headers (431 above it)
    // HTTP/2 streams (requests) in flight on one connection; more are refused
    // with RST_STREAM. A low cap makes HTTP/2 queue like HTTP/1.1's six connections.
    int maxConcurrentStreams = 1000;
    // The kernel's queue of connections not yet accepted; 0: room for
    // maxConnections. The book's servers (Python's ThreadingHTTPServer) use 5:
    // past that, SYNs are dropped and clients retry them 1 s, 3 s, 7 s later.
    int listenBacklog = 0;
    // For tests: flag answers, delays included, wait until this many flag
    // requests are in flight at once (or 20 s); a stats reset re-arms the
    // wait. 0: none. See InFlightGate.
    int holdUntilInFlight = 0;

    static ServerConfig forMode(Mode mode);   // book defaults; the port from bookBasePort() (flags2/serverlabels.h)
    static quint16 bookPort(Mode mode, quint16 basePort);   // basePort, + 1 or + 2 by mode
    static QString modeName(Mode mode);       // "local", "delay", "error"
    static std::optional<Mode> modeFromName(const QString &name);
};

// Counters served at GET /stats. Snapshots are plain values, safe to copy across threads.
// Only flag-route traffic (/flags/{cc}/{cc}.gif and /flags/{cc}/metadata.json,
// whatever the method or outcome) is counted, so that a client run's figures
// are clean; /stats itself and unknown paths are not.
struct ServerStats {
    qint64 requests = 0;            // flag-route requests received
    qint64 inFlight = 0;            // flag-route requests (HTTP/2: streams) received and not yet fully answered
    qint64 maxInFlight = 0;
    qint64 connections = 0;         // open TCP connections (any route)
    qint64 maxConnections = 0;
    qint64 hungUp = 0;              // clients that closed before their answer was sent
    qint64 bytesSent = 0;           // status line, headers and body of flag-route responses
    QMap<int, qint64> byStatus;     // HTTP status -> flag-route responses sent (a faulty one counts as sent)
    QMap<AnswerFault, qint64> faults;   // faulty answers started, by fault
    qint64 rejectedConnections = 0; // turned away with 503 at the maxConnections cap
};

} // namespace flaglab
