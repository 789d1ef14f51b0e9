#pragma once

#include "server/serverthread.h"

#include <QUrl>
#include <memory>

namespace flaglab::test {

// A built-in flag server for a test: loopback only, on a free port, on its
// own thread. Delays are off unless the test sets them.
class TestServer {
public:
    explicit TestServer(ServerConfig config = quiet(ServerConfig::Mode::Local));

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QUrl baseUrl() const;               // http://127.0.0.1:PORT/flags
    ServerThread &thread() { return *m_thread; }
    ServerStats stats() const { return m_thread->stats(); }

    // A mode's book settings on port 0, IPv4 loopback, no delay, fixed seed.
    static ServerConfig quiet(ServerConfig::Mode mode);
    // quiet(Delay) holding every flag request minMs to maxMs before it answers.
    static ServerConfig slow(int minMs, int maxMs);
    // quiet(Delay) holding every flag request exactly delayMs.
    static ServerConfig slow(int delayMs) { return slow(delayMs, delayMs); }
    // slow(delayMs), whose delays start only once inFlight flag requests are in
    // flight at once: max_in_flight then proves a client's concurrency however
    // long its connections take to open (ServerConfig::holdUntilInFlight).
    static ServerConfig heldUntil(int inFlight, int delayMs);

private:
    std::unique_ptr<ServerThread> m_thread;
    bool m_ok = false;
    QString m_error;
};

} // namespace flaglab::test
