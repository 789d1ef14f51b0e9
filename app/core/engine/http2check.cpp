#include "http2check.h"

#include <QRegularExpression>

#include <sys/socket.h>

namespace flaglab {

namespace {

constexpr char kClientPreface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
constexpr int kFrameHeaderBytes = 9;
constexpr char kSettingsFrameType = 0x4;
// Once the verdict is in: how long the server may take to close its end.
constexpr int kCloseWaitMs = 500;

// The client preface and an empty SETTINGS frame (length 0, type 4, no flags, stream 0).
QByteArray opening()
{
    return QByteArray(kClientPreface, sizeof kClientPreface - 1) + QByteArray("\0\0\0\x04\0\0\0\0\0", kFrameHeaderBytes);
}

} // namespace

Http2Check::Http2Check(const QUrl &url, int timeoutMs, QObject *parent)
    : QObject(parent), m_url(url), m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_concluded)
            emitOnce();                 // the server kept its end open: go on all the same
        else
            conclude(Verdict::Unknown);
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(opening()); });
    connect(&m_socket, &QTcpSocket::readyRead, this, &Http2Check::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_concluded)
            conclude(judge(m_received, true, &m_reason));
        emitOnce();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;                     // disconnected() follows
        if (!m_concluded)
            conclude(Verdict::Unknown);
        emitOnce();
    });
}

void Http2Check::start()
{
    m_timer.start(m_timeoutMs);
    m_socket.connectToHost(m_url.host(), quint16(m_url.port(80)));
}

void Http2Check::onReadyRead()
{
    m_received += m_socket.readAll();
    if (m_concluded)
        return;
    const Verdict verdict = judge(m_received, false, &m_reason);
    if (verdict != Verdict::Unknown)    // else: not enough bytes yet
        conclude(verdict);
}

Http2Check::Verdict Http2Check::judge(const QByteArray &firstBytes, bool closed, QString *reason)
{
    if (firstBytes.size() >= kFrameHeaderBytes && firstBytes.at(3) == kSettingsFrameType
        && firstBytes.mid(5, 4) == QByteArray(4, '\0'))
        return Verdict::Speaks;
    const bool complete = firstBytes.size() >= kFrameHeaderBytes || firstBytes.contains('\n');
    if (firstBytes.isEmpty() || (!complete && !closed))
        return Verdict::Unknown;
    const qsizetype lineEnd = firstBytes.indexOf('\n');
    QString answer = QString::fromLatin1(lineEnd < 0 ? firstBytes : firstBytes.left(lineEnd)).trimmed().left(60);
    answer.replace(QRegularExpression(QStringLiteral("[^\\x20-\\x7e]")), QStringLiteral("?"));
    *reason = QStringLiteral("server does not speak HTTP/2 (prior knowledge): it answered '%1'").arg(answer);
    return Verdict::DoesNot;
}

// Half-closes the connection and waits for the server to close its end, so
// that its count of open connections is back down before the run's open.
void Http2Check::conclude(Verdict verdict)
{
    m_concluded = true;
    m_verdict = verdict;
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return emitOnce();
    ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR);
    m_timer.start(kCloseWaitMs);
}

void Http2Check::emitOnce()
{
    if (m_emitted)
        return;
    m_emitted = true;
    m_timer.stop();
    m_socket.abort();
    Q_EMIT finished(m_verdict);
}

} // namespace flaglab
