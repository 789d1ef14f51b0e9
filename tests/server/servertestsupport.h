#pragma once

#include "server/flagserver.h"

#include <QByteArray>
#include <QMap>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace flaglab::servertest {

// Runs the event loop until condition() holds or timeoutMs pass. Unlike
// QTest::qWaitFor it never sleeps, so a request and its answer between a
// client and a server in the same thread take microseconds, not 10 ms steps.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// A throwaway data set: ROOT/flags/{cc}/{cc}.gif and ROOT/flags/{cc}/metadata.json
// with contents that differ per code, so a mixed-up answer shows.
class TempDataSet {
public:
    explicit TempDataSet(const QStringList &codes = {QStringLiteral("br"), QStringLiteral("cn"), QStringLiteral("in")});

    bool isValid() const { return m_dir.isValid(); }
    QString root() const;                       // the directory to pass as --root
    QString path(const QString &relative) const;
    bool write(const QString &relative, const QByteArray &contents);

    static QByteArray gif(const QString &code);
    static QByteArray metadata(const QString &code);

private:
    QTemporaryDir m_dir;
};

// The mode's book settings on a free IPv4 loopback port, serving root, logging on.
ServerConfig testConfig(const QString &root, ServerConfig::Mode mode = ServerConfig::Mode::Local);
// testConfig in delay mode, holding every flag request minMs to maxMs before it answers.
ServerConfig slowConfig(const QString &root, int minMs, int maxMs);
// testConfig in delay mode, holding every flag request exactly delayMs.
inline ServerConfig slowConfig(const QString &root, int delayMs) { return slowConfig(root, delayMs, delayMs); }
// testConfig in error mode, answering at once, errorRate of the flag requests (0 to 1) failing.
ServerConfig erringConfig(const QString &root, double errorRate);

// A FlagServer in this thread, listening (a failure is logged, and its port() is 0).
std::unique_ptr<FlagServer> startServer(const ServerConfig &config);

struct RawResponse {
    int status = 0;                             // 0: no complete response came
    QByteArray reason;
    QMap<QByteArray, QByteArray> headers;       // lower-case names
    QByteArray body;

    bool received() const { return status != 0; }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// "GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n<extra>\r\n"
QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders = {});

// An HTTP client driven by hand over a QTcpSocket, for protocol-level checks.
// Every wait runs the event loop, so a server in the same thread keeps working.
class RawClient {
public:
    bool connectTo(quint16 port);
    void send(const QByteArray &bytes);
    // The next complete response; not received() on time-out or when the
    // server closed first. forHead: no body, whatever the Content-Length says.
    RawResponse readResponse(bool forHead = false, int timeoutMs = 10000);
    RawResponse get(const QByteArray &target);
    bool waitForDisconnected(int timeoutMs = 10000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray unreadBytes();                   // received but not part of a response read
    QTcpSocket &socket() { return m_socket; }

private:
    std::optional<RawResponse> takeResponse(bool forHead);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace flaglab::servertest
