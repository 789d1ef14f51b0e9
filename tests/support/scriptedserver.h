#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace flaglab::test {

struct ScriptedRequest {
    QByteArray method;
    QByteArray path;
    QByteArray rawHeaders;          // everything after the request line
    QByteArray header(const QByteArray &name) const;
};

// What a scripted server sends back: bytes on the wire, exactly as given.
struct ScriptedReply {
    QByteArray raw;
    int delayMs = 0;                // before anything is sent
    int bytesPerSecond = 0;         // 0: all at once; else trickle (1 byte a tick)
    int trickleAfter = 0;           // with bytesPerSecond: bytes of raw sent at once before the trickle
    bool closeAfter = false;        // close the connection once written
    bool resetAfter = false;        // reset it (RST, SO_LINGER 0) once written
    // After raw: `repeat` sent `repeatCount` times (-1: until the client
    // leaves), paced by the socket's write buffer, for floods of any size.
    QByteArray repeat;
    qint64 repeatCount = 0;

    static ScriptedReply bytes(const QByteArray &raw);     // exactly these bytes, connection left open
    static ScriptedReply http(int status, const QByteArray &reason, const QByteArray &body,
                              const QList<QByteArray> &extraHeaders = {},
                              const QByteArray &contentType = "image/gif");
    // A head only (status line and headers, the blank line included).
    static QByteArray head(int status, const QByteArray &reason, const QList<QByteArray> &headers);
    static ScriptedReply redirect(int status, const QByteArray &location);
    static ScriptedReply reset();   // RST at once, nothing sent
};

// A loopback HTTP server whose answers a test scripts, byte for byte: the
// faults a real server can commit (resets, short bodies, wrong types,
// redirects, Retry-After, trickles, floods) on demand. One request per
// connection at a time. Deleting it resets every connection at once.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const ScriptedRequest &, int requestNumber)>;

    explicit ScriptedServer(Handler handler, QObject *parent = nullptr);
    ~ScriptedServer() override;
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;                   // http://ADDRESS:PORT/flags
    const QList<ScriptedRequest> &requests() const { return m_requests; }
    int openConnections() const { return int(m_sockets.size()); }
    // Resets every connection now (RST). Unlike a FIN, a reset throws away
    // what the client has not read yet: a client still reading a flood stops
    // at once instead of draining megabytes first.
    void resetAll();

    static QByteArray tinyGif();            // a real 1x1 GIF
    static QByteArray gifDeclaring(quint16 width, quint16 height);   // tiny, but claims that size

Q_SIGNALS:
    void requestArrived(int requestNumber);

private:
    void onConnection();
    void serve(QTcpSocket *socket, const ScriptedReply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
    QList<QTcpSocket *> m_sockets;
};

} // namespace flaglab::test
