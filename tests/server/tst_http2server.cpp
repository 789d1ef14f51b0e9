// FlagServer over HTTP/2 with prior knowledge (h2c), on the same port as
// HTTP/1.1: the same answers, the same delays, errors and pacing, streams
// counted apart from connections, and clients that reset, hang up or send
// garbage cost nothing. The client is Qt's own (Http2DirectAttribute), which
// the engine uses; raw sockets send the frames Qt never would.

#include "servertestsupport.h"

#include "server/flagserver.h"
#include "server/requestroute.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtEndian>
#include <QTest>

#include <memory>

using namespace flaglab;
using namespace flaglab::servertest;

namespace {

const QByteArray kPreface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

enum FrameType : quint8 { Data = 0x0, Headers = 0x1, RstStream = 0x3, Settings = 0x4, GoAway = 0x7 };

struct Frame {
    quint8 type = 0;
    quint8 flags = 0;
    quint32 streamId = 0;
    QByteArray payload;
};

// The test writes its own frames: the server's side is nghttp2's.
QByteArray frame(quint8 type, quint8 flags, quint32 streamId, const QByteArray &payload = {})
{
    QByteArray bytes(9, '\0');
    qToBigEndian<quint32>(quint32(payload.size()) << 8 | type, bytes.data());
    bytes[4] = char(flags);
    qToBigEndian<quint32>(streamId, bytes.data() + 5);
    return bytes + payload;
}

QList<Frame> parseFrames(const QByteArray &bytes)
{
    QList<Frame> frames;
    for (qsizetype at = 0; at + 9 <= bytes.size();) {
        Frame f;
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at) >> 8;
        f.type = quint8(bytes[at + 3]);
        f.flags = quint8(bytes[at + 4]);
        f.streamId = qFromBigEndian<quint32>(bytes.constData() + at + 5) & 0x7fffffff;
        f.payload = bytes.mid(at + 9, length);
        frames << f;
        at += 9 + length;
    }
    return frames;
}

// SETTINGS_MAX_CONCURRENT_STREAMS from the server's first SETTINGS frame; -1 if absent.
qint64 advertisedMaxStreams(const QList<Frame> &frames)
{
    for (const Frame &f : frames) {
        if (f.type != Settings || (f.flags & 0x1))
            continue;
        for (qsizetype at = 0; at + 6 <= f.payload.size(); at += 6) {
            if (qFromBigEndian<quint16>(f.payload.constData() + at) == 0x3)
                return qFromBigEndian<quint32>(f.payload.constData() + at + 2);
        }
    }
    return -1;
}

bool hasGoAway(const QList<Frame> &frames)
{
    return std::any_of(frames.begin(), frames.end(), [](const Frame &f) { return f.type == GoAway; });
}

QNetworkRequest request(quint16 port, const QString &path, bool http2)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, http2);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
    return request;
}

QString flagPath(const QString &code)
{
    return QStringLiteral("/flags/%1/%1.gif").arg(code);
}

bool waitForReplies(const QList<QNetworkReply *> &replies, int timeoutMs = 20000)
{
    return waitUntil([&] {
        return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *reply) { return reply->isFinished(); });
    }, timeoutMs);
}

int status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool usedHttp2(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
}

QStringList compiledInCodes()
{
    QStringList codes;
    const QStringList entries = QDir(QStringLiteral(":/flags")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        if (isLowerCaseCountryCode(entry.toLatin1()))
            codes << entry;
    }
    return codes;
}

// The statuses of count sequential GETs of one flag.
QList<int> statusSequence(QNetworkAccessManager &manager, quint16 port, int count, bool http2)
{
    QList<int> statuses;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<QNetworkReply> reply(manager.get(request(port, flagPath(QStringLiteral("br")), http2)));
        if (!waitForReplies({reply.get()}))
            break;
        statuses << status(reply.get());
    }
    return statuses;
}

} // namespace

class TestHttp2Server : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void bothProtocolsShareThePort();
    void everyFlagIsTheSameOverBothProtocols();
    void oneConnectionCarriesEveryStreamInFlight();
    void headAndWrongMethodsCarryOver();
    void errorsCarryOver();
    void seededErrorsRepeatAcrossProtocols();
    void bandwidthPacesEachStream();
    void maxStreamsIsAdvertised_data();
    void maxStreamsIsAdvertised();
    void lowMaxStreamsQueuesTheClient();
    void resetStreamIsForgotten();
    void clientHangingUpMidBodyIsCounted();
    void malformedInputClosesOnlyThatConnection_data();
    void malformedInputClosesOnlyThatConnection();
    void oversizedHeadersAre431();
    void idleConnectionIsSentAway();

private:
    std::unique_ptr<TempDataSet> m_data;
};

void TestHttp2Server::init()
{
    m_data = std::make_unique<TempDataSet>();
    QVERIFY(m_data->isValid());
}

void TestHttp2Server::bothProtocolsShareThePort()
{
    auto server = startServer(testConfig(m_data->root()));
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> h2(manager.get(request(server->port(), flagPath(QStringLiteral("br")), true)));
    std::unique_ptr<QNetworkReply> h1(manager.get(request(server->port(), flagPath(QStringLiteral("br")), false)));
    QVERIFY(waitForReplies({h2.get(), h1.get()}));
    QCOMPARE(h2->error(), QNetworkReply::NoError);
    QVERIFY(usedHttp2(h2.get()));
    QVERIFY(!usedHttp2(h1.get()));
    QCOMPARE(h2->readAll(), TempDataSet::gif(QStringLiteral("br")));
    QCOMPARE(h1->readAll(), TempDataSet::gif(QStringLiteral("br")));
    QCOMPARE(h2->header(QNetworkRequest::ContentTypeHeader), h1->header(QNetworkRequest::ContentTypeHeader));
    QCOMPARE(h2->rawHeader("server"), h1->rawHeader("server"));
    QCOMPARE(server->stats().requests, 2);
    QCOMPARE(server->stats().byStatus.value(200), 2);
}

void TestHttp2Server::everyFlagIsTheSameOverBothProtocols()
{
    const QStringList codes = compiledInCodes();
    QCOMPARE(codes.size(), 194);
    auto server = startServer(testConfig(QString()));
    QNetworkAccessManager manager;
    for (bool http2 : {false, true}) {
        QList<QNetworkReply *> replies;
        for (const QString &code : codes) {
            replies << manager.get(request(server->port(), flagPath(code), http2));
            replies << manager.get(request(server->port(), QStringLiteral("/flags/%1/metadata.json").arg(code), http2));
        }
        QVERIFY(waitForReplies(replies));
        for (qsizetype i = 0; i < replies.size(); ++i) {
            std::unique_ptr<QNetworkReply> reply(replies[i]);
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(usedHttp2(reply.get()), http2);
            const QString &code = codes[i / 2];
            QFile expected(QStringLiteral(":/flags/%1/%2").arg(code, i % 2 ? QStringLiteral("metadata.json")
                                                                           : code + QStringLiteral(".gif")));
            QVERIFY(expected.open(QIODevice::ReadOnly));
            QCOMPARE(reply->readAll(), expected.readAll());
        }
    }
    QCOMPARE(server->stats().byStatus.value(200), 4 * codes.size());
}

// HTTP/2's lesson: with a fixed 1 s delay, 194 requests are in flight at once
// over one TCP connection. The delay keeps them all open, so the peak is exact.
void TestHttp2Server::oneConnectionCarriesEveryStreamInFlight()
{
    auto server = startServer(slowConfig(QString(), 1000));
    const QStringList codes = compiledInCodes();
    QNetworkAccessManager manager;
    // Qt 6.4 assumes 100 streams until the server's SETTINGS arrive, and part
    // of a burst sent before then waits for a stream to end: one request first.
    std::unique_ptr<QNetworkReply> first(manager.get(request(server->port(), QStringLiteral("/stats"), true)));
    QVERIFY(waitForReplies({first.get()}));
    QList<QNetworkReply *> replies;
    QElapsedTimer clock;
    clock.start();
    for (const QString &code : codes)
        replies << manager.get(request(server->port(), flagPath(code), true));
    QVERIFY(waitForReplies(replies));
    const qint64 elapsedMs = clock.elapsed();
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(usedHttp2(reply));
        reply->deleteLater();
    }
    const ServerStats stats = server->stats();
    QCOMPARE(stats.requests, codes.size());
    QCOMPARE(stats.maxInFlight, codes.size());
    QCOMPARE(stats.maxConnections, 1);
    QCOMPARE(stats.inFlight, 0);
    QCOMPARE(stats.hungUp, 0);
    QVERIFY2(elapsedMs < 10000, qPrintable(QString::number(elapsedMs)));   // about 1 s; far from 194 s

    // /stats says the same, over HTTP/2 too.
    std::unique_ptr<QNetworkReply> json(manager.get(request(server->port(), QStringLiteral("/stats"), true)));
    QVERIFY(waitForReplies({json.get()}));
    const QJsonObject object = QJsonDocument::fromJson(json->readAll()).object();
    QCOMPARE(object.value(u"max_in_flight").toInt(), codes.size());
    QCOMPARE(object.value(u"max_connections").toInt(), 1);
    QCOMPARE(object.value(u"connections").toInt(), 1);
    QCOMPARE(object.value(u"open_connections").toInt(), 1);
}

void TestHttp2Server::headAndWrongMethodsCarryOver()
{
    auto server = startServer(testConfig(m_data->root()));
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> head(manager.head(request(server->port(), flagPath(QStringLiteral("cn")), true)));
    std::unique_ptr<QNetworkReply> post(manager.post(request(server->port(), flagPath(QStringLiteral("cn")), true),
                                                     QByteArray("ignored body")));
    std::unique_ptr<QNetworkReply> missing(manager.get(request(server->port(), flagPath(QStringLiteral("zz")), true)));
    std::unique_ptr<QNetworkReply> unknown(manager.get(request(server->port(), QStringLiteral("/nowhere"), true)));
    QVERIFY(waitForReplies({head.get(), post.get(), missing.get(), unknown.get()}));
    QCOMPARE(status(head.get()), 200);
    QCOMPARE(head->header(QNetworkRequest::ContentLengthHeader).toLongLong(), TempDataSet::gif(QStringLiteral("cn")).size());
    QVERIFY(head->readAll().isEmpty());
    QCOMPARE(status(post.get()), 405);
    QCOMPARE(post->rawHeader("allow"), QByteArray("GET, HEAD"));
    QCOMPARE(status(missing.get()), 404);
    QCOMPARE(status(unknown.get()), 404);
    QCOMPARE(server->stats().requests, 3);       // flag routes only, as over HTTP/1.1
}

void TestHttp2Server::errorsCarryOver()
{
    ServerConfig config = erringConfig(m_data->root(), 1);
    config.errorStatus = 503;
    auto server = startServer(config);
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 10; ++i)
        replies << manager.get(request(server->port(), flagPath(QStringLiteral("in")), true));
    QVERIFY(waitForReplies(replies));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(status(reply), 503);
        QVERIFY(usedHttp2(reply));
        reply->deleteLater();
    }
    QCOMPARE(server->stats().byStatus.value(503), 10);
}

void TestHttp2Server::seededErrorsRepeatAcrossProtocols()
{
    ServerConfig config = erringConfig(m_data->root(), 0.5);
    config.seed = 1234;
    auto overHttp1 = startServer(config);
    auto overHttp2 = startServer(config);
    QNetworkAccessManager manager;
    const QList<int> expected = statusSequence(manager, overHttp1->port(), 20, false);
    QCOMPARE(expected.size(), 20);
    QVERIFY(expected.contains(200) && expected.contains(418));
    QCOMPARE(statusSequence(manager, overHttp2->port(), 20, true), expected);
}

// The limit is per response, as over HTTP/1.1: two streams at 20 kB/s each
// are paced side by side on one connection, in about a second.
void TestHttp2Server::bandwidthPacesEachStream()
{
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += char(i * 31 % 251);
    QVERIFY(m_data->write(QStringLiteral("flags/br/br.gif"), big));
    QVERIFY(m_data->write(QStringLiteral("flags/cn/cn.gif"), big));
    ServerConfig config = testConfig(m_data->root());
    config.bandwidthKBps = 20;
    auto server = startServer(config);
    QNetworkAccessManager manager;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> first(manager.get(request(server->port(), flagPath(QStringLiteral("br")), true)));
    std::unique_ptr<QNetworkReply> second(manager.get(request(server->port(), flagPath(QStringLiteral("cn")), true)));
    QVERIFY(waitForReplies({first.get(), second.get()}));
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(first->readAll(), big);
    QCOMPARE(second->readAll(), big);
    QVERIFY2(elapsedMs >= 700, qPrintable(QString::number(elapsedMs)));
    QCOMPARE(server->stats().maxInFlight, 2);       // paced side by side
    QCOMPARE(server->stats().maxConnections, 1);
    QVERIFY(server->stats().bytesSent > 2 * big.size());
}

void TestHttp2Server::maxStreamsIsAdvertised_data()
{
    QTest::addColumn<int>("setting");
    QTest::addColumn<qint64>("advertised");
    QTest::newRow("default") << -1 << qint64(1000);
    QTest::newRow("low") << 3 << qint64(3);
}

void TestHttp2Server::maxStreamsIsAdvertised()
{
    QFETCH(int, setting);
    QFETCH(qint64, advertised);
    ServerConfig config = testConfig(m_data->root());
    if (setting > 0)
        config.maxConcurrentStreams = setting;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(kPreface + frame(Settings, 0, 0));
    QVERIFY(waitUntil([&] { return advertisedMaxStreams(parseFrames(client.unreadBytes())) >= 0; }, 5000));
    QCOMPARE(advertisedMaxStreams(parseFrames(client.unreadBytes())), advertised);
}

// A low cap is a lesson of its own: Qt queues what the server will not take.
void TestHttp2Server::lowMaxStreamsQueuesTheClient()
{
    ServerConfig config = slowConfig(m_data->root(), 100);
    config.maxConcurrentStreams = 4;
    auto server = startServer(config);
    QNetworkAccessManager manager;
    // One request first, so that Qt has the server's SETTINGS before the burst.
    std::unique_ptr<QNetworkReply> first(manager.get(request(server->port(), flagPath(QStringLiteral("br")), true)));
    QVERIFY(waitForReplies({first.get()}));
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i)
        replies << manager.get(request(server->port(), flagPath(QStringLiteral("br")), true));
    QVERIFY(waitForReplies(replies));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(status(reply), 200);
        reply->deleteLater();
    }
    QCOMPARE(server->stats().maxInFlight, 4);
    QCOMPARE(server->stats().maxConnections, 1);
}

// Qt resets the stream of a reply it aborts: only that request is hung up,
// and the connection goes on.
void TestHttp2Server::resetStreamIsForgotten()
{
    auto server = startServer(slowConfig(m_data->root(), 300));
    QNetworkAccessManager manager;
    QNetworkReply *leaving = manager.get(request(server->port(), flagPath(QStringLiteral("br")), true));
    std::unique_ptr<QNetworkReply> staying(manager.get(request(server->port(), flagPath(QStringLiteral("cn")), true)));
    QVERIFY(waitUntil([&] { return server->stats().inFlight == 2; }, 5000));
    leaving->abort();
    delete leaving;
    QVERIFY(waitUntil([&] { return server->stats().hungUp == 1; }, 5000));
    QCOMPARE(server->stats().inFlight, 1);
    QCOMPARE(server->stats().connections, 1);

    QVERIFY(waitForReplies({staying.get()}));
    QCOMPARE(status(staying.get()), 200);
    std::unique_ptr<QNetworkReply> next(manager.get(request(server->port(), flagPath(QStringLiteral("in")), true)));
    QVERIFY(waitForReplies({next.get()}));
    QCOMPARE(next->readAll(), TempDataSet::gif(QStringLiteral("in")));
    const ServerStats stats = server->stats();
    QCOMPARE(stats.requests, 3);
    QCOMPARE(stats.byStatus.value(200), 2);
    QCOMPARE(stats.hungUp, 1);
    QCOMPARE(stats.inFlight, 0);
    QCOMPARE(stats.maxConnections, 1);
}

void TestHttp2Server::clientHangingUpMidBodyIsCounted()
{
    QVERIFY(m_data->write(QStringLiteral("flags/br/br.gif"), QByteArray(50000, 'x')));
    ServerConfig config = testConfig(m_data->root());
    config.bandwidthKBps = 10;
    auto server = startServer(config);
    auto manager = std::make_unique<QNetworkAccessManager>();
    QNetworkReply *reply = manager->get(request(server->port(), flagPath(QStringLiteral("br")), true));
    QVERIFY(waitUntil([&] { return reply->bytesAvailable() > 1000; }, 5000));
    manager.reset();        // takes its connection with it
    QVERIFY(waitUntil([&] { return server->stats().connections == 0; }, 5000));
    const ServerStats stats = server->stats();
    QCOMPARE(stats.hungUp, 1);
    QCOMPARE(stats.inFlight, 0);
    QVERIFY(stats.bytesSent > 1000);
    QVERIFY(stats.byStatus.isEmpty());

    QNetworkAccessManager next;
    std::unique_ptr<QNetworkReply> after(next.get(request(server->port(), flagPath(QStringLiteral("cn")), true)));
    QVERIFY(waitForReplies({after.get()}));
    QCOMPARE(after->readAll(), TempDataSet::gif(QStringLiteral("cn")));
}

void TestHttp2Server::malformedInputClosesOnlyThatConnection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("goAway");
    // A SETTINGS payload must be a multiple of 6 bytes: FRAME_SIZE_ERROR.
    QTest::newRow("bad SETTINGS length") << kPreface + frame(Settings, 0, 0, "abc") << true;
    // HEADERS on stream 0: PROTOCOL_ERROR.
    QTest::newRow("HEADERS on stream 0") << kPreface + frame(Settings, 0, 0) + frame(Headers, 0x5, 0, "\x82") << true;
    // Not HPACK at all: COMPRESSION_ERROR.
    QTest::newRow("bad HPACK") << kPreface + frame(Settings, 0, 0) + frame(Headers, 0x5, 1, QByteArray(20, '\xff')) << true;
    QTest::newRow("garbage") << kPreface + QByteArray(64, '\xee') << true;
    // The preface's first line, then not the rest: no HTTP/2, no HTTP/1.1 either.
    QTest::newRow("broken preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n") << false;
}

void TestHttp2Server::malformedInputClosesOnlyThatConnection()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, goAway);
    auto server = startServer(slowConfig(m_data->root(), 300));
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> bystander(manager.get(request(server->port(), flagPath(QStringLiteral("br")), true)));
    QVERIFY(waitUntil([&] { return server->stats().inFlight == 1; }, 5000));

    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(input);
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(hasGoAway(parseFrames(client.unreadBytes())), goAway);

    QVERIFY(waitForReplies({bystander.get()}));
    QCOMPARE(status(bystander.get()), 200);
    QVERIFY(waitUntil([&] { return server->stats().connections == 1; }, 5000));
    const ServerStats stats = server->stats();
    QCOMPARE(stats.requests, 1);
    QCOMPARE(stats.hungUp, 0);
    QCOMPARE(stats.inFlight, 0);
}

void TestHttp2Server::oversizedHeadersAre431()
{
    ServerConfig config = testConfig(m_data->root());
    config.maxRequestBytes = 1024;
    auto server = startServer(config);
    QNetworkAccessManager manager;
    QNetworkRequest big = request(server->port(), flagPath(QStringLiteral("br")), true);
    big.setRawHeader("x-filler", QByteArray(2000, 'f'));
    std::unique_ptr<QNetworkReply> refused(manager.get(big));
    QVERIFY(waitForReplies({refused.get()}));
    QCOMPARE(status(refused.get()), 431);
    std::unique_ptr<QNetworkReply> fine(manager.get(request(server->port(), flagPath(QStringLiteral("br")), true)));
    QVERIFY(waitForReplies({fine.get()}));
    QCOMPARE(status(fine.get()), 200);
    QCOMPARE(server->stats().maxConnections, 1);
}

void TestHttp2Server::idleConnectionIsSentAway()
{
    ServerConfig config = testConfig(m_data->root());
    config.idleTimeoutMs = 200;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(kPreface + frame(Settings, 0, 0));
    QVERIFY(client.waitForDisconnected(5000));
    QVERIFY(hasGoAway(parseFrames(client.unreadBytes())));
    QVERIFY(waitUntil([&] { return server->stats().connections == 0; }, 5000));
}

QTEST_GUILESS_MAIN(TestHttp2Server)
#include "tst_http2server.moc"
