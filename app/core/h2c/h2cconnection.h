#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QNetworkReply>
#include <QTcpSocket>

struct nghttp2_session;

namespace flaglab {

class H2cReply;

// One HTTP/2 connection over cleartext with prior knowledge, from the client
// side: a QTcpSocket fed into and drained from a libnghttp2 client session,
// on the thread that owns it. Each H2cReply is one stream. Requests wait for
// the server's SETTINGS; past its SETTINGS_MAX_CONCURRENT_STREAMS nghttp2
// holds them back, unsent, until streams close. Once the connection fails,
// closes or is told GOAWAY it takes no more requests (isUsable()), its
// manager opens another, and it deletes itself once its last stream is over.
class H2cConnection : public QObject {
    Q_OBJECT
public:
    H2cConnection(const QString &host, quint16 port, QObject *parent);
    ~H2cConnection() override;

    bool isUsable() const { return !m_dead && !m_goingAway; }
    void submit(H2cReply *reply);
    void cancel(H2cReply *reply);   // resets its stream; the reply finishes itself

    // nghttp2's callbacks, in h2cconnection.cpp.
    struct Callbacks;

Q_SIGNALS:
    // The server refused the reply's stream, unprocessed, for the first time
    // (over its cap of streams, or past its GOAWAY): it may be submitted again.
    void streamRefused(H2cReply *reply);

private:
    void onConnected();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onServerSettings();
    void open(H2cReply *reply);
    void flush();
    void flushSoon();
    void failAll(QNetworkReply::NetworkError error, const QString &text);
    void failOnLibraryError(int code);  // nghttp2 refused what the server sent: the connection is over
    void retireWhenIdle();      // not usable and nothing left to carry: delete later
    H2cReply *replyOf(int streamId) const;

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    nghttp2_session *m_session = nullptr;
    QList<QPointer<H2cReply>> m_waiting;        // submitted before the server's SETTINGS came
    QHash<int, QPointer<H2cReply>> m_streams;   // stream id -> its reply
    bool m_dead = false;
    bool m_goingAway = false;
    QString m_brokenBy;         // set when we sent GOAWAY: why the connection is over
    bool m_serverSettings = false;  // its first SETTINGS frame came: streams may open
    bool m_flushPending = false;
    bool m_receiving = false;   // inside nghttp2_session_mem_recv: no sending from its callbacks
};

} // namespace flaglab
