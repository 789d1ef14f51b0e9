// The built-in server against hostile clients, beyond what tests/server
// already covers (431, 413, a cap of two, idle keep-alive, the classic
// traversal tricks): a client that trickles its request (slowloris), a flood
// of connections over the cap, thousands of tiny headers, garbage of every
// shape, traversal in more encodings, and loopback-only listening by default.

#include "server/flagserver.h"
#include "servertestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace flaglab;
using namespace flaglab::servertest;

namespace {

const QByteArray kSecret = "TOP SECRET: outside the data set";

QString serverProgram()
{
    return qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab-server");
}

QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        seed ^= seed << 13, seed ^= seed >> 17, seed ^= seed << 5;
        c = char(seed);
    }
    return bytes;
}

// Local addresses (hex, as the kernel prints them) of the sockets listening on port.
QStringList listeningAddresses(const QString &procFile, quint16 port)
{
    QFile file(procFile);
    QStringList addresses;
    if (!file.open(QIODevice::ReadOnly))
        return addresses;
    const QString portHex = QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields[3] == "0A" && fields[1].endsWith(':' + portHex.toLatin1()))
            addresses << QString::fromLatin1(fields[1].left(fields[1].indexOf(':')));
    }
    return addresses;
}

} // namespace

class TestServerHardening : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void slowClientIsCutAtTheIdleTimeout();
    void thousandsOfTinyHeadersAre431();
    void connectionFloodOverTheCapGets503();
    void garbageNeverHurtsTheServer();
    void traversalInMoreEncodings_data();
    void traversalInMoreEncodings();
    void loopbackOnlyByDefault();

private:
    std::unique_ptr<TempDataSet> m_outside;     // OUTSIDE/secret.txt, OUTSIDE/root/flags/{br,cn}
    QString m_root;
};

void TestServerHardening::init()
{
    m_outside = std::make_unique<TempDataSet>(QStringList());
    QVERIFY(m_outside->write(QStringLiteral("secret.txt"), kSecret));
    QVERIFY(m_outside->write(QStringLiteral("flags/secret.txt"), kSecret));
    m_root = m_outside->path(QStringLiteral("root"));
    for (const QString &code : {QStringLiteral("br"), QStringLiteral("cn")}) {
        QVERIFY(m_outside->write(QStringLiteral("root/flags/%1/%1.gif").arg(code), TempDataSet::gif(code)));
        QVERIFY(m_outside->write(QStringLiteral("root/flags/%1/metadata.json").arg(code), TempDataSet::metadata(code)));
    }
}

// Slowloris: a byte every 50 ms keeps a connection busy forever unless the
// time-out counts from the start of the request, not from the last byte.
void TestServerHardening::slowClientIsCutAtTheIdleTimeout()
{
    ServerConfig config = testConfig(m_root);
    config.idleTimeoutMs = 300;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    const QByteArray request = rawRequest("GET", "/flags/br/br.gif", "X-Padding: " + QByteArray(100, 'p') + "\r\n");
    qsizetype sent = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        if (client.isConnected() && sent < request.size())
            client.send(request.mid(sent++, 1));
    });
    trickle.start(50);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.waitForDisconnected(5000));
    QVERIFY2(sent < request.size(), "the whole request got through");
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server->stats().requests, 0);

    RawClient next;
    QVERIFY(next.connectTo(server->port()));
    QCOMPARE(next.get("/flags/br/br.gif").status, 200);
}

void TestServerHardening::thousandsOfTinyHeadersAre431()
{
    auto server = startServer(testConfig(m_root));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QByteArray headers;
    for (int i = 0; i < 5000; ++i)
        headers += "A: b\r\n";
    client.send(rawRequest("GET", "/flags/br/br.gif", headers));
    const RawResponse response = client.readResponse();
    QCOMPARE(response.status, 431);
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(server->stats().requests, 0);
}

// 60 connections against a cap of 20: 40 get a clear 503 and are closed,
// the 20 inside are untouched, and once they leave the server serves again.
void TestServerHardening::connectionFloodOverTheCapGets503()
{
    ServerConfig config = testConfig(m_root);
    config.maxConnections = 20;
    auto server = startServer(config);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 60; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectTo(server->port()));
    }
    const auto refused = [&] {
        int count = 0;
        for (const auto &client : clients)
            count += client->unreadBytes().startsWith("HTTP/1.1 503 Service Unavailable\r\n");
        return count;
    };
    QVERIFY(waitUntil([&] { return refused() == 40; }, 10000));
    QCOMPARE(server->stats().rejectedConnections, 40);
    QCOMPARE(server->stats().connections, 20);
    int served = 0;
    for (const auto &client : clients) {
        if (client->unreadBytes().isEmpty()) {
            QVERIFY(client->isConnected());
            served += client->get("/flags/cn/cn.gif").status == 200;
        } else {
            QVERIFY(client->unreadBytes().contains("\r\nConnection: close\r\n"));
            QVERIFY(client->waitForDisconnected());
        }
    }
    QCOMPARE(served, 20);
    clients.clear();
    QVERIFY(waitUntil([&] { return server->stats().connections == 0; }, 10000));
    RawClient next;
    QVERIFY(next.connectTo(server->port()));
    QCOMPARE(next.get("/flags/br/br.gif").status, 200);
}

// Whatever arrives, the connection ends (an error status, a GOAWAY, or the
// idle time-out) and the server goes on serving everybody else.
void TestServerHardening::garbageNeverHurtsTheServer()
{
    ServerConfig config = testConfig(m_root);
    config.idleTimeoutMs = 500;
    auto server = startServer(config);
    QList<QByteArray> payloads{
        noise(4096, 1), noise(100000, 2), QByteArray(20000, '\0'), QByteArray(20000, '\n'),
        QByteArray(3000, '\r') + "GET / HTTP/1.1\r\n\r\n", "GET " + QByteArray(40000, '/') + " HTTP/1.1\r\n\r\n",
        "GET /flags/br/br.gif HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "GET /flags/br/br.gif HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
        "GET /flags/br/br.gif HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n",
        "GET /flags/br/br.gif HTTP/9.9\r\nHost: a\r\n\r\n", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",   // TLS hello
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",                 // HTTP/2, then silence
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + noise(5000, 3),  // HTTP/2, then garbage frames
    };
    for (int i = 0; i < 20; ++i)
        payloads << noise(1 + i * 997, 100 + i);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (const QByteArray &payload : payloads) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectTo(server->port()));
        clients.back()->send(payload);
    }
    for (const auto &client : clients) {
        QVERIFY(client->waitForDisconnected(5000));
        const QByteArray answer = client->unreadBytes();
        // An HTTP/2 client gets the server's SETTINGS frame first (then a GOAWAY).
        if (answer.size() >= 9 && answer[3] == '\x04' && answer.mid(5, 4) == QByteArray(4, '\0'))
            continue;
        QVERIFY2(answer.isEmpty() || QRegularExpression(QStringLiteral("^HTTP/1\\.1 (400|404|413|431|501|505) "))
                                         .match(QString::fromLatin1(answer.left(40))).hasMatch(),
                 answer.left(80).constData());
    }
    QCOMPARE(server->stats().requests, 0);
    RawClient next;
    QVERIFY(next.connectTo(server->port()));
    const RawResponse response = next.get("/flags/br/br.gif");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, TempDataSet::gif(QStringLiteral("br")));
}

void TestServerHardening::traversalInMoreEncodings_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("overlong UTF-8 slash") << QByteArray("/flags/br%c0%af..%c0%af..%c0%afsecret.txt") << 404;
    QTest::newRow("3-byte overlong dots") << QByteArray("/flags/%e0%80%ae%e0%80%ae/secret.txt") << 404;
    QTest::newRow("fullwidth dots") << QByteArray("/flags/%ef%bc%8e%ef%bc%8e/secret.txt") << 404;
    QTest::newRow("fullwidth solidus") << QByteArray("/flags/br%ef%bc%8f..%ef%bc%8f..%ef%bc%8fsecret.txt") << 404;
    QTest::newRow("IIS %u escapes") << QByteArray("/flags/%u002e%u002e/secret.txt") << 400;
    QTest::newRow("dot, encoded dot") << QByteArray("/flags/.%2e/secret.txt") << 404;
    QTest::newRow("encoded dot, dot") << QByteArray("/flags/%2e./secret.txt") << 404;
    QTest::newRow("upper-case escapes") << QByteArray("/flags/%2E%2E%2Fsecret.txt") << 404;
    QTest::newRow("triple encoded") << QByteArray("/flags/%25252e%25252e/secret.txt") << 404;
    QTest::newRow("dot-dot-semicolon") << QByteArray("/flags/..;/secret.txt") << 404;
    QTest::newRow("dot-dot after a flag") << QByteArray("/flags/br/br.gif/..") << 404;
    QTest::newRow("back into a flag") << QByteArray("/flags/br/%2e%2e/br/br.gif") << 404;
    QTest::newRow("1000 dot-dots") << "/flags/" + QByteArray("../").repeated(1000) + "secret.txt" << 404;
    QTest::newRow("absolute form") << QByteArray("http://127.0.0.1/flags/../secret.txt") << 404;
    QTest::newRow("absolute form, encoded") << QByteArray("http://127.0.0.1/flags/%2e%2e/secret.txt") << 404;
    QTest::newRow("absolute form, no path") << QByteArray("http://127.0.0.1") << 404;
    QTest::newRow("asterisk") << QByteArray("*") << 404;
    QTest::newRow("relative") << QByteArray("flags/br/br.gif") << 404;
    QTest::newRow("raw 8-bit") << QByteArray("/flags/\xc0\xae\xc0\xae/secret.txt") << 400;
    QTest::newRow("tab") << QByteArray("/flags/..\t/secret.txt") << 400;
    QTest::newRow("encoded CR LF") << QByteArray("/flags/br/br.gif%0d%0aX-Injected:%20yes") << 404;
}

void TestServerHardening::traversalInMoreEncodings()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    auto server = startServer(testConfig(m_root));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const RawResponse response = client.readResponse();
    QCOMPARE(response.status, status);
    QVERIFY(!response.body.contains(kSecret));
    QVERIFY(!response.headers.contains("x-injected"));
}

// Without --bind, flaglab-server listens on 127.0.0.1 and ::1 only: the
// kernel's own table of listening sockets says so, not just the ready line.
void TestServerHardening::loopbackOnlyByDefault()
{
    const ServerConfig defaults;
    QVERIFY(!defaults.bindAddresses.isEmpty());
    for (const QHostAddress &address : defaults.bindAddresses)
        QVERIFY2(address.isLoopback(), qPrintable(address.toString()));

    QProcess server;
    server.start(serverProgram(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(server.waitForStarted(10000));
    QVERIFY(server.waitForReadyRead(10000));
    const QString ready = QString::fromUtf8(server.readLine()).trimmed();
    static const QRegularExpression pattern(QStringLiteral(R"(^LOCAL server on http://127\.0\.0\.1:(\d+)/flags)"));
    const QRegularExpressionMatch match = pattern.match(ready);
    QVERIFY2(match.hasMatch(), qPrintable(ready));
    const quint16 port = match.captured(1).toUShort();
    const QStringList v4 = listeningAddresses(QStringLiteral("/proc/net/tcp"), port);
    const QStringList v6 = listeningAddresses(QStringLiteral("/proc/net/tcp6"), port);
    QCOMPARE(v4, QStringList{QStringLiteral("0100007F")});                  // 127.0.0.1
    if (ready.contains(QStringLiteral("also on [::1]")))
        QCOMPARE(v6, QStringList{QStringLiteral("00000000000000000000000001000000")});   // ::1
    else
        QVERIFY(v6.isEmpty());
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_serverhardening.moc"
