// ServerThread: a FlagServer on a thread of its own, driven from this one.

#include "servertestsupport.h"

#include "server/serverthread.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace flaglab;
using namespace flaglab::servertest;

class TestServerThread : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void startsAndServes();
    void portInUseFailsWithClearError();
    void stopClosesTheListener();
    void restartsAfterStop();
    void statsSetConfigAndResetCrossThreads();
    void requestedStatsArriveWithoutWaiting();
    void logLinesArriveInOwnerThread();
    void destructorStopsWhileRequestsAreDelayed();

private:
    std::unique_ptr<TempDataSet> m_data;
};

void TestServerThread::init()
{
    m_data = std::make_unique<TempDataSet>();
    QVERIFY(m_data->isValid());
}

void TestServerThread::startsAndServes()
{
    ServerThread thread;
    QVERIFY(!thread.isRunning());
    QString error;
    QVERIFY2(thread.start(testConfig(m_data->root()), &error), qPrintable(error));
    QVERIFY(thread.isRunning());
    QVERIFY(thread.port() != 0);

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/flags/br/br.gif").arg(thread.port())))));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), TempDataSet::gif(QStringLiteral("br")));
    QCOMPARE(thread.stats().requests, 1);
}

void TestServerThread::requestedStatsArriveWithoutWaiting()
{
    ServerThread thread;
    QSignalSpy ready(&thread, &ServerThread::statsReady);
    thread.requestStats();                  // not running: no answer
    QString error;
    QVERIFY2(thread.start(testConfig(m_data->root()), &error), qPrintable(error));
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/flags/br/br.gif").arg(thread.port())))));
    QTRY_VERIFY(reply->isFinished());
    thread.requestStats();
    QCOMPARE(ready.count(), 0);             // the answer comes through the event loop
    QVERIFY(ready.wait());
    QCOMPARE(ready.count(), 1);
    const auto stats = ready.first().first().value<ServerStats>();
    QCOMPARE(stats.requests, 1);
    QCOMPARE(stats.byStatus.value(200), 1);
}

void TestServerThread::portInUseFailsWithClearError()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    ServerConfig config = testConfig(m_data->root());
    config.port = occupant.serverPort();

    ServerThread thread;
    QString error;
    QVERIFY(!thread.start(config, &error));
    QCOMPARE(error, QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(occupant.serverPort()));
    QVERIFY(!thread.isRunning());
    QCOMPARE(thread.port(), quint16(0));
    QCOMPARE(thread.stats().requests, 0);     // harmless when not running
}

void TestServerThread::stopClosesTheListener()
{
    ServerThread thread;
    QVERIFY(thread.start(testConfig(m_data->root())));
    const quint16 port = thread.port();
    thread.stop();
    QVERIFY(!thread.isRunning());
    thread.stop();      // twice is fine

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestServerThread::restartsAfterStop()
{
    ServerThread thread;
    QVERIFY(thread.start(testConfig(m_data->root())));
    ServerConfig config = testConfig(m_data->root());
    config.port = thread.port();
    thread.stop();
    QString error;
    QVERIFY2(thread.start(config, &error), qPrintable(error));   // the same port again
    QCOMPARE(thread.port(), config.port);
    RawClient client;
    QVERIFY(client.connectTo(thread.port()));
    QCOMPARE(client.get("/flags/cn/cn.gif").status, 200);
}

void TestServerThread::statsSetConfigAndResetCrossThreads()
{
    ServerThread thread;
    QVERIFY(thread.start(testConfig(m_data->root())));
    RawClient client;
    QVERIFY(client.connectTo(thread.port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QCOMPARE(thread.stats().byStatus.value(200), 1);

    ServerConfig config = erringConfig(m_data->root(), 1);
    thread.setConfig(config);
    QCOMPARE(thread.config().mode, ServerConfig::Mode::Error);
    QCOMPARE(client.get("/flags/br/br.gif").status, 418);
    QCOMPARE(thread.stats().byStatus.value(418), 1);

    thread.resetStats();
    const ServerStats stats = thread.stats();
    QCOMPARE(stats.requests, 0);
    QVERIFY(stats.byStatus.isEmpty());
    QCOMPARE(stats.connections, 1);
}

void TestServerThread::logLinesArriveInOwnerThread()
{
    ServerThread thread;
    QThread *emittedIn = nullptr;
    QStringList lines;
    connect(&thread, &ServerThread::logLine, this, [&](const QString &line) {
        emittedIn = QThread::currentThread();
        lines << line;
    });
    QVERIFY(thread.start(testConfig(m_data->root())));
    RawClient client;
    QVERIFY(client.connectTo(thread.port()));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QTRY_COMPARE(lines, QStringList{QStringLiteral("BR 200")});
    QCOMPARE(emittedIn, QThread::currentThread());
}

void TestServerThread::destructorStopsWhileRequestsAreDelayed()
{
    ServerConfig config = slowConfig(m_data->root(), 60000);
    auto thread = std::make_unique<ServerThread>();
    QVERIFY(thread->start(config));
    RawClient clients[3];
    for (RawClient &client : clients) {
        QVERIFY(client.connectTo(thread->port()));
        client.send(rawRequest("GET", "/flags/br/br.gif"));
    }
    QTRY_COMPARE(thread->stats().inFlight, 3);
    thread.reset();
    for (RawClient &client : clients)
        QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(TestServerThread)
#include "tst_serverthread.moc"
