// Unit tests of the pure pieces of the server: request-head parsing, target
// decoding and routing, response heads.

#include "httpwire/httpmessage.h"
#include "httpwire/httprequestparser.h"
#include "server/requestroute.h"
#include "flaglab_version.h"

#include <QTest>

using namespace flaglab;

using Outcome = RequestHeadParse::Outcome;
Q_DECLARE_METATYPE(RequestRoute::Kind)

class TestHttpParsing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesRequestLineAndHeaders();
    void incompleteHeadWaitsForMore();
    void acceptsBareLineFeeds();
    void keepAliveFollowsVersionAndConnectionHeader_data();
    void keepAliveFollowsVersionAndConnectionHeader();
    void rejectsMalformedHeads_data();
    void rejectsMalformedHeads();
    void oversizedHeadIs431();
    void readsContentLength();
    void percentDecodesOnce();
    void safePathRules_data();
    void safePathRules();
    void routesTargets_data();
    void routesTargets();
    void responseHeadHasStandardFields();
};

void TestHttpParsing::parsesRequestLineAndHeaders()
{
    const QByteArray bytes = "GET /flags/br/br.gif?x=1 HTTP/1.1\r\nHost: example\r\nUser-Agent:  test/1 \r\n\r\nNEXT";
    const RequestHeadParse parse = parseRequestHead(bytes, 16384);
    QCOMPARE(parse.outcome, Outcome::Complete);
    QCOMPARE(parse.headBytes, bytes.size() - 4);
    QCOMPARE(parse.request.method, QByteArray("GET"));
    QCOMPARE(parse.request.target, QByteArray("/flags/br/br.gif?x=1"));
    QCOMPARE(parse.request.minorVersion, 1);
    QCOMPARE(parse.request.header("host"), QByteArray("example"));
    QCOMPARE(parse.request.header("user-agent"), QByteArray("test/1"));
    QVERIFY(parse.request.keepAlive);
    QCOMPARE(parse.request.contentLength, 0);
}

void TestHttpParsing::incompleteHeadWaitsForMore()
{
    QCOMPARE(parseRequestHead("", 100).outcome, Outcome::Incomplete);
    QCOMPARE(parseRequestHead("GET / HT", 100).outcome, Outcome::Incomplete);
    QCOMPARE(parseRequestHead("GET / HTTP/1.1\r\nHost: x\r\n", 100).outcome, Outcome::Incomplete);
}

void TestHttpParsing::acceptsBareLineFeeds()
{
    const RequestHeadParse parse = parseRequestHead("\r\nGET / HTTP/1.1\nHost: x\n\n", 100);
    QCOMPARE(parse.outcome, Outcome::Complete);
    QCOMPARE(parse.request.target, QByteArray("/"));
}

void TestHttpParsing::keepAliveFollowsVersionAndConnectionHeader_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.1 list") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade, close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
}

void TestHttpParsing::keepAliveFollowsVersionAndConnectionHeader()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    const RequestHeadParse parse = parseRequestHead(head, 1000);
    QCOMPARE(parse.outcome, Outcome::Complete);
    QCOMPARE(parse.request.keepAlive, keepAlive);
}

void TestHttpParsing::rejectsMalformedHeads_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::newRow("two parts") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("8-bit target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/1.1x\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("not http") << QByteArray("GET / FTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400;
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400;
    QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nHost: x\0y\r\n\r\n", 30) << 400;
    QTest::newRow("bare CR in value") << QByteArray("GET / HTTP/1.1\r\nHost: x\ry\r\n\r\n") << 400;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n") << 400;
    QTest::newRow("length text") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n") << 400;
    QTest::newRow("length negative") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("length list") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n") << 400;
    QTest::newRow("lengths differ") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
}

void TestHttpParsing::rejectsMalformedHeads()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    const RequestHeadParse parse = parseRequestHead(head, 1000);
    QCOMPARE(parse.outcome, Outcome::Error);
    QCOMPARE(parse.errorStatus, status);
    QVERIFY(!parse.errorReason.isEmpty());
}

void TestHttpParsing::oversizedHeadIs431()
{
    const QByteArray complete = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(200, 'a') + "\r\n\r\n";
    QCOMPARE(parseRequestHead(complete, 100).errorStatus, 431);
    QCOMPARE(parseRequestHead(complete, 1000).outcome, Outcome::Complete);
    // An unfinished head that is already too long does not wait for its end.
    QCOMPARE(parseRequestHead("GET /" + QByteArray(200, 'a'), 100).errorStatus, 431);
    QCOMPARE(parseRequestHead("GET / HTTP/1.1\r\nX: " + QByteArray(200, 'a') + "\r\n", 100).errorStatus, 431);
}

void TestHttpParsing::readsContentLength()
{
    const RequestHeadParse parse =
        parseRequestHead("POST /stats/reset HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\nContent-Length: 12\r\n\r\n", 1000);
    QCOMPARE(parse.outcome, Outcome::Complete);
    QCOMPARE(parse.request.contentLength, 12);
}

void TestHttpParsing::percentDecodesOnce()
{
    QCOMPARE(percentDecodeOnce("/a%41b"), std::optional<QByteArray>("/aAb"));
    QCOMPARE(percentDecodeOnce("%2e%2E"), std::optional<QByteArray>(".."));
    QCOMPARE(percentDecodeOnce("%252e"), std::optional<QByteArray>("%2e"));
    QCOMPARE(percentDecodeOnce("%zz"), std::nullopt);
    QCOMPARE(percentDecodeOnce("/x%4"), std::nullopt);
    QCOMPARE(percentDecodeOnce("/x%"), std::nullopt);
}

void TestHttpParsing::safePathRules_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("flag") << QByteArray("/flags/br/br.gif") << true;
    QTest::newRow("root") << QByteArray("/") << true;
    QTest::newRow("trailing slash") << QByteArray("/flags/") << true;
    QTest::newRow("relative") << QByteArray("flags/br/br.gif") << false;
    QTest::newRow("dot dot") << QByteArray("/flags/../x") << false;
    QTest::newRow("dot") << QByteArray("/flags/./br/br.gif") << false;
    QTest::newRow("double slash") << QByteArray("//etc/passwd") << false;
    QTest::newRow("empty segment") << QByteArray("/flags//br.gif") << false;
    QTest::newRow("backslash") << QByteArray("/flags/br\\br.gif") << false;
    QTest::newRow("percent left") << QByteArray("/flags/%2e%2e/x") << false;
    QTest::newRow("NUL") << QByteArray("/flags/br/br.gif\0", 17) << false;
    QTest::newRow("8-bit") << QByteArray("/flags/\xc3\xa9") << false;
}

void TestHttpParsing::safePathRules()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, safe);
    QCOMPARE(isSafeDecodedPath(path), safe);
}

void TestHttpParsing::routesTargets_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<RequestRoute::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("metadata");
    using Kind = RequestRoute::Kind;
    QTest::newRow("gif") << QByteArray("/flags/br/br.gif") << Kind::Flag << "br" << false;
    QTest::newRow("json") << QByteArray("/flags/br/metadata.json") << Kind::Flag << "br" << true;
    QTest::newRow("query") << QByteArray("/flags/cn/cn.gif?size=big#top") << Kind::Flag << "cn" << false;
    QTest::newRow("encoded letters") << QByteArray("/flags/%62r/br.gif") << Kind::Flag << "br" << false;
    // Decoded once, as python3 -m http.server does: the result is a plain flag path.
    QTest::newRow("encoded slash") << QByteArray("/flags/br%2fbr.gif") << Kind::Flag << "br" << false;
    QTest::newRow("absolute form") << QByteArray("http://localhost:8000/flags/br/br.gif") << Kind::Flag << "br" << false;
    QTest::newRow("unknown code") << QByteArray("/flags/zz/zz.gif") << Kind::Flag << "zz" << false;
    QTest::newRow("stats") << QByteArray("/stats") << Kind::Stats << "" << false;
    QTest::newRow("stats query") << QByteArray("/stats?pretty") << Kind::Stats << "" << false;
    QTest::newRow("reset") << QByteArray("/stats/reset") << Kind::StatsReset << "" << false;
    QTest::newRow("upper case") << QByteArray("/flags/BR/BR.gif") << Kind::NotFound << "" << false;
    QTest::newRow("codes differ") << QByteArray("/flags/br/cn.gif") << Kind::NotFound << "" << false;
    QTest::newRow("three letters") << QByteArray("/flags/bra/bra.gif") << Kind::NotFound << "" << false;
    QTest::newRow("png") << QByteArray("/flags/br/br.png") << Kind::NotFound << "" << false;
    QTest::newRow("directory") << QByteArray("/flags/br/") << Kind::NotFound << "" << false;
    QTest::newRow("traversal") << QByteArray("/flags/br/../../x") << Kind::NotFound << "" << false;
    QTest::newRow("asterisk") << QByteArray("*") << Kind::NotFound << "" << false;
    QTest::newRow("bad escape") << QByteArray("/flags/%zz/x") << Kind::BadRequest << "" << false;
}

void TestHttpParsing::routesTargets()
{
    QFETCH(QByteArray, target);
    QFETCH(RequestRoute::Kind, kind);
    QFETCH(QString, code);
    QFETCH(bool, metadata);
    const RequestRoute route = routeForTarget(target);
    QCOMPARE(route.kind, kind);
    if (kind == RequestRoute::Kind::Flag) {
        QCOMPARE(route.countryCode, code);
        QCOMPARE(route.file == FlagFile::Metadata, metadata);
    }
}

void TestHttpParsing::responseHeadHasStandardFields()
{
    QCOMPARE(reasonPhrase(418), QByteArray("I'm a Teapot"));
    QCOMPARE(reasonPhrase(431), QByteArray("Request Header Fields Too Large"));
    QCOMPARE(reasonPhrase(599), QByteArray("Server Error"));

    HttpResponse response = HttpResponse::statusPage(405);
    response.extraHeaders.append({QByteArray("Allow"), QByteArray("GET, HEAD")});
    const QByteArray head = serializeResponseHead(response, true);
    QVERIFY(head.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
    QVERIFY(head.contains("\r\nServer: FlagLab/" FLAGLAB_VERSION "\r\n"));
    QVERIFY(head.contains("\r\nContent-Length: 23\r\n"));
    QVERIFY(head.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
    QVERIFY(head.contains("\r\nAllow: GET, HEAD\r\n"));
    QVERIFY(head.contains("\r\nConnection: keep-alive\r\n"));
    QVERIFY(head.contains("\r\nDate: "));
    QVERIFY(head.endsWith("\r\n\r\n"));
    QVERIFY(serializeResponseHead(response, false).contains("\r\nConnection: close\r\n"));
}

QTEST_GUILESS_MAIN(TestHttpParsing)
#include "tst_httpparsing.moc"
