#pragma once

#include "server/connectionlimits.h"
#include "httpmessage.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace flaglab {

class ExchangeConnection;

// An accepted socket whose protocol is not known yet. Its first bytes tell:
// the HTTP/2 client preface ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", HTTP/2 with
// prior knowledge) makes it an Http2Connection, anything else an
// HttpConnection, which then reads those same bytes. It decides as soon as a
// byte differs from the preface, so an HTTP/1.1 request waits for nothing.
// A client that sends nothing for limits.idleTimeoutMs is dropped.
// Deletes itself (deleteLater) once its socket is gone, after emitting closed().
class IncomingConnection : public QObject {
    Q_OBJECT
public:
    // Takes ownership of socket, which must be connected.
    IncomingConnection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent = nullptr);

    // Answers response at once in HTTP/1.1, without reading anything, then
    // closes (503 at the connection cap; an HTTP/2 client sees a bad frame).
    void refuse(const HttpResponse &response);
    // Drops the socket at once, pending exchanges included, emitting nothing.
    void abort();

Q_SIGNALS:
    // Once per connection: connect to its requests before control returns to the event loop.
    void protocolChosen(flaglab::ExchangeConnection *connection);
    void closed();

private:
    void sniff();
    void adopt(ExchangeConnection *connection);
    void onSocketGone();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    ExchangeConnection *m_connection = nullptr;
    bool m_closed = false;
    QTimer m_idleTimer;
};

} // namespace flaglab
