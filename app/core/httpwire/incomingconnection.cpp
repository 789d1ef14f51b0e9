#include "incomingconnection.h"

#include "http2connection.h"
#include "httpconnection.h"

#include <QTcpSocket>

#include <nghttp2/nghttp2.h>

namespace flaglab {

namespace {

const QByteArray kHttp2Preface(NGHTTP2_CLIENT_MAGIC, NGHTTP2_CLIENT_MAGIC_LEN);

} // namespace

IncomingConnection::IncomingConnection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    connect(m_socket, &QTcpSocket::readyRead, this, &IncomingConnection::sniff);
    connect(m_socket, &QTcpSocket::disconnected, this, &IncomingConnection::onSocketGone);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &IncomingConnection::onSocketGone);
    connect(&m_idleTimer, &QTimer::timeout, this, &IncomingConnection::onSocketGone);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(this, &IncomingConnection::onSocketGone, Qt::QueuedConnection);
        return;
    }
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &IncomingConnection::sniff, Qt::QueuedConnection);
}

void IncomingConnection::refuse(const HttpResponse &response)
{
    if (m_connection || m_closed)
        return;
    auto *connection = new HttpConnection(m_socket, m_limits, this);
    adopt(connection);
    connection->refuse(response);
}

void IncomingConnection::abort()
{
    if (m_closed)
        return;
    m_closed = true;
    m_idleTimer.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    } else {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void IncomingConnection::sniff()
{
    if (m_connection || m_closed)
        return;
    const QByteArray start = m_socket->peek(kHttp2Preface.size());
    if (!kHttp2Preface.startsWith(start)) {
        adopt(new HttpConnection(m_socket, m_limits, this));
        return;
    }
    if (start.size() == kHttp2Preface.size())
        adopt(new Http2Connection(m_socket, m_limits, this));
}

void IncomingConnection::adopt(ExchangeConnection *connection)
{
    m_idleTimer.stop();
    m_socket->disconnect(this);
    m_connection = connection;
    connect(connection, &ExchangeConnection::closed, this, [this] {
        m_closed = true;
        Q_EMIT closed();
        deleteLater();
    });
    Q_EMIT protocolChosen(connection);
}

void IncomingConnection::onSocketGone()
{
    if (m_connection || m_closed)
        return;
    m_closed = true;
    m_idleTimer.stop();
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

} // namespace flaglab
