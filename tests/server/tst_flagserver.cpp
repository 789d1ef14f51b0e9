// FlagServer behaviour: routes, the three modes, stats, pacing, clients that
// leave early, logging. The server runs in the test's thread.

#include "servertestsupport.h"
#include "flaglab_version.h"

#include "server/flagserver.h"
#include "server/inflightgate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace flaglab;
using namespace flaglab::servertest;

namespace {

QStringList logLines(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &arguments : spy)
        lines << arguments.constFirst().toString();
    return lines;
}

QList<int> statusSequence(quint16 port, int count)
{
    QList<int> statuses;
    RawClient client;
    if (!client.connectTo(port))
        return statuses;
    for (int i = 0; i < count; ++i)
        statuses << client.get("/flags/br/br.gif").status;
    return statuses;
}

} // namespace

class TestFlagServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void servesFlagsAndMetadata_data();
    void servesFlagsAndMetadata();
    void unknownPathsAre404_data();
    void unknownPathsAre404();
    void wrongMethodsAre405_data();
    void wrongMethodsAre405();
    void statsReportCountersAndSettings();
    void statsResetZeroesCounters();
    void localModeAnswersAtOnce();
    void delayModeWaitsBeforeAnswering();
    void statsIsNeverDelayed();
    void inFlightCountsRequestsBeingDelayed();
    void answersWaitUntilEnoughAreInFlight();
    void heldAnswersGoAfterTheLimit();
    void openConnectionsIsLive();
    void errorModeWithRateOneAlwaysErrs();
    void errorModeWithRateZeroNeverErrs();
    void seededServersRepeatTheirErrors();
    void seededServersRepeatTheirDelays();
    void bandwidthLimitedResponseArrivesIntact();
    void clientHangingUpMidDelayIsForgotten();
    void clientHangingUpMidBodyIsCounted();
    void filesAreCachedAfterFirstRead();
    void missingRootServesNothing();
    void servesCompiledInDataSet();
    void setConfigAppliesToNextRequests();
    void logsOnlyWhenVerbose();
    void statsChangedIsSignalled();
    void concurrentDownloadsWithNetworkAccessManager();
    void listenFailsOnBusyPort();

private:
    std::unique_ptr<TempDataSet> m_data;
};

void TestFlagServer::init()
{
    m_data = std::make_unique<TempDataSet>();
    QVERIFY(m_data->isValid());
}

void TestFlagServer::servesFlagsAndMetadata_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("contents");
    const QByteArray gif = TempDataSet::gif(QStringLiteral("br"));
    const QByteArray json = TempDataSet::metadata(QStringLiteral("br"));
    QTest::newRow("GET gif") << QByteArray("GET") << QByteArray("/flags/br/br.gif") << QByteArray("image/gif") << gif;
    QTest::newRow("HEAD gif") << QByteArray("HEAD") << QByteArray("/flags/br/br.gif") << QByteArray("image/gif") << gif;
    QTest::newRow("GET json") << QByteArray("GET") << QByteArray("/flags/br/metadata.json") << QByteArray("application/json") << json;
    QTest::newRow("HEAD json") << QByteArray("HEAD") << QByteArray("/flags/br/metadata.json") << QByteArray("application/json") << json;
    QTest::newRow("query ignored") << QByteArray("GET") << QByteArray("/flags/br/br.gif?v=2") << QByteArray("image/gif") << gif;
}

void TestFlagServer::servesFlagsAndMetadata()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, contents);
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest(method, target));
    const bool head = method == "HEAD";
    const auto response = client.readResponse(head);
    QVERIFY(response.received());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.reason, QByteArray("OK"));
    QCOMPARE(response.header("content-type"), contentType);
    QCOMPARE(response.header("content-length").toInt(), contents.size());
    QCOMPARE(response.header("server"), QByteArray("FlagLab/" FLAGLAB_VERSION));
    QCOMPARE(response.body, head ? QByteArray() : contents);
    QCOMPARE(server->stats().byStatus.value(200), 1);
}

void TestFlagServer::unknownPathsAre404_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("flagRoute");    // counted in the stats
    QTest::newRow("root") << QByteArray("/") << false;
    QTest::newRow("flags") << QByteArray("/flags") << false;
    QTest::newRow("directory") << QByteArray("/flags/br/") << false;
    QTest::newRow("favicon") << QByteArray("/favicon.ico") << false;
    QTest::newRow("upper case") << QByteArray("/flags/BR/BR.gif") << false;
    QTest::newRow("codes differ") << QByteArray("/flags/br/cn.gif") << false;
    QTest::newRow("png") << QByteArray("/flags/br/br.png") << false;
    QTest::newRow("no such flag") << QByteArray("/flags/zz/zz.gif") << true;
    QTest::newRow("no such metadata") << QByteArray("/flags/zz/metadata.json") << true;
}

void TestFlagServer::unknownPathsAre404()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, flagRoute);
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    const auto response = client.get(target);
    QVERIFY(response.received());
    QCOMPARE(response.status, 404);
    QCOMPARE(response.reason, QByteArray("Not Found"));
    QCOMPARE(response.body, QByteArray("404 Not Found\n"));
    QCOMPARE(response.header("content-type"), QByteArray("text/plain; charset=utf-8"));

    client.send(rawRequest("HEAD", target));
    const auto head = client.readResponse(true);
    QVERIFY(head.received());
    QCOMPARE(head.status, 404);
    QCOMPARE(head.header("content-length").toInt(), response.body.size());

    QCOMPARE(server->stats().byStatus.value(404), flagRoute ? 2 : 0);
    QCOMPARE(server->stats().requests, flagRoute ? 2 : 0);
}

void TestFlagServer::wrongMethodsAre405_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("POST gif") << QByteArray("POST") << QByteArray("/flags/br/br.gif") << QByteArray("GET, HEAD");
    QTest::newRow("PUT json") << QByteArray("PUT") << QByteArray("/flags/br/metadata.json") << QByteArray("GET, HEAD");
    QTest::newRow("DELETE missing") << QByteArray("DELETE") << QByteArray("/flags/zz/zz.gif") << QByteArray("GET, HEAD");
    QTest::newRow("POST stats") << QByteArray("POST") << QByteArray("/stats") << QByteArray("GET, HEAD");
    QTest::newRow("GET reset") << QByteArray("GET") << QByteArray("/stats/reset") << QByteArray("POST");
}

void TestFlagServer::wrongMethodsAre405()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, allow);
    auto server = startServer(slowConfig(m_data->root(), 60000));    // a 405 is never delayed
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest(method, target));
    const auto answer = client.readResponse();
    QVERIFY(answer.received());
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.reason, QByteArray("Method Not Allowed"));
    QCOMPARE(answer.header("allow"), allow);
}

void TestFlagServer::statsReportCountersAndSettings()
{
    ServerConfig config = erringConfig(m_data->root(), 0);
    config.bandwidthKBps = 0;
    config.seed = 99;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QCOMPARE(client.get("/flags/zz/zz.gif").status, 404);
    QCOMPARE(client.get("/nowhere").status, 404);
    const auto stats = client.get("/stats");
    QVERIFY(stats.received());
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.header("content-type"), QByteArray("application/json"));

    const QJsonObject json = QJsonDocument::fromJson(stats.body).object();
    for (const char *key : {"requests", "in_flight", "max_in_flight", "connections", "open_connections",
                            "max_connections", "hung_up",
                            "bytes_sent", "by_status", "rejected_connections", "mode", "delay_min_ms",
                            "delay_max_ms", "error_rate", "error_status", "bandwidth_kbps", "seed"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(u"requests").toInt(), 2);      // flag routes only
    QCOMPARE(json.value(u"in_flight").toInt(), 0);
    QCOMPARE(json.value(u"max_in_flight").toInt(), 1);
    QCOMPARE(json.value(u"connections").toInt(), 1);
    QCOMPARE(json.value(u"max_connections").toInt(), 1);
    QCOMPARE(json.value(u"hung_up").toInt(), 0);
    QVERIFY(json.value(u"bytes_sent").toInt() > TempDataSet::gif(QStringLiteral("br")).size());
    QCOMPARE(json.value(u"by_status").toObject().value(u"200").toInt(), 1);
    QCOMPARE(json.value(u"by_status").toObject().value(u"404").toInt(), 1);
    QCOMPARE(json.value(u"mode").toString(), QStringLiteral("error"));
    QCOMPARE(json.value(u"error_status").toInt(), 418);
    QCOMPARE(json.value(u"seed").toInt(), 99);

    config.seed.reset();
    auto unseeded = startServer(config);
    RawClient other;
    QVERIFY(other.connectTo(unseeded->port()));
    QVERIFY(QJsonDocument::fromJson(other.get("/stats").body).object().value(u"seed").isNull());
}

void TestFlagServer::statsResetZeroesCounters()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QCOMPARE(server->stats().requests, 1);

    client.send(rawRequest("POST", "/stats/reset", "Content-Length: 0\r\n"));
    const auto reset = client.readResponse();
    QVERIFY(reset.received());
    QCOMPARE(reset.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(reset.body).object();
    QCOMPARE(json.value(u"requests").toInt(), 0);
    QCOMPARE(json.value(u"bytes_sent").toInt(), 0);
    QVERIFY(json.value(u"by_status").toObject().isEmpty());
    QCOMPARE(json.value(u"connections").toInt(), 1);   // a gauge, not a counter

    const ServerStats stats = server->stats();
    QCOMPARE(stats.requests, 0);
    QCOMPARE(stats.maxInFlight, 0);
    QVERIFY(stats.byStatus.isEmpty());
}

void TestFlagServer::localModeAnswersAtOnce()
{
    auto server = startServer(testConfig(m_data->root()));
    QSignalSpy log(server.get(), &FlagServer::logLine);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QCOMPARE(client.get("/flags/zz/zz.gif").status, 404);
    QCOMPARE(client.get("/flags/cn/metadata.json").status, 200);
    QCOMPARE(logLines(log), QStringList({QStringLiteral("BR 200"), QStringLiteral("ZZ 404"),
                                         QStringLiteral("CN metadata 200")}));
}

void TestFlagServer::delayModeWaitsBeforeAnswering()
{
    auto server = startServer(slowConfig(m_data->root(), 200));
    QSignalSpy log(server.get(), &FlagServer::logLine);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));

    QElapsedTimer clock;
    clock.start();
    const auto response = client.get("/flags/br/br.gif");
    QVERIFY(response.received());
    QCOMPARE(response.status, 200);
    QVERIFY2(clock.elapsed() >= 150, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(response.body, TempDataSet::gif(QStringLiteral("br")));

    clock.restart();
    client.send(rawRequest("HEAD", "/flags/zz/zz.gif"));
    QCOMPARE(client.readResponse(true).status, 404);
    QVERIFY(clock.elapsed() >= 150);

    QCOMPARE(logLines(log).mid(0, 2), QStringList({QStringLiteral("BR delay: 0.2s"),
                                                   QStringLiteral("ZZ HEAD delay: 0.2s, 404")}));
}

// /stats is never delayed: with every flag held for a minute, it answers at
// once (well within RawClient's 10 s), while a flag request waits on another
// connection, and it says so.
void TestFlagServer::statsIsNeverDelayed()
{
    auto server = startServer(slowConfig(m_data->root(), 60000));
    RawClient waiting;
    QVERIFY(waiting.connectTo(server->port()));
    waiting.send(rawRequest("GET", "/flags/br/br.gif"));
    QTRY_COMPARE(server->stats().inFlight, 1);

    RawClient observer;
    QVERIFY(observer.connectTo(server->port()));
    const RawResponse stats = observer.get("/stats");
    QCOMPARE(stats.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(stats.body).object();
    QCOMPARE(json.value(u"in_flight").toInt(), 1);
    QCOMPARE(json.value(u"delay_min_ms").toInt(), 60000);
    QCOMPARE(observer.get("/stats").status, 200);      // and again, on the same connection
    QVERIFY(!waiting.readResponse(false, 0).received());   // the flag is still waiting
}

void TestFlagServer::inFlightCountsRequestsBeingDelayed()
{
    auto server = startServer(slowConfig(m_data->root(), 300));
    RawClient clients[3];
    for (RawClient &client : clients) {
        QVERIFY(client.connectTo(server->port()));
        client.send(rawRequest("GET", "/flags/br/br.gif"));
    }
    QTRY_COMPARE(server->stats().inFlight, 3);
    RawClient observer;
    QVERIFY(observer.connectTo(server->port()));
    const QJsonObject during = QJsonDocument::fromJson(observer.get("/stats").body).object();
    QCOMPARE(during.value(u"in_flight").toInt(), 3);

    for (RawClient &client : clients)
        QCOMPARE(client.readResponse().status, 200);
    QTRY_COMPARE(server->stats().inFlight, 0);
    QCOMPARE(server->stats().maxInFlight, 3);
    QCOMPARE(server->stats().requests, 3);
}

// ServerConfig::holdUntilInFlight: no answer, not even an undelayed one,
// until three flag requests are in flight together; then all of them.
void TestFlagServer::answersWaitUntilEnoughAreInFlight()
{
    ServerConfig config = testConfig(m_data->root());
    config.holdUntilInFlight = 3;
    auto server = startServer(config);
    RawClient clients[3];
    for (int i = 0; i < 2; ++i) {
        QVERIFY(clients[i].connectTo(server->port()));
        clients[i].send(rawRequest("GET", "/flags/br/br.gif"));
    }
    QTRY_COMPARE(server->stats().inFlight, 2);
    QVERIFY(!clients[0].readResponse(false, 0).received());
    QCOMPARE(server->stats().byStatus.value(200), 0);

    QVERIFY(clients[2].connectTo(server->port()));
    clients[2].send(rawRequest("GET", "/flags/br/br.gif"));
    for (RawClient &client : clients)
        QCOMPARE(client.readResponse().status, 200);
    QCOMPARE(server->stats().maxInFlight, 3);

    // Open from then on, until a reset arms it again.
    QCOMPARE(clients[0].get("/flags/br/br.gif").status, 200);
    server->resetStats();
    clients[1].send(rawRequest("GET", "/flags/br/br.gif"));
    QTRY_COMPARE(server->stats().inFlight, 1);
    QVERIFY(!clients[1].readResponse(false, 0).received());
}

// A client that never gets that many in flight is answered late, not never.
void TestFlagServer::heldAnswersGoAfterTheLimit()
{
    InFlightGate gate;
    gate.arm(3, 50);
    QObject context;
    int ran = 0;
    gate.pass(&context, [&] { ++ran; });
    gate.noteInFlight(2);
    QCOMPARE(ran, 0);
    QVERIFY(!gate.isOpen());
    QTRY_COMPARE(ran, 1);
    QVERIFY(gate.isOpen());
    gate.pass(&context, [&] { ++ran; });
    QCOMPARE(ran, 2);

    // Work whose context is gone when the gate opens is dropped.
    gate.arm(3, 60000);
    {
        QObject gone;
        gate.pass(&gone, [&] { ++ran; });
    }
    gate.noteInFlight(3);
    QCOMPARE(ran, 2);
    QVERIFY(gate.isOpen());
}

// /stats's open_connections is live: the connections open now (the
// observer's own among them), beside in_flight; max_connections keeps the most.
void TestFlagServer::openConnectionsIsLive()
{
    auto server = startServer(slowConfig(m_data->root(), 60000));
    RawClient clients[3];
    for (RawClient &client : clients) {
        QVERIFY(client.connectTo(server->port()));
        client.send(rawRequest("GET", "/flags/br/br.gif"));
    }
    QVERIFY(waitUntil([&server] { return server->stats().inFlight == 3; }, 10000));
    RawClient observer;
    QVERIFY(observer.connectTo(server->port()));
    QJsonObject json = QJsonDocument::fromJson(observer.get("/stats").body).object();
    QCOMPARE(json.value(u"in_flight").toInt(), 3);
    QCOMPARE(json.value(u"open_connections").toInt(), 4);
    QCOMPARE(json.value(u"max_connections").toInt(), 4);

    clients[0].socket().abort();
    clients[1].socket().abort();
    QVERIFY(waitUntil([&server] { return server->stats().connections == 2; }, 10000));
    json = QJsonDocument::fromJson(observer.get("/stats").body).object();
    QCOMPARE(json.value(u"open_connections").toInt(), 2);
    QCOMPARE(json.value(u"in_flight").toInt(), 1);
    QCOMPARE(json.value(u"max_connections").toInt(), 4);
    QCOMPARE(json.value(u"open_connections").toInt(), json.value(u"connections").toInt());
}

void TestFlagServer::errorModeWithRateOneAlwaysErrs()
{
    ServerConfig config = erringConfig(m_data->root(), 1.0);
    config.seed = 1;
    auto server = startServer(config);
    QSignalSpy log(server.get(), &FlagServer::logLine);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    for (const char *target : {"/flags/br/br.gif", "/flags/cn/cn.gif", "/flags/zz/zz.gif", "/flags/in/metadata.json"}) {
        const auto response = client.get(target);
        QVERIFY(response.received());
        QCOMPARE(response.status, 418);
        QCOMPARE(response.reason, QByteArray("I'm a Teapot"));
        QCOMPARE(response.body, QByteArray("418 I'm a Teapot\n"));
    }
    QCOMPARE(server->stats().byStatus.value(418), 4);
    QCOMPARE(logLines(log).constFirst(), QStringLiteral("BR error 418"));

    // Errors are delayed like everything else, and the status is configurable.
    config.delayMinMs = config.delayMaxMs = 200;
    config.errorStatus = 503;
    server->setConfig(config);
    QElapsedTimer clock;
    clock.start();
    const auto delayed = client.get("/flags/br/br.gif");
    QCOMPARE(delayed.status, 503);
    QCOMPARE(delayed.reason, QByteArray("Service Unavailable"));
    QVERIFY(clock.elapsed() >= 150);
    QCOMPARE(logLines(log).constLast(), QStringLiteral("BR delay: 0.2s, error 503"));
}

void TestFlagServer::errorModeWithRateZeroNeverErrs()
{
    auto server = startServer(erringConfig(m_data->root(), 0.0));
    const QList<int> statuses = statusSequence(server->port(), 50);
    QCOMPARE(statuses, QList<int>(50, 200));
}

void TestFlagServer::seededServersRepeatTheirErrors()
{
    ServerConfig config = erringConfig(m_data->root(), 0.5);
    config.seed = 2024;
    auto first = startServer(config);
    auto second = startServer(config);
    config.seed = 2025;
    auto other = startServer(config);

    const QList<int> firstRun = statusSequence(first->port(), 40);
    QCOMPARE(statusSequence(second->port(), 40), firstRun);
    QVERIFY(firstRun.contains(200) && firstRun.contains(418));
    QVERIFY(statusSequence(other->port(), 40) != firstRun);
}

void TestFlagServer::seededServersRepeatTheirDelays()
{
    ServerConfig config = slowConfig(m_data->root(), 1, 40);
    config.seed = 5;
    QStringList runs[2];
    for (QStringList &run : runs) {
        auto server = startServer(config);
        QSignalSpy log(server.get(), &FlagServer::logLine);
        QCOMPARE(statusSequence(server->port(), 12), QList<int>(12, 200));
        run = logLines(log);
    }
    QCOMPARE(runs[0].size(), 12);
    QCOMPARE(runs[1], runs[0]);
    QVERIFY(QSet<QString>(runs[0].begin(), runs[0].end()).size() > 1);
}

void TestFlagServer::bandwidthLimitedResponseArrivesIntact()
{
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += char(i * 31 % 251);
    QVERIFY(m_data->write(QStringLiteral("flags/br/br.gif"), big));
    ServerConfig config = testConfig(m_data->root());
    config.bandwidthKBps = 20;      // 20 000 bytes in about one second
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));

    QElapsedTimer clock;
    clock.start();
    const auto response = client.get("/flags/br/br.gif");
    QVERIFY(response.received());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.size(), big.size());
    QCOMPARE(response.body, big);
    QVERIFY2(clock.elapsed() >= 700, qPrintable(QString::number(clock.elapsed())));

    const auto next = client.get("/flags/cn/cn.gif");      // framing intact after a paced body
    QCOMPARE(next.body, TempDataSet::gif(QStringLiteral("cn")));
}

void TestFlagServer::clientHangingUpMidDelayIsForgotten()
{
    auto server = startServer(slowConfig(m_data->root(), 300));
    QSignalSpy log(server.get(), &FlagServer::logLine);

    RawClient leaving;
    QVERIFY(leaving.connectTo(server->port()));
    leaving.send(rawRequest("GET", "/flags/br/br.gif"));
    QTRY_COMPARE(server->stats().inFlight, 1);
    leaving.socket().abort();
    QTRY_COMPARE(server->stats().hungUp, 1);
    QCOMPARE(server->stats().inFlight, 0);
    QVERIFY(logLines(log).contains(QStringLiteral("BR hung up")));

    // A later client is served, after the abandoned request's delay has passed.
    RawClient staying;
    QVERIFY(staying.connectTo(server->port()));
    const auto response = staying.get("/flags/br/br.gif");
    QVERIFY(response.received());
    QCOMPARE(response.status, 200);
    const ServerStats stats = server->stats();
    QCOMPARE(stats.requests, 2);
    QCOMPARE(stats.byStatus.value(200), 1);
    QCOMPARE(stats.hungUp, 1);
    QCOMPARE(stats.inFlight, 0);
}

void TestFlagServer::clientHangingUpMidBodyIsCounted()
{
    QVERIFY(m_data->write(QStringLiteral("flags/br/br.gif"), QByteArray(50000, 'x')));
    ServerConfig config = testConfig(m_data->root());
    config.bandwidthKBps = 10;
    auto server = startServer(config);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send(rawRequest("GET", "/flags/br/br.gif"));
    QVERIFY(waitUntil([&] { return client.unreadBytes().size() > 1000; }, 5000));
    client.socket().abort();
    QTRY_COMPARE(server->stats().hungUp, 1);
    QCOMPARE(server->stats().inFlight, 0);
    QVERIFY(server->stats().bytesSent > 1000);
    QVERIFY(server->stats().byStatus.isEmpty());
}

void TestFlagServer::filesAreCachedAfterFirstRead()
{
    auto server = startServer(testConfig(m_data->root()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QVERIFY(QFile::remove(m_data->path(QStringLiteral("flags/br/br.gif"))));
    const auto cached = client.get("/flags/br/br.gif");
    QCOMPARE(cached.status, 200);
    QCOMPARE(cached.body, TempDataSet::gif(QStringLiteral("br")));

    // A miss is not remembered: a file that appears later is served.
    QCOMPARE(client.get("/flags/fr/fr.gif").status, 404);
    QVERIFY(m_data->write(QStringLiteral("flags/fr/fr.gif"), TempDataSet::gif(QStringLiteral("fr"))));
    QCOMPARE(client.get("/flags/fr/fr.gif").status, 200);
}

void TestFlagServer::missingRootServesNothing()
{
    auto server = startServer(testConfig(m_data->path(QStringLiteral("no-such-dir"))));
    QVERIFY(server->isListening());
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 404);
}

void TestFlagServer::servesCompiledInDataSet()
{
    // Always compiled in: resources/CMakeLists.txt refuses to configure without its 389 files.
    QVERIFY(QFile::exists(QStringLiteral(":/flags/br/br.gif")));
    auto server = startServer(testConfig(QString()));
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    const auto gif = client.get("/flags/br/br.gif");
    QCOMPARE(gif.status, 200);
    QVERIFY(gif.body.startsWith("GIF8"));
    const auto json = client.get("/flags/br/metadata.json");
    QCOMPARE(json.status, 200);
    QCOMPARE(QJsonDocument::fromJson(json.body).object().value(u"iso_cc").toString(), QStringLiteral("BR"));
    QCOMPARE(client.get("/flags/zz/zz.gif").status, 404);
}

void TestFlagServer::setConfigAppliesToNextRequests()
{
    auto server = startServer(testConfig(m_data->root()));
    const quint16 port = server->port();
    RawClient client;
    QVERIFY(client.connectTo(port));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);

    ServerConfig config = erringConfig(m_data->root(), 1);
    config.port = 1;                    // kept as it was
    server->setConfig(config);
    QCOMPARE(server->port(), port);
    QCOMPARE(server->config().port, quint16(0));
    QCOMPARE(client.get("/flags/br/br.gif").status, 418);
}

void TestFlagServer::logsOnlyWhenVerbose()
{
    ServerConfig config = testConfig(m_data->root());
    config.verbose = false;
    auto server = startServer(config);
    QSignalSpy log(server.get(), &FlagServer::logLine);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QCOMPARE(log.size(), 0);
}

void TestFlagServer::statsChangedIsSignalled()
{
    auto server = startServer(testConfig(m_data->root()));
    QSignalSpy changed(server.get(), &FlagServer::statsChanged);
    RawClient client;
    QVERIFY(client.connectTo(server->port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QVERIFY(changed.wait());
}

void TestFlagServer::concurrentDownloadsWithNetworkAccessManager()
{
    auto server = startServer(slowConfig(m_data->root(), 10, 80));
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    const QStringList codes{QStringLiteral("br"), QStringLiteral("cn"), QStringLiteral("in")};
    for (int round = 0; round < 4; ++round) {
        for (const QString &code : codes) {
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/flags/%2/%2.gif").arg(server->port()).arg(code));
            replies << manager.get(QNetworkRequest(url));
        }
    }
    QTRY_VERIFY(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *reply) { return reply->isFinished(); }));
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i];
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), TempDataSet::gif(codes[i % codes.size()]));
        reply->deleteLater();
    }
    QCOMPARE(server->stats().requests, 12);
    QVERIFY(server->stats().maxInFlight > 1);
    QVERIFY(server->stats().maxConnections < 12);   // keep-alive connections were reused
}

void TestFlagServer::listenFailsOnBusyPort()
{
    auto first = startServer(testConfig(m_data->root()));
    ServerConfig config = testConfig(m_data->root());
    config.port = first->port();
    FlagServer second(config);
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY(!second.isListening());
    QCOMPARE(error, QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(first->port()));
}

QTEST_GUILESS_MAIN(TestFlagServer)
#include "tst_flagserver.moc"
