#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace flaglab {

// Asks a server, before a run with HTTP/2 prior knowledge, whether it speaks
// HTTP/2 over cleartext. Qt 6.4 cannot tell: it sends its preface to an
// HTTP/1.1 server, takes the answer for a bad frame, and its replies then
// never finish (docs/http2.md). The engine's own h2c client ends them with a
// protocol error; the check says why in the server's own words, once,
// before any request goes out. The check sends the client preface and an
// empty SETTINGS frame on a connection of its own; an HTTP/2 server's first
// frame is its SETTINGS. The connection is closed, and the server has closed
// its end, before finished() is emitted, so it never counts beside the run's.
class Http2Check : public QObject {
    Q_OBJECT
public:
    // Unknown: no connection, or no word before the time-out or the close.
    // The run's own requests then say what is wrong.
    enum class Verdict { Speaks, DoesNot, Unknown };

    Http2Check(const QUrl &url, int timeoutMs, QObject *parent = nullptr);
    void start();

    // Why the server is no HTTP/2 server, after DoesNot: "server does not
    // speak HTTP/2 (prior knowledge): it answered 'HTTP/1.1 400 Bad Request'".
    QString reason() const { return m_reason; }

    // The verdict on the first bytes a server sent (public for the tests).
    static Verdict judge(const QByteArray &firstBytes, bool closed, QString *reason);

Q_SIGNALS:
    void finished(Http2Check::Verdict verdict);

private:
    void onReadyRead();
    void conclude(Verdict verdict);
    void emitOnce();

    QUrl m_url;
    int m_timeoutMs;
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_received;
    QString m_reason;
    Verdict m_verdict = Verdict::Unknown;
    bool m_concluded = false;
    bool m_emitted = false;
};

} // namespace flaglab
