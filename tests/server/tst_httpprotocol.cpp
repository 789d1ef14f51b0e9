// HTTP/1.1 framing as a client on a raw socket sees it: keep-alive,
// pipelining, closing rules, limits. The server runs in the test's thread;
// every wait runs the event loop.

#include "servertestsupport.h"

#include "server/flagserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace flaglab;
using namespace flaglab::servertest;

class TestHttpProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void keepAliveServesSeveralRequests();
    void pipelinedRequestsAreAnsweredInOrder();
    void manyPipelinedRequestsBeyondTheReadBuffer();
    void headKeepsFramingOnKeepAlive();
    void connectionCloseIsHonoured();
    void http10ClosesUnlessKeepAlive();
    void malformedRequestGets400AndClose_data();
    void malformedRequestGets400AndClose();
    void badPercentEncodingGets400();
    void unsupportedVersionAndChunkedBodies();
    void oversizedHeadGets431();
    void requestBodyIsReadAndDiscarded();
    void oversizedBodyGets413();
    void connectionCapAnswers503();
    void idleKeepAliveConnectionIsClosed();
    void silentConnectionIsClosed();
    void absoluteFormTargetIsServed();

private:
    std::unique_ptr<TempDataSet> m_data;
};

void TestHttpProtocol::init()
{
    m_data = std::make_unique<TempDataSet>();
    QVERIFY(m_data->isValid());
}

void TestHttpProtocol::keepAliveServesSeveralRequests()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    for (const char *code : {"br", "cn", "in", "br", "cn"}) {
        const auto response = client.get(QByteArray("/flags/") + code + '/' + code + ".gif");
        QVERIFY(response.received());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("connection"), QByteArray("keep-alive"));
        QCOMPARE(response.body, TempDataSet::gif(QString::fromLatin1(code)));
    }
    QVERIFY(client.isConnected());
    QCOMPARE(server->stats().maxConnections, 1);
    QCOMPARE(server->stats().requests, 5);
}

void TestHttpProtocol::pipelinedRequestsAreAnsweredInOrder()
{
    // Random delays, so that a server answering requests side by side would
    // finish some later ones first and mix the answers up.
    ServerConfig config = slowConfig(m_data->root(), 10, 150);
    config.seed = 7;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest("GET", "/flags/br/br.gif") + rawRequest("GET", "/flags/cn/cn.gif")
                + rawRequest("HEAD", "/flags/in/in.gif") + rawRequest("GET", "/flags/zz/zz.gif")
                + rawRequest("GET", "/flags/br/metadata.json") + rawRequest("GET", "/flags/in/in.gif"));

    const auto br = client.readResponse();
    const auto cn = client.readResponse();
    const auto inHead = client.readResponse(true);
    const auto zz = client.readResponse();
    const auto brMetadata = client.readResponse();
    const auto in = client.readResponse();
    for (const RawResponse &response : {br, cn, inHead, zz, brMetadata, in})
        QVERIFY(response.received());
    QCOMPARE(br.body, TempDataSet::gif(QStringLiteral("br")));
    QCOMPARE(cn.body, TempDataSet::gif(QStringLiteral("cn")));
    QCOMPARE(inHead.status, 200);
    QCOMPARE(inHead.header("content-length").toInt(), TempDataSet::gif(QStringLiteral("in")).size());
    QCOMPARE(zz.status, 404);
    QCOMPARE(brMetadata.header("content-type"), QByteArray("application/json"));
    QCOMPARE(brMetadata.body, TempDataSet::metadata(QStringLiteral("br")));
    QCOMPARE(in.body, TempDataSet::gif(QStringLiteral("in")));
    QVERIFY(client.unreadBytes().isEmpty());
    QCOMPARE(server->stats().maxInFlight, 1);
}

void TestHttpProtocol::manyPipelinedRequestsBeyondTheReadBuffer()
{
    // Far more than the 64 KiB the server buffers from a client while it
    // answers: reading has to resume each time the buffer drains.
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    const QStringList codes{QStringLiteral("br"), QStringLiteral("cn"), QStringLiteral("in")};
    QByteArray requests;
    const int count = 1500;
    for (int i = 0; i < count; ++i) {
        const QByteArray code = codes[i % codes.size()].toLatin1();
        requests += rawRequest("GET", "/flags/" + code + '/' + code + ".gif", "X-Padding: " + QByteArray(40, 'p') + "\r\n");
    }
    QVERIFY(requests.size() > 150 * 1024);
    client.send(requests);
    for (int i = 0; i < count; ++i) {
        const RawResponse response = client.readResponse();
        QVERIFY2(response.received(), qPrintable(QString::number(i)));
        QCOMPARE(response.body, TempDataSet::gif(codes[i % codes.size()]));
    }
    QCOMPARE(server->stats().requests, count);
    QCOMPARE(server->stats().maxInFlight, 1);
}

void TestHttpProtocol::headKeepsFramingOnKeepAlive()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest("HEAD", "/flags/br/br.gif"));
    const auto head = client.readResponse(true);
    QVERIFY(head.received());
    QCOMPARE(head.header("content-type"), QByteArray("image/gif"));
    QCOMPARE(head.header("content-length").toInt(), TempDataSet::gif(QStringLiteral("br")).size());
    const auto get = client.get("/flags/cn/cn.gif");
    QVERIFY(get.received());
    QCOMPARE(get.body, TempDataSet::gif(QStringLiteral("cn")));
}

void TestHttpProtocol::connectionCloseIsHonoured()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest("GET", "/flags/br/br.gif", "Connection: close\r\n"));
    const auto response = client.readResponse();
    QVERIFY(response.received());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("connection"), QByteArray("close"));
    QCOMPARE(response.body, TempDataSet::gif(QStringLiteral("br")));
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->stats().connections, 0);
}

void TestHttpProtocol::http10ClosesUnlessKeepAlive()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient plain;
    QVERIFY(plain.connectTo(server->port()));
    plain.send("GET /flags/br/br.gif HTTP/1.0\r\n\r\n");
    const auto closing = plain.readResponse();
    QVERIFY(closing.received());
    QCOMPARE(closing.status, 200);
    QCOMPARE(closing.header("connection"), QByteArray("close"));
    QVERIFY(plain.waitForDisconnected());

    RawClient keepAlive;
    QVERIFY(keepAlive.connectTo(server->port()));
    keepAlive.send("GET /flags/br/br.gif HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const auto first = keepAlive.readResponse();
    QVERIFY(first.received());
    QCOMPARE(first.header("connection"), QByteArray("keep-alive"));
    keepAlive.send("GET /flags/cn/cn.gif HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const auto second = keepAlive.readResponse();
    QVERIFY(second.received());
    QCOMPARE(second.body, TempDataSet::gif(QStringLiteral("cn")));
}

void TestHttpProtocol::malformedRequestGets400AndClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("hello there\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /flags/br/br.gif\r\n\r\n");
    QTest::newRow("no host") << QByteArray("GET /flags/br/br.gif HTTP/1.1\r\n\r\n");
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("POST /stats/reset HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n");
}

void TestHttpProtocol::malformedRequestGets400AndClose()
{
    QFETCH(QByteArray, request);
    ServerConfig config = testConfig(m_data->root());
    auto server = startServer(config);
    QSignalSpy log(server.get(), &FlagServer::logLine);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(request);
    const auto response = client.readResponse();
    QVERIFY(response.received());
    QCOMPARE(response.status, 400);
    QCOMPARE(response.reason, QByteArray("Bad Request"));
    QCOMPARE(response.header("connection"), QByteArray("close"));
    QVERIFY(client.waitForDisconnected());
    QVERIFY(log.size() >= 1 && log.constLast().constFirst().toString().startsWith(QStringLiteral("400 ")));
    QCOMPARE(server->stats().requests, 0);

    RawClient next;     // the server goes on serving
    QVERIFY(next.connectTo(server->port()));
    QCOMPARE(next.get("/flags/br/br.gif").status, 200);
}

void TestHttpProtocol::badPercentEncodingGets400()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    const auto response = client.get("/flags/%zz/zz.gif");
    QVERIFY(response.received());
    QCOMPARE(response.status, 400);
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);   // well-framed: the connection stays
}

void TestHttpProtocol::unsupportedVersionAndChunkedBodies()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient http2;
    QVERIFY(http2.connectTo(server->port()));
    http2.send("GET /flags/br/br.gif HTTP/2.0\r\nHost: x\r\n\r\n");
    const auto versionResponse = http2.readResponse();
    QVERIFY(versionResponse.received());
    QCOMPARE(versionResponse.status, 505);
    QVERIFY(http2.waitForDisconnected());

    RawClient chunked;
    QVERIFY(chunked.connectTo(server->port()));
    chunked.send(rawRequest("POST", "/stats/reset", "Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n");
    const auto chunkedResponse = chunked.readResponse();
    QVERIFY(chunkedResponse.received());
    QCOMPARE(chunkedResponse.status, 501);
    QVERIFY(chunked.waitForDisconnected());
}

void TestHttpProtocol::oversizedHeadGets431()
{
    ServerConfig config = testConfig(m_data->root());
    config.maxRequestBytes = 1024;
    auto server = startServer(config);

    RawClient endless;     // a head that never ends
    QVERIFY(endless.connectTo(server->port()));
    endless.send("GET /flags/br/br.gif HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(4000, 'a'));
    const auto endlessResponse = endless.readResponse();
    QVERIFY(endlessResponse.received());
    QCOMPARE(endlessResponse.status, 431);
    QCOMPARE(endlessResponse.reason, QByteArray("Request Header Fields Too Large"));
    QVERIFY(endless.waitForDisconnected());

    RawClient large;       // complete, but too large
    QVERIFY(large.connectTo(server->port()));
    large.send(rawRequest("GET", "/flags/br/br.gif", "X-Filler: " + QByteArray(2000, 'b') + "\r\n"));
    const auto largeResponse = large.readResponse();
    QVERIFY(largeResponse.received());
    QCOMPARE(largeResponse.status, 431);
    QVERIFY(large.waitForDisconnected());

    RawClient fits;
    QVERIFY(fits.connectTo(server->port()));
    fits.send(rawRequest("GET", "/flags/br/br.gif", "X-Filler: " + QByteArray(900, 'c') + "\r\n"));
    QCOMPARE(fits.readResponse().status, 200);
}

void TestHttpProtocol::requestBodyIsReadAndDiscarded()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    // The body looks like a request: it must be skipped, not parsed.
    const QByteArray body = rawRequest("GET", "/flags/zz/zz.gif");
    client.send(rawRequest("POST", "/stats/reset", "Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body
                + rawRequest("GET", "/flags/br/br.gif"));
    const auto reset = client.readResponse();
    QVERIFY(reset.received());
    QCOMPARE(reset.status, 200);
    const auto flag = client.readResponse();
    QVERIFY(flag.received());
    QCOMPARE(flag.status, 200);
    QCOMPARE(flag.body, TempDataSet::gif(QStringLiteral("br")));
    QCOMPARE(server->stats().byStatus.value(404), 0);
}

void TestHttpProtocol::oversizedBodyGets413()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest("POST", "/stats/reset", "Content-Length: 10000000\r\n") + QByteArray(1000, 'x'));
    const auto response = client.readResponse();
    QVERIFY(response.received());
    QCOMPARE(response.status, 413);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpProtocol::connectionCapAnswers503()
{
    ServerConfig config = testConfig(m_data->root());
    config.maxConnections = 2;
    auto server = startServer(config);
    RawClient first;
    RawClient second;
    for (RawClient *client : {&first, &second}) {
        QVERIFY(client->connectTo(server->port()));
        QCOMPARE(client->get("/flags/br/br.gif").status, 200);
    }

    RawClient third;
    QVERIFY(third.connectTo(server->port()));
    const auto refused = third.readResponse();
    QVERIFY(refused.received());
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.reason, QByteArray("Service Unavailable"));
    QCOMPARE(refused.header("connection"), QByteArray("close"));
    QVERIFY(third.waitForDisconnected());
    QCOMPARE(server->stats().rejectedConnections, 1);
    QCOMPARE(server->stats().connections, 2);

    first.socket().disconnectFromHost();
    QTRY_COMPARE(server->stats().connections, 1);
    RawClient fourth;
    QVERIFY(fourth.connectTo(server->port()));
    QCOMPARE(fourth.get("/flags/cn/cn.gif").status, 200);
    QCOMPARE(server->stats().maxConnections, 2);
}

void TestHttpProtocol::idleKeepAliveConnectionIsClosed()
{
    ServerConfig config = testConfig(m_data->root());
    config.idleTimeoutMs = 200;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QVERIFY(client.waitForDisconnected());
    QTRY_COMPARE(server->stats().connections, 0);
}

void TestHttpProtocol::silentConnectionIsClosed()
{
    ServerConfig config = testConfig(m_data->root());
    config.idleTimeoutMs = 200;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("GET /flags/br/br.gif HTTP/1.1\r\n");     // and never the rest
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(server->stats().requests, 0);
}

void TestHttpProtocol::absoluteFormTargetIsServed()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    const auto response = client.get("http://127.0.0.1/flags/br/br.gif?cache=no");
    QVERIFY(response.received());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, TempDataSet::gif(QStringLiteral("br")));
}

QTEST_GUILESS_MAIN(TestHttpProtocol)
#include "tst_httpprotocol.moc"
