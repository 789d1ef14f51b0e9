#pragma once

#include "server/connectionlimits.h"
#include "exchangeconnection.h"
#include "http2session.h"

#include <QHash>
#include <QTimer>

class QTcpSocket;

namespace flaglab {

// HTTP/2 with prior knowledge for one accepted socket: Http2Session (nghttp2)
// does the protocol, this class moves its bytes to and from the socket. Each
// stream becomes an HttpExchange, answered in any order, up to
// limits.maxConcurrentStreams at once. Paced bodies share one timer.
// A malformed frame gets nghttp2's GOAWAY and then the connection is closed;
// a stream the client resets is abandoned alone; after idleTimeoutMs with no
// stream open the connection says GOAWAY and closes.
// Deletes itself (deleteLater) once its socket is gone, after emitting closed().
class Http2Connection : public ExchangeConnection {
    Q_OBJECT
public:
    // Takes ownership of socket, which must be connected; the client's
    // preface may already be waiting in it, and is read once control returns
    // to the event loop.
    Http2Connection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent = nullptr);

    void abort() override;

private:
    void sendResponse(HttpExchange *exchange, const HttpResponse &response) override;
    void onRequest(qint32 streamId, HttpRequest request);
    void onStreamClosed(const Http2Session::StreamEnd &end);
    void readInput();
    void writeOutput();
    void scheduleWrite();
    void onPacingTick();
    void onIdle();
    void onSocketGone();
    void abandonAll();
    void stopTimers();
    void startIdleTimerIfIdle();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    Http2Session m_session;
    QHash<qint32, HttpExchange *> m_exchanges;     // by stream id
    bool m_closed = false;
    bool m_writeScheduled = false;
    QTimer m_pacingTimer;
    QTimer m_idleTimer;
};

} // namespace flaglab
