#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace flaglab {

// Holds the answers to flag requests until a number of them are in flight at
// once (ServerConfig::holdUntilInFlight). A test can then prove a client's
// concurrency with the server's max_in_flight without racing a fixed delay
// against the time its connections take to open on a loaded machine. The
// gate opens once, and stays open until it is armed again; if the count is
// never reached it opens after a limit, so that a client that falls short
// shows up as a low count, never as a hang.
class InFlightGate {
public:
    InFlightGate();

    void arm(int threshold, int limitMs);   // threshold <= 0: open
    bool isOpen() const { return m_open; }
    // Runs work now when open, else when the gate opens (unless context is gone by then).
    void pass(QObject *context, std::function<void()> work);
    void noteInFlight(qint64 inFlight);

private:
    struct Held {
        QPointer<QObject> context;
        std::function<void()> work;
    };

    void open();

    bool m_open = true;
    int m_threshold = 0;
    QList<Held> m_held;
    QTimer m_limit;
};

} // namespace flaglab
