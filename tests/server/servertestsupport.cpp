#include "servertestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

namespace flaglab::servertest {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wakeUp;      // so that waiting for events cannot outlast the deadline
    wakeUp.setSingleShot(true);
    wakeUp.start(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

TempDataSet::TempDataSet(const QStringList &codes)
{
    for (const QString &code : codes) {
        write(QStringLiteral("flags/%1/%1.gif").arg(code), gif(code));
        write(QStringLiteral("flags/%1/metadata.json").arg(code), metadata(code));
    }
}

QString TempDataSet::root() const
{
    return m_dir.path();
}

QString TempDataSet::path(const QString &relative) const
{
    return m_dir.filePath(relative);
}

bool TempDataSet::write(const QString &relative, const QByteArray &contents)
{
    const QString target = path(relative);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile file(target);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray TempDataSet::gif(const QString &code)
{
    QByteArray bytes = "GIF89a:" + code.toLatin1() + ':';
    for (int i = 0; i < 200; ++i)
        bytes += char('a' + (i * 7 + code.at(0).unicode()) % 26);
    return bytes;
}

QByteArray TempDataSet::metadata(const QString &code)
{
    return "{\"iso_cc\": \"" + code.toUpper().toLatin1() + "\", \"tld_cc\": \"." + code.toLatin1() + "\"}";
}

ServerConfig testConfig(const QString &root, ServerConfig::Mode mode)
{
    ServerConfig config = ServerConfig::forMode(mode);
    config.port = 0;
    config.bindAddresses = {QHostAddress(QHostAddress::LocalHost)};
    config.root = root;
    config.verbose = true;
    return config;
}

ServerConfig slowConfig(const QString &root, int minMs, int maxMs)
{
    ServerConfig config = testConfig(root, ServerConfig::Mode::Delay);
    config.delayMinMs = minMs;
    config.delayMaxMs = maxMs;
    return config;
}

ServerConfig erringConfig(const QString &root, double errorRate)
{
    ServerConfig config = testConfig(root, ServerConfig::Mode::Error);
    config.delayMinMs = config.delayMaxMs = 0;
    config.errorRate = errorRate;
    return config;
}

std::unique_ptr<FlagServer> startServer(const ServerConfig &config)
{
    auto server = std::make_unique<FlagServer>(config);
    QString error;
    if (!server->listen(&error))
        qWarning("listen failed: %s", qPrintable(error));
    return server;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders)
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

bool RawClient::connectTo(quint16 port)
{
    m_buffer.clear();
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

RawResponse RawClient::get(const QByteArray &target)
{
    send(rawRequest("GET", target));
    return readResponse();
}

RawResponse RawClient::readResponse(bool forHead, int timeoutMs)
{
    std::optional<RawResponse> response;
    const auto received = [&] {
        m_buffer += m_socket.readAll();
        response = takeResponse(forHead);
        return response.has_value();
    };
    const bool settled = waitUntil(
        [&] { return received() || m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    if (settled && !response)
        received();     // the bytes that came with the close
    return response.value_or(RawResponse());
}

bool RawClient::waitForDisconnected(int timeoutMs)
{
    return waitUntil([this] {
        m_buffer += m_socket.readAll();
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
}

QByteArray RawClient::unreadBytes()
{
    m_buffer += m_socket.readAll();
    return m_buffer;
}

std::optional<RawResponse> RawClient::takeResponse(bool forHead)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QByteArray statusLine = lines.constFirst().trimmed();     // "HTTP/1.1 200 OK"
    RawResponse response;
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
    response.status = statusLine.mid(firstSpace + 1, secondSpace - firstSpace - 1).toInt();
    response.reason = secondSpace < 0 ? QByteArray() : statusLine.mid(secondSpace + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength = forHead ? 0 : response.header("content-length").toLongLong();
    if (m_buffer.size() < headEnd + 4 + bodyLength)
        return std::nullopt;
    response.body = m_buffer.mid(headEnd + 4, bodyLength);
    m_buffer.remove(0, headEnd + 4 + bodyLength);
    return response;
}

} // namespace flaglab::servertest
