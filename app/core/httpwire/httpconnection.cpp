#include "httpconnection.h"

#include "httprequestparser.h"

#include <QTcpSocket>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace flaglab {

namespace {

// Request bodies (Content-Length only) are read and thrown away up to this size.
constexpr qint64 kMaxDiscardedBodyBytes = 64 * 1024;
// A paced answer stops queueing when the client is this far behind.
constexpr qint64 kMaxQueuedPacedBytes = 64 * 1024;
// After a final answer, input is read and dropped this long before the socket
// is torn down, so that unread request bytes don't turn our FIN into an RST
// that could destroy the answer before the client reads it.
constexpr int kLingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent)
    : ExchangeConnection(parent), m_socket(socket), m_limits(limits)
{
    m_socket->setParent(this);
    // Bounds what a pipelining client can make us buffer while we answer.
    m_socket->setReadBufferSize(qMax<qint64>(2 * m_limits.maxRequestBytes, 64 * 1024));
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    m_pacingTimer.setInterval(BodyPacer::kTickMs);
    m_pacingTimer.setTimerType(Qt::PreciseTimer);
    m_idleTimer.setSingleShot(true);
    m_lingerTimer.setSingleShot(true);

    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onSocketGone);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketGone);
    connect(&m_pacingTimer, &QTimer::timeout, this, &HttpConnection::writePacedChunk);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::shutdownAndLinger);
    connect(&m_lingerTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);

    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(this, &HttpConnection::onSocketGone, Qt::QueuedConnection);
        return;
    }
    startIdleTimer();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::refuse(const HttpResponse &response)
{
    m_idleTimer.stop();
    m_state = State::Closing;
    writeBytes(serializeResponseHead(response, false) + response.body);
}

void HttpConnection::abort()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    stopTimers();
    m_socket->disconnect(this);
    m_socket->abort();
    delete m_exchange;
    m_exchange = nullptr;
}

void HttpConnection::processInput()
{
    if (m_state == State::Closing) {
        m_socket->readAll();
        return;
    }
    // While a request is being answered, further input waits in the socket.
    if (m_state != State::Reading)
        return;

    m_input += m_socket->readAll();
    while (m_state == State::Reading) {
        if (m_requestAwaitingBody) {
            if (!discardBody())
                return;
            dispatch(*std::exchange(m_requestAwaitingBody, std::nullopt));
            return;
        }
        if (m_input.isEmpty())
            return;

        RequestHeadParse parse = parseRequestHead(m_input, m_limits.maxRequestBytes);
        switch (parse.outcome) {
        case RequestHeadParse::Outcome::Incomplete:
            return;
        case RequestHeadParse::Outcome::Error:
            reject(parse.errorStatus, parse.errorReason);
            return;
        case RequestHeadParse::Outcome::Complete:
            break;
        }
        if (parse.request.contentLength > kMaxDiscardedBodyBytes) {
            reject(413, "request body too large");
            return;
        }
        m_input.remove(0, parse.headBytes);
        m_bodyBytesToDiscard = parse.request.contentLength;
        m_requestAwaitingBody = std::move(parse.request);
    }
}

// Drops the current request's body as it arrives; true once all of it is gone.
bool HttpConnection::discardBody()
{
    const qint64 dropped = qMin<qint64>(m_bodyBytesToDiscard, m_input.size());
    m_input.remove(0, dropped);
    m_bodyBytesToDiscard -= dropped;
    return m_bodyBytesToDiscard == 0;
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_idleTimer.stop();
    m_state = State::Answering;
    m_keepAlive = request.keepAlive;
    m_exchange = startExchange(std::move(request));
    Q_EMIT requestReceived(m_exchange);
}

void HttpConnection::reject(int status, const QByteArray &reason)
{
    Q_EMIT requestRejected(status, reason);
    m_input.clear();
    refuse(HttpResponse::statusPage(status));
}

void HttpConnection::sendResponse(HttpExchange *exchange, const HttpResponse &response)
{
    if (exchange != m_exchange || m_state != State::Answering)
        return;
    m_responseStatus = response.status;
    m_responseBytes = 0;
    writeBytes(serializeResponseHead(response, m_keepAlive));

    const bool headersOnly = exchange->request().isHead();
    m_body = headersOnly ? QByteArray() : response.body.left(response.bodyBytesToSend());
    m_bodyEnd = headersOnly ? BodyEnd::Complete : response.bodyEnd;
    m_pacer.start(response.bytesPerSecond);
    if (m_pacer.isPaced() && !m_body.isEmpty()) {
        m_bodyOffset = 0;
        m_pacingTimer.start();
        writePacedChunk();
    } else {
        writeBytes(m_body);
        m_bodyOffset = m_body.size();
    }
}

void HttpConnection::writeBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_state == State::Closed)
        return;
    const qint64 written = m_socket->write(bytes);
    if (written > 0)
        m_responseBytes += written;
}

// Writes whatever the rate allows by now; the first chunk goes at once.
void HttpConnection::writePacedChunk()
{
    if (m_socket->bytesToWrite() > kMaxQueuedPacedBytes)
        return;
    const qsizetype due = m_pacer.allowedBytes(m_body.size());
    if (due > m_bodyOffset) {
        writeBytes(m_body.sliced(m_bodyOffset, due - m_bodyOffset));
        m_bodyOffset = due;
    }
    if (m_bodyOffset == m_body.size())
        m_pacingTimer.stop();
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_state == State::Closing)
        shutdownAndLinger();
    else if (m_state == State::Answering && m_exchange && isSending(m_exchange) && m_bodyOffset == m_body.size())
        m_bodyEnd == BodyEnd::Complete ? finishResponse() : cutBodyShort();
}

// A faulty answer's first part is out: now its fault strikes.
void HttpConnection::cutBodyShort()
{
    noteBodyEndStruck(m_exchange);
    switch (m_bodyEnd) {
    case BodyEnd::Complete:
        break;
    case BodyEnd::Reset:
        resetConnection();
        break;
    case BodyEnd::Close:
        m_body.clear();
        finishExchange(std::exchange(m_exchange, nullptr), m_responseStatus, m_responseBytes);
        shutdownAndLinger();
        break;
    case BodyEnd::Stall:
        m_state = State::Stalled;   // until the client gives up and closes
        break;
    }
}

// Closes with an RST instead of a FIN: SO_LINGER with a zero time-out makes
// close() drop the connection at once.
void HttpConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    const linger resetOnClose{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
#endif
    onSocketGone();
}

void HttpConnection::finishResponse()
{
    m_body.clear();
    finishExchange(std::exchange(m_exchange, nullptr), m_responseStatus, m_responseBytes);

    if (!m_keepAlive) {
        shutdownAndLinger();
        return;
    }
    m_state = State::Reading;
    startIdleTimer();
    processInput();
}

void HttpConnection::shutdownAndLinger()
{
    if (m_state == State::Closed || m_lingerTimer.isActive())
        return;
    m_state = State::Closing;
    m_idleTimer.stop();
    m_input.clear();
    m_socket->readAll();
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_lingerTimer.start(kLingerMs);
#else
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::onSocketGone()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    stopTimers();
    if (HttpExchange *exchange = std::exchange(m_exchange, nullptr))
        abandonExchange(exchange, m_responseBytes);
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

void HttpConnection::stopTimers()
{
    m_pacingTimer.stop();
    m_idleTimer.stop();
    m_lingerTimer.stop();
}

void HttpConnection::startIdleTimer()
{
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

} // namespace flaglab
