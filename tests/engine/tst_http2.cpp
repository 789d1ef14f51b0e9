// The engine over HTTP/2 (issue 14): many streams on few connections, the
// protocol each answer came over, and a clear failure against a server
// that speaks only HTTP/1.1.

#include "engine/downloadengine.h"
#include "engine/http2check.h"
#include "engine/runreport.h"
#include "flags2/countrycodes.h"
#include "flagfiles.h"
#include "scriptedserver.h"
#include "enginerun.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::ScriptedReply;
using flaglab::test::ScriptedRequest;
using flaglab::test::ScriptedServer;
using flaglab::test::TestServer;
using flaglab::test::runToEnd;

namespace {

// A test's run (test::configFor) over the given protocol.
RunConfig configFor(const QUrl &baseUrl, const QStringList &codes, int concurrency, const QString &dest,
                    RunConfig::Protocol protocol)
{
    RunConfig config = test::configFor(baseUrl, codes, concurrency, dest);
    config.protocol = protocol;
    return config;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHttp2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The lesson: flaglab-cli --http2 -a -m 194 at a fixed 1 s delay
    // takes about 1 s, and the server sees all 194 in flight at once over
    // ceil(194 / 100) = 2 connections.
    void everyFlagInFlightOverTwoConnections()
    {
        TestServer server(TestServer::heldUntil(194, 1000));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dest;
        DownloadEngine engine;
        const QStringList codes = allCountryCodes();
        QCOMPARE(codes.size(), 194);
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), codes, 194, dest.path(), RunConfig::Protocol::Http2)));
        QCOMPARE(engine.counts().ok, 194);
        QCOMPARE(engine.maxInFlight(), 194);
        const ServerStats stats = server.stats();
        QCOMPARE(stats.maxInFlight, 194);
        QVERIFY2(stats.maxConnections <= 2, qPrintable(QString::number(stats.maxConnections)));
        QVERIFY2(engine.elapsedNs() < 5'000'000'000, qPrintable(QString::number(engine.elapsedNs() / 1e9)));
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.httpVersion, QStringLiteral("2"));
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dest.path(), &problem), qPrintable(problem));
    }

    void bothProtocolsSaveTheSameBytes()
    {
        TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir one;
        QTemporaryDir two;
        DownloadEngine engine;
        const QStringList codes = allCountryCodes();
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), codes, 50, one.path(), RunConfig::Protocol::Http1)));
        QCOMPARE(engine.counts().ok, 194);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.httpVersion, QStringLiteral("1.1"));
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), codes, 50, two.path(), RunConfig::Protocol::Http2)));
        QCOMPARE(engine.counts().ok, 194);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.httpVersion, QStringLiteral("2"));
        const QStringList files = QDir(one.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 194);
        QCOMPARE(QDir(two.path()).entryList(QDir::Files, QDir::Name), files);
        for (const QString &name : files)
            QVERIFY2(fileBytes(one.filePath(name)) == fileBytes(two.filePath(name)), qPrintable(name));
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(two.path(), &problem), qPrintable(problem));
    }

    // The not-found answers and the report carry the protocol too.
    void reportNamesTheProtocolAndEachAnswersVersion()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("ZZ")}, 2,
                                           dest.path(), RunConfig::Protocol::Http2)));
        const QJsonObject report = runReportJson(engine);
        QCOMPARE(report.value(u"protocol").toString(), QStringLiteral("HTTP/2"));
        const QJsonArray requests = report.value(u"requests").toArray();
        QCOMPARE(requests.at(0).toObject().value(u"http_version").toString(), QStringLiteral("2"));
        QCOMPARE(requests.at(1).toObject().value(u"http_status").toInt(), 404);
        QCOMPARE(requests.at(1).toObject().value(u"http_version").toString(), QStringLiteral("2"));

        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), {QStringLiteral("BR")}, 1, dest.path(),
                                           RunConfig::Protocol::Http1)));
        const QJsonObject http1 = runReportJson(engine);
        QCOMPARE(http1.value(u"protocol").toString(), QStringLiteral("HTTP/1.1"));
        QCOMPARE(http1.value(u"requests").toArray().at(0).toObject().value(u"http_version").toString(),
                 QStringLiteral("1.1"));
    }

    // A request that got no answer has no version.
    void noAnswerNoVersion()
    {
        ScriptedServer server([](const ScriptedRequest &, int) { return ScriptedReply::reset(); });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), {QStringLiteral("BR")}, 1, dest.path(),
                                           RunConfig::Protocol::Http1)));
        QCOMPARE(engine.records().at(0).outcome, Outcome::Error);
        QVERIFY(engine.records().at(0).httpVersion.isEmpty());
        QVERIFY(runReportJson(engine).value(u"requests").toArray().at(0).toObject().value(u"http_version").isNull());
    }

    // The book's Python servers speak HTTP/1.x only. Qt 6.4 would wait for
    // ever; every request fails at once, and says why.
    void http1OnlyServerFailsEveryRequestClearly()
    {
        ScriptedServer server([](const ScriptedRequest &, int) {
            ScriptedReply reply = ScriptedReply::http(505, "HTTP Version Not Supported", "no HTTP/2 here", {}, "text/plain");
            reply.closeAfter = true;
            return reply;
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        const QStringList codes = pop20Codes();
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), codes, 20, dest.path(), RunConfig::Protocol::Http2), 10000));
        QCOMPARE(engine.counts().errors, 20);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.error, QStringLiteral("server does not speak HTTP/2 (prior knowledge): it answered "
                                                  "'HTTP/1.1 505 HTTP Version Not Supported'"));
        QVERIFY2(engine.elapsedNs() < 2'000'000'000, qPrintable(QString::number(engine.elapsedNs() / 1e9)));
        QCOMPARE(server.requests().size(), 1);      // the check's preface only: no request went out
        QVERIFY(QDir(dest.path()).isEmpty());
    }

    // No server at all: the check cannot tell, and the requests say what is wrong.
    void refusedConnectionStaysARefusedConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(QUrl(QStringLiteral("http://127.0.0.1:%1/flags").arg(port)),
                                           {QStringLiteral("BR")}, 1, dest.path(), RunConfig::Protocol::Http2), 10000));
        QCOMPARE(engine.records().at(0).error, QStringLiteral("connection refused"));
    }

    void checkJudgesTheFirstBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("answer");
        const auto speaks = int(Http2Check::Verdict::Speaks);
        const auto doesNot = int(Http2Check::Verdict::DoesNot);
        const auto unknown = int(Http2Check::Verdict::Unknown);
        QTest::newRow("SETTINGS") << QByteArray("\0\0\x06\x04\0\0\0\0\0\0\x03\0\0\x03\xe8", 15) << false << speaks << QString();
        QTest::newRow("half a frame header") << QByteArray("\0\0\x06\x04", 4) << false << unknown << QString();
        QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << false << doesNot
                                  << QStringLiteral("HTTP/1.1 400 Bad Request");
        QTest::newRow("HTML, then closed") << QByteArray("<html>") << true << doesNot << QStringLiteral("<html>");
        QTest::newRow("a frame, not SETTINGS") << QByteArray("\0\0\x08\x07\0\0\0\0\0", 9) << false << doesNot
                                               << QStringLiteral("?????????");
        QTest::newRow("closed without a word") << QByteArray() << true << unknown << QString();
    }

    void checkJudgesTheFirstBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closed);
        QFETCH(int, verdict);
        QFETCH(QString, answer);
        QString reason;
        QCOMPARE(int(Http2Check::judge(bytes, closed, &reason)), verdict);
        if (verdict == int(Http2Check::Verdict::DoesNot))
            QCOMPARE(reason, QStringLiteral("server does not speak HTTP/2 (prior knowledge): it answered '%1'").arg(answer));
    }

    // One thread, one manager, one connection each: HTTP/2 gains nothing there, and the header says so.
    void connectionsPlanned()
    {
        RunConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/flags"));
        QCOMPARE(config.http2Connections(100), 0);
        config.protocol = RunConfig::Protocol::Http2;
        QCOMPARE(config.http2Connections(1), 1);
        QCOMPARE(config.http2Connections(100), 1);
        QCOMPARE(config.http2Connections(194), 2);
        QCOMPARE(config.http2Connections(1000), 10);
        QVERIFY(config.http2PriorKnowledge());
        config.model = RunConfig::Model::Threads;
        QCOMPARE(config.http2Connections(20), 20);
        config.baseUrl = QUrl(QStringLiteral("https://localhost/flags"));
        QVERIFY(!config.http2PriorKnowledge());
    }
};

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
