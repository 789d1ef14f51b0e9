#include "scriptedserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace flaglab::test {

QByteArray ScriptedRequest::header(const QByteArray &name) const
{
    for (const QByteArray &line : rawHeaders.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

ScriptedReply ScriptedReply::http(int status, const QByteArray &reason, const QByteArray &body,
                                  const QList<QByteArray> &extraHeaders, const QByteArray &contentType)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    raw += "Content-Type: " + contentType + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &header : extraHeaders)
        raw += header + "\r\n";
    raw += "\r\n" + body;
    return {raw};
}

ScriptedServer::ScriptedServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/flags").arg(port()));
}

QByteArray ScriptedServer::tinyGif()
{
    return QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
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
            serve(socket, m_handler(request, int(m_requests.size())));
        });
    }
}

void ScriptedServer::serve(QTcpSocket *socket, const ScriptedReply &reply)
{
    QPointer<QTcpSocket> guard(socket);
    auto finish = [guard, reply] {
        if (!guard)
            return;
        if (reply.resetAfter) {
            guard->flush();
            guard->abort();
        } else if (reply.closeAfter) {
            guard->disconnectFromHost();
        }
    };
    auto send = [this, guard, reply, finish] {
        if (!guard)
            return;
        if (reply.bytesPerSecond <= 0) {
            guard->write(reply.raw);
            finish();
            return;
        }
        auto *timer = new QTimer(guard);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, guard, [guard, reply, offset, timer, finish] {
            guard->write(reply.raw.mid(*offset, 1));
            if (++*offset >= reply.raw.size()) {
                timer->stop();
                finish();
            }
        });
        timer->start(1000 / reply.bytesPerSecond);
    };
    QTimer::singleShot(reply.delayMs, this, send);
}

} // namespace flaglab::test
