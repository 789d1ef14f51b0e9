#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

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
    bool closeAfter = false;        // close the connection once written
    bool resetAfter = false;        // abort (RST) once written

    static ScriptedReply http(int status, const QByteArray &reason, const QByteArray &body,
                              const QList<QByteArray> &extraHeaders = {},
                              const QByteArray &contentType = "image/gif");
};

// A loopback HTTP server whose answers a test scripts, byte for byte: the
// faults a real server can commit (resets, short bodies, wrong types,
// redirects, Retry-After) on demand. One request per connection at a time.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const ScriptedRequest &, int requestNumber)>;

    explicit ScriptedServer(Handler handler, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;                   // http://127.0.0.1:PORT/flags
    const QList<ScriptedRequest> &requests() const { return m_requests; }

    static QByteArray tinyGif();            // a real 1x1 GIF

private:
    void onConnection();
    void serve(class QTcpSocket *socket, const ScriptedReply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
};

} // namespace flaglab::test
