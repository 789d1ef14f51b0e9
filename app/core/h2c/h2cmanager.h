#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>

namespace flaglab {

class H2cConnection;
class H2cReply;

// A QNetworkAccessManager that carries GET and HEAD with HTTP/2 prior
// knowledge on http:// URLs (QNetworkRequest::Http2DirectAttribute) itself,
// over libnghttp2 on the manager's own thread, one H2cConnection per
// host:port at a time; everything else goes to Qt. Qt 6.4's own HTTP/2 runs
// each manager's connection in a thread of its own, copies every frame
// across threads, and was slower than curl over HTTP/1.1 (docs/http2.md).
class H2cManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData = nullptr) override;

private:
    H2cConnection *connectionFor(const QUrl &url);
    void resubmitSoon(H2cReply *reply);

    QHash<QString, QPointer<H2cConnection>> m_connections;   // "host:port" -> the one in use
};

} // namespace flaglab
