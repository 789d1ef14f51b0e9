#pragma once

#include "httpmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace flaglab {

class HttpConnection;

// One request on a connection, from its arrival to the end of its answer.
// Owned by its connection, which deletes it once it is finished or abandoned:
// use it as the context of timers that lead to respond(), and they are
// cancelled with it when the client leaves.
class HttpExchange : public QObject {
    Q_OBJECT
public:
    const HttpRequest &request() const { return m_request; }

    // Sends the answer. Returns false, and sends nothing, if the exchange was
    // already answered or its client has left: every request is answered once.
    bool respond(const HttpResponse &response);

Q_SIGNALS:
    void finished(int status, qint64 bytesWritten);   // answer fully handed to the kernel
    void abandoned(qint64 bytesWritten);              // the client left before that

private:
    friend class HttpConnection;
    HttpExchange(HttpRequest request, HttpConnection *connection);

    enum class State { Waiting, Sending, Done };
    HttpRequest m_request;
    QPointer<HttpConnection> m_connection;
    State m_state = State::Waiting;
};

// HTTP/1.1 framing for one accepted socket: parses one request at a time,
// hands it out as an HttpExchange, writes its answer (paced if asked), and
// only then looks at the next request, so pipelined answers never mix.
// Keep-alive by default; closes on Connection: close, on HTTP/1.0 without
// keep-alive, on any malformed request (400, 431, 501, 505; 413 for a body
// over 64 KiB, other bodies are read and dropped), and after idleTimeoutMs
// without a complete request.
// Deletes itself (deleteLater) once its socket is gone, after emitting closed().
class HttpConnection : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qsizetype maxRequestBytes = 16384;  // request line plus headers
        int idleTimeoutMs = 30000;          // <= 0: never time out
    };
    // Takes ownership of socket, which must be connected.
    HttpConnection(QTcpSocket *socket, Limits limits, QObject *parent = nullptr);

    // Answers response without reading a request, then closes (503 at the connection cap).
    void refuse(const HttpResponse &response);
    // Drops the socket at once, pending exchange included, emitting nothing.
    void abort();

Q_SIGNALS:
    void requestReceived(flaglab::HttpExchange *exchange);
    void requestRejected(int status, const QByteArray &reason);   // answered, then closed
    void closed();

private:
    friend class HttpExchange;
    enum class State { Reading, Answering, Closing, Closed };

    void processInput();
    bool discardBody();
    void dispatch(HttpRequest request);
    void reject(int status, const QByteArray &reason);
    void sendResponse(HttpExchange *exchange, const HttpResponse &response);
    void writeBytes(const QByteArray &bytes);
    void writePacedChunk();
    void onBytesWritten();
    void finishResponse();
    void shutdownAndLinger();
    void onSocketGone();
    void startIdleTimer();
    void stopTimers();

    QTcpSocket *m_socket;
    Limits m_limits;
    State m_state = State::Reading;
    QByteArray m_input;
    std::optional<HttpRequest> m_requestAwaitingBody;
    qint64 m_bodyBytesToDiscard = 0;

    HttpExchange *m_exchange = nullptr;     // the request being answered
    bool m_keepAlive = true;
    int m_responseStatus = 0;
    qint64 m_responseBytes = 0;
    QByteArray m_body;                      // the answer's body still being paced out
    qsizetype m_bodyOffset = 0;
    qint64 m_bytesPerSecond = 0;
    QElapsedTimer m_pacingClock;

    QTimer m_pacingTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
};

} // namespace flaglab
