#include "scriptedserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

namespace flaglab::test {

namespace {

constexpr qint64 kFloodQueueBytes = 256 * 1024;   // keep at most this much queued while flooding

// Close with RST instead of FIN: SO_LINGER with a zero time-out discards the
// connection at once, as a crashed peer or a middlebox does.
void resetConnection(QTcpSocket *socket)
{
    socket->flush();
    const linger lingerNow{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerNow, sizeof lingerNow);
    socket->abort();
}

} // namespace

QByteArray ScriptedRequest::header(const QByteArray &name) const
{
    for (const QByteArray &line : rawHeaders.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray ScriptedReply::head(int status, const QByteArray &reason, const QList<QByteArray> &headers)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &header : headers)
        raw += header + "\r\n";
    return raw + "\r\n";
}

ScriptedReply ScriptedReply::bytes(const QByteArray &raw)
{
    ScriptedReply reply;
    reply.raw = raw;
    return reply;
}

ScriptedReply ScriptedReply::http(int status, const QByteArray &reason, const QByteArray &body,
                                  const QList<QByteArray> &extraHeaders, const QByteArray &contentType)
{
    QList<QByteArray> headers{"Content-Type: " + contentType, "Content-Length: " + QByteArray::number(body.size())};
    return bytes(head(status, reason, headers + extraHeaders) + body);
}

ScriptedReply ScriptedReply::redirect(int status, const QByteArray &location)
{
    return http(status, "Moved", "moved", {"Location: " + location}, "text/plain");
}

ScriptedReply ScriptedReply::reset()
{
    ScriptedReply reply;
    reply.resetAfter = true;
    return reply;
}

ScriptedServer::ScriptedServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

ScriptedServer::~ScriptedServer()
{
    m_server.close();
    resetAll();
}

bool ScriptedServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/flags").arg(m_server.serverAddress().toString()).arg(port()));
}

void ScriptedServer::resetAll()
{
    const QList<QTcpSocket *> sockets = std::exchange(m_sockets, {});
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        resetConnection(socket);
        delete socket;
    }
}

QByteArray ScriptedServer::tinyGif()
{
    return QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
}

QByteArray ScriptedServer::gifDeclaring(quint16 width, quint16 height)
{
    QByteArray gif = tinyGif();
    gif[6] = char(width & 0xff);
    gif[7] = char(width >> 8);
    gif[8] = char(height & 0xff);
    gif[9] = char(height >> 8);
    return gif;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_sockets.append(socket);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.removeOne(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 4);
            const qsizetype lineEnd = head.indexOf("\r\n");
            const QList<QByteArray> requestLine = head.left(lineEnd < 0 ? head.size() : lineEnd).split(' ');
            ScriptedRequest request{requestLine.value(0), requestLine.value(1),
                                    lineEnd < 0 ? QByteArray() : head.mid(lineEnd + 2)};
            m_requests.append(request);
            const int number = int(m_requests.size());
            serve(socket, m_handler(request, number));
            Q_EMIT requestArrived(number);
        });
    }
}

void ScriptedServer::serve(QTcpSocket *socket, const ScriptedReply &reply)
{
    QPointer<QTcpSocket> guard(socket);
    auto finish = [guard, reply] {
        if (!guard)
            return;
        if (reply.resetAfter)
            resetConnection(guard);
        else if (reply.closeAfter)
            guard->disconnectFromHost();
    };
    // After raw: the flood, if any, then finish().
    auto flood = [guard, reply, finish] {
        if (!guard)
            return;
        if (reply.repeat.isEmpty() || reply.repeatCount == 0)
            return finish();
        auto left = std::make_shared<qint64>(reply.repeatCount);
        auto *pump = new QObject(guard);
        auto refill = [guard, reply, finish, left, pump] {
            if (!guard || *left == 0)
                return;
            while (*left != 0 && guard->bytesToWrite() < kFloodQueueBytes) {
                if (guard->state() != QAbstractSocket::ConnectedState || guard->write(reply.repeat) <= 0)
                    return;
                if (*left > 0)
                    --*left;
            }
            if (*left == 0) {
                pump->deleteLater();
                finish();
            }
        };
        connect(guard, &QTcpSocket::bytesWritten, pump, refill);
        refill();
    };
    auto send = [guard, reply, flood] {
        if (!guard)
            return;
        if (reply.bytesPerSecond <= 0) {
            guard->write(reply.raw);
            flood();
            return;
        }
        const qsizetype atOnce = std::min<qsizetype>(reply.trickleAfter, reply.raw.size());
        guard->write(reply.raw.left(atOnce));
        if (atOnce == reply.raw.size())
            return flood();
        auto *timer = new QTimer(guard);
        auto offset = std::make_shared<qsizetype>(atOnce);
        connect(timer, &QTimer::timeout, guard, [guard, reply, offset, timer, flood] {
            guard->write(reply.raw.mid(*offset, 1));
            if (++*offset >= reply.raw.size()) {
                timer->stop();
                flood();
            }
        });
        timer->start(1000 / reply.bytesPerSecond);
    };
    QTimer::singleShot(reply.delayMs, this, send);
}

} // namespace flaglab::test
