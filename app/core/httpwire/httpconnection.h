#pragma once

#include "server/bodypacer.h"
#include "server/connectionlimits.h"
#include "exchangeconnection.h"

#include <QTimer>

#include <optional>

class QTcpSocket;

namespace flaglab {

// HTTP/1.1 framing for one accepted socket: parses one request at a time,
// hands it out as an HttpExchange, writes its answer (paced if asked), and
// only then looks at the next request, so pipelined answers never mix.
// Keep-alive by default; closes on Connection: close, on HTTP/1.0 without
// keep-alive, on any malformed request (400, 431, 501, 505; 413 for a body
// over 64 KiB, other bodies are read and dropped), and after idleTimeoutMs
// without a complete request. A faulty answer (HttpResponse::bodyEnd) sends
// half its body, then resets (RST) or closes (FIN) the connection, or stalls
// until the client leaves.
// Deletes itself (deleteLater) once its socket is gone, after emitting closed().
class HttpConnection : public ExchangeConnection {
    Q_OBJECT
public:
    // Takes ownership of socket, which must be connected. Bytes already
    // waiting in it are read once control returns to the event loop.
    HttpConnection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent = nullptr);

    // Answers response without reading a request, then closes (503 at the connection cap).
    void refuse(const HttpResponse &response);
    void abort() override;

private:
    enum class State { Reading, Answering, Stalled, Closing, Closed };

    void processInput();
    bool discardBody();
    void dispatch(HttpRequest request);
    void reject(int status, const QByteArray &reason);
    void sendResponse(HttpExchange *exchange, const HttpResponse &response) override;
    void writeBytes(const QByteArray &bytes);
    void writePacedChunk();
    void onBytesWritten();
    void finishResponse();
    void cutBodyShort();
    void resetConnection();
    void shutdownAndLinger();
    void onSocketGone();
    void startIdleTimer();
    void stopTimers();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    State m_state = State::Reading;
    QByteArray m_input;
    std::optional<HttpRequest> m_requestAwaitingBody;
    qint64 m_bodyBytesToDiscard = 0;

    HttpExchange *m_exchange = nullptr;     // the request being answered
    bool m_keepAlive = true;
    int m_responseStatus = 0;
    qint64 m_responseBytes = 0;
    QByteArray m_body;                      // the part of the answer's body to send, paced out
    BodyEnd m_bodyEnd = BodyEnd::Complete;  // what happens once m_body is out
    qsizetype m_bodyOffset = 0;
    BodyPacer m_pacer;

    QTimer m_pacingTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
};

} // namespace flaglab
