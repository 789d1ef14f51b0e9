// Acting responsibly: which hosts are ours, the retry schedule, Retry-After,
// and the User-Agent a server sees.

#include "engine/downloadengine.h"
#include "engine/loadpolicy.h"
#include "engine/retrypolicy.h"
#include "engine/runreport.h"
#include "enginerun.h"
#include "flaglab_version.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::ScriptedReply;
using flaglab::test::ScriptedRequest;
using flaglab::test::ScriptedServer;
using flaglab::test::runToEnd;

namespace {

// One flag, BR, retried after short, seeded back-offs.
RunConfig configFor(const QUrl &base, const QString &dest)
{
    RunConfig config = test::configFor(base, {QStringLiteral("BR")}, 1, dest);
    config.jitterSeed = 42;
    config.retryBaseDelayMs = 50;
    return config;
}

ScriptedReply okGif()
{
    return ScriptedReply::http(200, "OK", ScriptedServer::tinyGif());
}

} // namespace

class TestPoliteClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostClassification_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ours");
        QTest::newRow("localhost") << "http://localhost:8000/flags" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST:8000/flags" << true;
        QTest::newRow("sub.localhost") << "http://flags.localhost/flags" << true;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8001/flags" << true;
        QTest::newRow("127.8.9.10") << "http://127.8.9.10/flags" << true;
        QTest::newRow("[::1]") << "http://[::1]:8002/flags" << true;
        QTest::newRow("v4-mapped loopback") << "http://[::ffff:127.0.0.1]/flags" << true;
        QTest::newRow("built-in by host:port") << "http://lab.example:8001/flags" << true;
        QTest::newRow("book REMOTE") << "https://www.fluentpython.com/data/flags" << false;
        QTest::newRow("private v4") << "http://192.168.1.10/flags" << false;
        QTest::newRow("public v4") << "http://8.8.8.8/flags" << false;
        QTest::newRow("v6 address") << "http://[2001:db8::1]/flags" << false;
        QTest::newRow("localhost as a prefix") << "http://localhost.example.com/flags" << false;
        QTest::newRow("built-in name, other port") << "http://lab.example:9999/flags" << false;
    }

    void hostClassification()
    {
        QFETCH(QString, url);
        LoadPolicy policy;
        policy.setBuiltInHosts({QStringLiteral("lab.example:8001")});
        QTEST(policy.isOurs(QUrl(url)), "ours");
    }

    void testHookMakesLoopbackRemote()
    {
        qputenv("FLAGLAB_TREAT_AS_REMOTE", "127.0.0.1, example.invalid");
        const LoadPolicy policy = LoadPolicy::fromEnvironment();
        qunsetenv("FLAGLAB_TREAT_AS_REMOTE");
        QVERIFY(!policy.isOurs(QUrl(QStringLiteral("http://127.0.0.1:8000/flags"))));
        QVERIFY(policy.isOurs(QUrl(QStringLiteral("http://localhost:8000/flags"))));
    }

    void confirmation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("needed");
        const QString remote = QStringLiteral("http://flags.example.org/flags");
        const QString book = QStringLiteral("https://www.fluentpython.com/data/flags");
        QTest::newRow("ours, heavy") << "http://localhost:8000/flags" << "LOCAL" << 1000 << 676 << false;
        QTest::newRow("remote at the cap") << remote << "CUSTOM" << 10 << 194 << false;
        QTest::newRow("remote over the cap") << remote << "CUSTOM" << 11 << 194 << true;
        QTest::newRow("REMOTE at the book's 5") << book << "REMOTE" << 5 << 20 << false;
        QTest::newRow("REMOTE at 6") << book << "REMOTE" << 6 << 20 << true;
        QTest::newRow("remote -e") << remote << "CUSTOM" << 5 << 676 << true;
    }

    void confirmation()
    {
        QFETCH(QString, url);
        QFETCH(QString, label);
        QFETCH(int, concurrency);
        QFETCH(int, requests);
        QFETCH(bool, needed);
        const QString why = LoadPolicy().confirmationNeeded(QUrl(url), label, concurrency, requests);
        QCOMPARE(!why.isEmpty(), needed);
        if (needed)
            QVERIFY2(why.contains(QStringLiteral("denial-of-service")), qPrintable(why));
    }

    void backoffSchedule()
    {
        RunConfig config;
        config.retries = 3;
        config.retryBaseDelayMs = 500;
        config.jitterSeed = 7;
        RetryPolicy policy(config);
        const int bounds[][2] = {{250, 500}, {500, 1000}, {1000, 2000}};
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const auto decision = policy.decide(attempt, 503, {});
            QVERIFY(decision.retry);
            QVERIFY2(decision.delayMs >= bounds[attempt - 1][0] && decision.delayMs <= bounds[attempt - 1][1],
                     qPrintable(QString::number(decision.delayMs)));
        }
        QVERIFY(!policy.decide(4, 503, {}).retry);          // retries used up
        QVERIFY(!policy.decide(1, 404, {}).retry);          // a retry cannot fix these
        QVERIFY(!policy.decide(1, 418, {}).retry);
        QVERIFY(policy.decide(1, 0, {}).retry);             // refused, reset, timed out
        // Same seed, same schedule.
        RetryPolicy a(config), b(config);
        QCOMPARE(a.decide(2, 500, {}).delayMs, b.decide(2, 500, {}).delayMs);
    }

    void retryAfterIsHonoured()
    {
        RunConfig config;
        config.retries = 1;
        config.retryBaseDelayMs = 100;
        config.maxRetryAfterMs = 60000;
        RetryPolicy policy(config);
        QCOMPARE(policy.decide(1, 503, "7").delayMs, 7000);
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::retryAfterMs("Sun, 22 Nov 2026 10:00:30 GMT", now), 30000);
        QCOMPARE(RetryPolicy::retryAfterMs("soon", now), std::nullopt);
        QCOMPARE(RetryPolicy::retryAfterMs("-5", now), std::nullopt);
        const auto tooLong = policy.decide(1, 503, "3600");
        QVERIFY(!tooLong.retry);
        QCOMPARE(tooLong.note, QStringLiteral("Retry-After 3600s is over the 60s limit"));
    }

    void engineRetries503ThenSucceeds()
    {
        ScriptedServer server([](const ScriptedRequest &, int n) {
            return n == 1 ? ScriptedReply::http(503, "Service Unavailable", "busy", {"Retry-After: 1"}, "text/plain")
                          : okGif();
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QSignalSpy retrying(&engine, &DownloadEngine::requestRetrying);
        RunConfig config = configFor(server.baseUrl(), dest.path());
        config.retries = 2;
        QVERIFY(runToEnd(engine, config, 10000));
        const RequestRecord &br = engine.records().first();
        QCOMPARE(br.outcome, Outcome::Ok);
        QCOMPARE(br.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(retrying.size(), 1);
        QVERIFY(retrying.first().at(1).toInt() >= 1000);
        QCOMPARE(br.attemptStartsNs.size(), 2);
        QCOMPARE(br.attemptEndsNs.size(), 2);
        QVERIFY(br.attemptEndsNs[0] <= br.attemptStartsNs[1]);
        QVERIFY2(br.attemptStartsNs[1] - br.attemptEndsNs[0] >= 1000000000LL, "retried sooner than Retry-After");
        QCOMPARE(br.attemptErrors, QStringList{retrying.first().at(2).toString()});
        QVERIFY(br.attemptErrors.first().contains(u"503"));
        // The report keeps the failed attempt, with its times and reason.
        const QJsonArray earlier = runReportJson(engine).value(u"requests").toArray().first()
                                       .toObject().value(u"earlier_attempts").toArray();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().toObject().value(u"error").toString(), br.attemptErrors.first());
        QCOMPARE(earlier.first().toObject().value(u"ended_s").toDouble(), double(br.attemptEndsNs[0]) / 1e9);
    }

    void noRetriesByDefault()
    {
        ScriptedServer server([](const ScriptedRequest &, int) {
            return ScriptedReply::http(503, "Service Unavailable", "busy", {"Retry-After: 1"}, "text/plain");
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), dest.path()), 10000));
        QCOMPARE(engine.records().first().outcome, Outcome::Error);
        QCOMPARE(engine.records().first().error, QStringLiteral("HTTP error 503 - Service Unavailable"));
        QCOMPARE(server.requests().size(), 1);
    }

    void retriesGiveUpWithTheLastReason()
    {
        ScriptedServer server([](const ScriptedRequest &, int) {
            return ScriptedReply::http(500, "Internal Server Error", "oops", {}, "text/plain");
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), dest.path());
        config.retries = 2;
        QVERIFY(runToEnd(engine, config, 10000));
        QCOMPARE(engine.records().first().attempts, 3);
        QCOMPARE(engine.records().first().error, QStringLiteral("HTTP error 500 - Internal Server Error"));
        QCOMPARE(server.requests().size(), 3);
    }

    void honestUserAgent()
    {
        ScriptedServer server([](const ScriptedRequest &, int) { return okGif(); });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), dest.path()), 10000));
        const QByteArray agent = server.requests().first().header("User-Agent");
        QCOMPARE(agent, QByteArray("FlagLab/" FLAGLAB_VERSION " Qt/") + qVersion());
    }
};

QTEST_GUILESS_MAIN(TestPoliteClient)
#include "tst_politeclient.moc"
