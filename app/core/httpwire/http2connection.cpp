#include "http2connection.h"

#include <QTcpSocket>

#include <utility>

namespace flaglab {

namespace {

// Frames stop being drained into the socket while this much waits in it, so
// that a client that does not read is held back by flow control, and one that
// floods us with PINGs it does not read trips nghttp2's flood guard.
constexpr qint64 kMaxQueuedBytes = 64 * 1024;
constexpr qsizetype kOutputChunk = 16 * 1024;

} // namespace

Http2Connection::Http2Connection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent)
    : ExchangeConnection(parent),
      m_socket(socket),
      m_limits(limits),
      m_session(limits,
                {[this](qint32 streamId, HttpRequest request) { onRequest(streamId, std::move(request)); },
                 [this](const Http2Session::StreamEnd &end) { onStreamClosed(end); },
                 [this](int status, const QByteArray &reason) { Q_EMIT requestRejected(status, reason); },
                 [this](qint32 streamId) {
                     if (HttpExchange *exchange = m_exchanges.value(streamId))
                         noteBodyEndStruck(exchange);
                 }})
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_pacingTimer.setInterval(BodyPacer::kTickMs);
    m_pacingTimer.setTimerType(Qt::PreciseTimer);
    m_idleTimer.setSingleShot(true);

    connect(m_socket, &QTcpSocket::readyRead, this, &Http2Connection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Http2Connection::writeOutput);
    connect(m_socket, &QTcpSocket::disconnected, this, &Http2Connection::onSocketGone);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Http2Connection::onSocketGone);
    connect(&m_pacingTimer, &QTimer::timeout, this, &Http2Connection::onPacingTick);
    connect(&m_idleTimer, &QTimer::timeout, this, &Http2Connection::onIdle);

    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(this, &Http2Connection::onSocketGone, Qt::QueuedConnection);
        return;
    }
    startIdleTimerIfIdle();
    // Reads the preface already waiting, and sends our SETTINGS.
    QMetaObject::invokeMethod(this, &Http2Connection::readInput, Qt::QueuedConnection);
}

void Http2Connection::abort()
{
    if (m_closed)
        return;
    m_closed = true;
    stopTimers();
    m_socket->disconnect(this);
    m_socket->abort();
    qDeleteAll(std::exchange(m_exchanges, {}));
}

void Http2Connection::sendResponse(HttpExchange *exchange, const HttpResponse &response)
{
    const qint32 streamId = m_exchanges.key(exchange, 0);
    if (m_closed || streamId == 0)
        return;
    const bool headersOnly = exchange->request().isHead();
    m_session.respond(streamId, response, headersOnly);
    if (response.bytesPerSecond > 0 && !headersOnly && !m_pacingTimer.isActive())
        m_pacingTimer.start();
    scheduleWrite();
}

void Http2Connection::onRequest(qint32 streamId, HttpRequest request)
{
    m_idleTimer.stop();
    HttpExchange *exchange = startExchange(std::move(request));
    m_exchanges.insert(streamId, exchange);
    Q_EMIT requestReceived(exchange);
}

void Http2Connection::onStreamClosed(const Http2Session::StreamEnd &end)
{
    HttpExchange *exchange = m_exchanges.take(end.streamId);
    if (!exchange)
        return;
    if (end.complete)
        finishExchange(exchange, end.status, end.bytesSent);
    else
        abandonExchange(exchange, end.bytesSent);
    startIdleTimerIfIdle();
}

void Http2Connection::readInput()
{
    if (m_closed)
        return;
    m_session.receive(m_socket->readAll());
    writeOutput();
}

// Answers often come in bursts (a hundred delays ending in the same
// millisecond): one write for all of them. It also keeps nghttp2's output
// out of its own input callbacks, where answers to LOCAL requests start.
void Http2Connection::scheduleWrite()
{
    if (m_writeScheduled)
        return;
    m_writeScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_writeScheduled = false;
        writeOutput();
    }, Qt::QueuedConnection);
}

void Http2Connection::writeOutput()
{
    if (m_closed)
        return;
    while (m_socket->bytesToWrite() < kMaxQueuedBytes) {
        const QByteArray output = m_session.takeOutput(kOutputChunk);
        if (output.isEmpty())
            break;
        m_socket->write(output);
    }
    // After a GOAWAY, or when the client is done: close once the frames are out.
    if (m_session.isFinished() && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

void Http2Connection::onPacingTick()
{
    if (!m_session.advancePacing())
        m_pacingTimer.stop();
    writeOutput();
}

void Http2Connection::onIdle()
{
    if (!m_exchanges.isEmpty())
        return;
    m_session.terminate();
    writeOutput();
}

void Http2Connection::onSocketGone()
{
    if (m_closed)
        return;
    m_closed = true;
    stopTimers();
    abandonAll();
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

void Http2Connection::abandonAll()
{
    const QHash<qint32, HttpExchange *> exchanges = std::exchange(m_exchanges, {});
    for (auto it = exchanges.constBegin(); it != exchanges.constEnd(); ++it)
        abandonExchange(it.value(), m_session.bytesSent(it.key()));
}

void Http2Connection::stopTimers()
{
    m_pacingTimer.stop();
    m_idleTimer.stop();
}

void Http2Connection::startIdleTimerIfIdle()
{
    if (m_exchanges.isEmpty() && m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

} // namespace flaglab
