#include "h2cmanager.h"

#include "h2cconnection.h"
#include "h2creply.h"

namespace flaglab {

QNetworkReply *H2cManager::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    const bool ours = (operation == GetOperation || operation == HeadOperation)
        && request.url().scheme() == QLatin1String("http")
        && request.attribute(QNetworkRequest::Http2DirectAttribute).toBool();
    if (!ours)
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    auto *reply = new H2cReply(operation, request, this);
    connectionFor(request.url())->submit(reply);
    return reply;
}

H2cConnection *H2cManager::connectionFor(const QUrl &url)
{
    const quint16 port = quint16(url.port(80));
    const QString key = url.host() + u':' + QString::number(port);
    QPointer<H2cConnection> &connection = m_connections[key];
    if (!connection || !connection->isUsable()) {
        connection = new H2cConnection(url.host(), port, this);   // an old one goes once its streams end
        connect(connection, &H2cConnection::streamRefused, this, &H2cManager::resubmitSoon);
    }
    return connection;
}

// On the same connection when it still takes requests (nghttp2 now knows the
// server's cap and holds the stream back until there is room), else on a new one.
void H2cManager::resubmitSoon(H2cReply *reply)
{
    QMetaObject::invokeMethod(this, [this, reply = QPointer<H2cReply>(reply)] {
        if (reply && !reply->isFinished())
            connectionFor(reply->url())->submit(reply);
    }, Qt::QueuedConnection);
}

} // namespace flaglab
