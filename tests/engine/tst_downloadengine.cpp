// The engine against the built-in server on loopback: outcomes, files,
// timings, real concurrency and cancelling.

#include "engine/downloadengine.h"
#include "engine/runreport.h"
#include "flags2/countrycodes.h"
#include "enginerun.h"
#include "testserver.h"

#include <QDir>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::TestServer;
using flaglab::test::configFor;
using flaglab::test::runToEnd;

namespace {

// Every code exactly once, each with a final outcome, counts that add up.
void verifyAccounting(const DownloadEngine &engine)
{
    const RunCounts counts = engine.counts();
    QCOMPARE(counts.done(), counts.requested);
    QCOMPARE(engine.records().size(), counts.requested);
    RunCounts recount;
    QSet<QString> seen;
    for (const RequestRecord &r : engine.records()) {
        QVERIFY2(r.isDone(), qPrintable(r.cc));
        QVERIFY2(!seen.contains(r.cc), qPrintable(r.cc));
        seen.insert(r.cc);
        recount.add(r.outcome);
    }
    QCOMPARE(recount.ok, counts.ok);
    QCOMPARE(recount.notFound, counts.notFound);
    QCOMPARE(recount.errors, counts.errors);
    QCOMPARE(recount.cancelled, counts.cancelled);
    QCOMPARE(engine.inFlight(), 0);
}

// A folder below a plain file: no save there can succeed. Empty if the file cannot be made.
QString unwritableDestination(const QTemporaryDir &parent)
{
    QFile blocker(parent.filePath(QStringLiteral("not-a-dir")));
    if (!blocker.open(QIODevice::WriteOnly))
        return {};
    return blocker.fileName() + QStringLiteral("/sub");
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestDownloadEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pop20AllOk()
    {
        TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dest;
        DownloadEngine engine;
        QSignalSpy finishedRequests(&engine, &DownloadEngine::requestFinished);
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), pop20Codes(), 5, dest.path())));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().ok, 20);
        QCOMPARE(finishedRequests.size(), 20);
        QStringList expected;
        for (const QString &cc : pop20Codes())
            expected << cc + QStringLiteral(".gif");
        expected.sort();
        QCOMPARE(filesIn(dest.path()), expected);
        for (const RequestRecord &r : engine.records()) {
            QCOMPARE(r.httpStatus, 200);
            QVERIFY(r.bytes > 100);
            QVERIFY(r.startedNs >= 0);
            QVERIFY(r.startedNs <= r.sentNs);
            QVERIFY(r.sentNs <= r.firstByteNs);
            QVERIFY(r.firstByteNs <= r.finishedNs);
            QFile saved(r.savedPath);
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QCOMPARE(saved.size(), r.bytes);
            QVERIFY(saved.read(6) == "GIF89a" || saved.peek(6) == "GIF87a");
        }
        // The signal carries the image for the thumbnail.
        QVERIFY(finishedRequests.first().at(1).toByteArray().startsWith("GIF8"));
    }

    void everyCodeCountsNotFound()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), everyPossibleCode(), 50, dest.path())));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().ok, 194);
        QCOMPARE(engine.counts().notFound, 676 - 194);
        QCOMPARE(engine.counts().errors, 0);
        const RequestRecord &zz = engine.records().last();
        QCOMPARE(zz.cc, QStringLiteral("ZZ"));
        QCOMPARE(zz.outcome, Outcome::NotFound);
        QCOMPARE(zz.httpStatus, 404);
        QCOMPARE(zz.error, QStringLiteral("not found: %1/zz/zz.gif").arg(server.baseUrl().toString()));
        QCOMPARE(zz.failure, FailureKind::HttpStatus);
        for (const RequestRecord &r : engine.records())
            QCOMPARE(r.failure, r.outcome == Outcome::Ok ? FailureKind::None : FailureKind::HttpStatus);
        QCOMPARE(filesIn(dest.path()).size(), 194);
    }

    // A picture can be decoded while its file is saved: the body comes first,
    // then the outcome; a 404 has no picture to announce.
    void downloadedComesBeforeFinishedWithTheSameBody()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        QList<int> downloaded;
        QHash<int, QByteArray> bodies;
        connect(&engine, &DownloadEngine::requestDownloaded, this, [&](int id, const QByteArray &body) {
            QVERIFY(!engine.records().at(id).isDone());
            downloaded << id;
            bodies.insert(id, body);
        });
        QList<int> finishedOk;
        connect(&engine, &DownloadEngine::requestFinished, this, [&](int id, const QByteArray &body) {
            if (engine.records().at(id).outcome != Outcome::Ok) {
                QVERIFY(!downloaded.contains(id));
                return;
            }
            QVERIFY2(bodies.contains(id), qPrintable(engine.records().at(id).cc));
            QCOMPARE(body, bodies.value(id));
            finishedOk << id;
        });
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(),
                                           {QStringLiteral("BR"), QStringLiteral("QQ"), QStringLiteral("CN")}, 3,
                                           dest.path())));
        verifyAccounting(engine);
        std::sort(downloaded.begin(), downloaded.end());
        std::sort(finishedOk.begin(), finishedOk.end());
        QCOMPARE(downloaded, (QList<int>{0, 2}));
        QCOMPARE(finishedOk, downloaded);
        QVERIFY(bodies.value(0).startsWith("GIF8"));
    }

    void errorServerAnswersTeapots()
    {
        ServerConfig config = TestServer::quiet(ServerConfig::Mode::Error);
        config.errorRate = 1.0;
        TestServer server(config);
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), pop20Codes(), 20, dest.path())));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().errors, 20);
        for (const RequestRecord &r : engine.records()) {
            QCOMPARE(r.httpStatus, 418);
            QCOMPARE(r.error, QStringLiteral("HTTP error 418 - I'm a Teapot"));
            QCOMPARE(r.failure, FailureKind::HttpStatus);
        }
        QVERIFY(filesIn(dest.path()).isEmpty());
    }

    void timeoutIsAnError()
    {
        TestServer server(TestServer::slow(2000));
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("CN")}, 2, dest.path());
        config.timeoutMs = 200;
        QVERIFY(runToEnd(engine, config));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().errors, 2);
        for (const RequestRecord &r : engine.records()) {
            QCOMPARE(r.error, QStringLiteral("timed out: no data for 0.2s"));
            QCOMPARE(r.failure, FailureKind::TimedOut);
        }
    }

    void refusedConnectionIsAnError()
    {
        QUrl closed;
        {
            TestServer server;
            closed = server.baseUrl();
        }   // the port is free again: nobody listens there now
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, configFor(closed, {QStringLiteral("BR"), QStringLiteral("CN"), QStringLiteral("US")}, 3,
                                           dest.path())));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().errors, 3);
        for (const RequestRecord &r : engine.records()) {
            QCOMPARE(r.error, QStringLiteral("connection refused"));
            QCOMPARE(r.failure, FailureKind::Refused);
        }
    }

    void concurrencyIsReal_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<bool>("singleManager");
        QTest::addColumn<int>("expectedAtServer");
        QTest::newRow("1") << 1 << false << 1;
        QTest::newRow("7 needs two managers") << 7 << false << 7;
        QTest::newRow("20") << 20 << false << 20;
        QTest::newRow("60") << 60 << false << 60;
        QTest::newRow("20 on one manager: Qt's cap of 6") << 20 << true << 6;
    }

    void concurrencyIsReal()
    {
        QFETCH(int, concurrency);
        QFETCH(bool, singleManager);
        QFETCH(int, expectedAtServer);
        const int delayMs = 300;
        TestServer server(TestServer::heldUntil(expectedAtServer, delayMs));
        QTemporaryDir dest;
        DownloadEngine engine;
        const int codes = std::min(60, 3 * expectedAtServer);   // three waves or more
        RunConfig config = configFor(server.baseUrl(), allCountryCodes().mid(0, codes), concurrency, dest.path());
        config.singleManager = singleManager;
        QVERIFY(runToEnd(engine, config));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().ok, codes);
        // In flight means on the wire: the engine counts what the server sees,
        // and the rest of what was handed over waited inside Qt.
        QCOMPARE(server.stats().maxInFlight, qint64(expectedAtServer));
        QCOMPARE(engine.maxInFlight(), expectedAtServer);
        QCOMPARE(engine.flight().maxQueuedInClient, std::min(concurrency, codes) - expectedAtServer);
        // Each wave of `expectedAtServer` requests waits the full delay at least.
        const int waves = (codes + expectedAtServer - 1) / expectedAtServer;
        QVERIFY2(engine.elapsedNs() >= qint64(waves) * delayMs * 1000000 * 9 / 10,
                 qPrintable(QString::number(engine.elapsedNs() / 1e9)));
    }

    void cancelAccountsForEveryCode()
    {
        TestServer server(TestServer::slow(1000));
        QTemporaryDir dest;
        DownloadEngine engine;
        QSignalSpy finished(&engine, &DownloadEngine::finished);
        QSignalSpy startedRequests(&engine, &DownloadEngine::requestStarted);
        QVERIFY(engine.start(configFor(server.baseUrl(), everyPossibleCode(), 100, dest.path())));
        QTRY_COMPARE(startedRequests.size(), 100);
        engine.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().cancelled, 676);
        QCOMPARE(engine.records().first().error, QStringLiteral("cancelled"));
        QCOMPARE(engine.records().last().error, QStringLiteral("cancelled before it started"));
        for (const RequestRecord &r : engine.records())
            QCOMPARE(r.failure, FailureKind::Cancelled);
        QVERIFY(!engine.isRunning());
        QVERIFY(filesIn(dest.path()).isEmpty());
        // The engine is reusable at once.
        QVERIFY(runToEnd(engine, configFor(server.baseUrl(), {QStringLiteral("BR")}, 1, dest.path())));
        QCOMPARE(engine.counts().ok, 1);
    }

    void nameByCountry()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("GB")}, 2, dest.path());
        config.naming = RunConfig::Naming::ByCountry;
        QVERIFY(runToEnd(engine, config));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().ok, 2);
        QCOMPARE(filesIn(dest.path()), (QStringList{"Brazil.gif", "United Kingdom.gif"}));
    }

    void bodyOverTheCapIsAnError()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), {QStringLiteral("BR")}, 1, dest.path());
        config.maxBodyBytes = 100;
        QVERIFY(runToEnd(engine, config));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().errors, 1);
        QVERIFY2(engine.records().first().error.contains(QStringLiteral("over the 100-byte cap")),
                 qPrintable(engine.records().first().error));
        QCOMPARE(engine.records().first().failure, FailureKind::BadBody);
        QVERIFY(filesIn(dest.path()).isEmpty());
    }

    // The folder is checked before the first request: start() refuses, and
    // says which folder and why.
    void unwritableDestinationRefusesTheStart()
    {
        TestServer server;
        QTemporaryDir parent;
        const QString unwritable = unwritableDestination(parent);
        QVERIFY(!unwritable.isEmpty());
        DownloadEngine engine;
        QSignalSpy started(&engine, &DownloadEngine::started);
        QString error;
        QVERIFY(!engine.start(configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("CN")}, 2, unwritable),
                              &error));
        QCOMPARE(error, QStringLiteral("cannot write to %1: Not a directory").arg(unwritable));
        QVERIFY(!engine.isRunning());
        QCOMPARE(started.size(), 0);
        QCOMPARE(server.stats().requests, 0);

        RunConfig noFiles = configFor(server.baseUrl(), {QStringLiteral("BR")}, 1, unwritable);
        noFiles.saveFiles = false;      // nothing to save: nothing to check
        QVERIFY(runToEnd(engine, noFiles));
        QCOMPARE(engine.counts().ok, 1);
    }

    // A folder that goes bad after the check (here: replaced by a file before
    // any answer is handled) still costs each code an error, not a crash.
    void destinationLostAfterTheStartIsAnErrorPerCode()
    {
        TestServer server;
        QTemporaryDir parent;
        const QString dest = parent.filePath(QStringLiteral("flags"));
        DownloadEngine engine;
        QSignalSpy downloaded(&engine, &DownloadEngine::requestDownloaded);
        QSignalSpy finished(&engine, &DownloadEngine::finished);
        QVERIFY(engine.start(configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("CN")}, 2, dest)));
        QVERIFY(QDir(dest).removeRecursively());
        QFile blocker(dest);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(finished.wait(60000));
        verifyAccounting(engine);
        QCOMPARE(downloaded.size(), 2);     // the pictures came; saving them failed
        QCOMPARE(engine.counts().errors, 2);
        QVERIFY(engine.records().first().error.startsWith(QStringLiteral("cannot save")));
        for (const RequestRecord &r : engine.records())
            QCOMPARE(r.failure, FailureKind::NotSaved);
    }

    void jsonReport()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine,
                         configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("ZZ")}, 2, dest.path())));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QJsonObject report = runReportJson(engine);
        for (const char *key : {"server", "requested", "ok", "not_found", "errors", "cancelled", "elapsed_s", "started_at",
                                "concurrency", "max_in_flight", "max_queued_in_client", "requests"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        QCOMPARE(report.value(u"requested").toInt(), 2);
        QCOMPARE(report.value(u"ok").toInt(), 1);
        QCOMPARE(report.value(u"not_found").toInt(), 1);
        const QJsonArray requests = report.value(u"requests").toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject br = requests.at(0).toObject();
        for (const char *key : {"cc", "status", "http_status", "error", "bytes", "started_s", "connecting_s",
                                "connected_s", "first_byte_s", "finished_s"})
            QVERIFY2(br.contains(QLatin1String(key)), key);
        QVERIFY(!br.contains(u"queued_s"));     // every code is queued at 0: started_s says how long it waited
        // A fresh connection for BR: each phase has a time, in order.
        const auto at = [&br](const char *key) { return br.value(QLatin1String(key)).toDouble(-1); };
        QVERIFY(at("started_s") >= 0);
        QVERIFY(at("connecting_s") >= at("started_s"));
        QVERIFY(at("connected_s") >= at("connecting_s"));
        QVERIFY(at("first_byte_s") >= at("connected_s"));
        QVERIFY(at("finished_s") >= at("first_byte_s"));
        QCOMPARE(br.value(u"status").toString(), QStringLiteral("OK"));
        QCOMPARE(br.value(u"content_type").toString(), QStringLiteral("image/gif"));
        QVERIFY(!br.contains(u"earlier_attempts"));     // only for retried codes
        const QDateTime startedAt = QDateTime::fromString(report.value(u"started_at").toString(), Qt::ISODateWithMs);
        // The run's start, not the report's time: at least the run's length ago. (A
        // run of two flags on loopback can take under 2 ms now that no flag waits
        // for the disk.)
        const qint64 elapsedMs = qint64(report.value(u"elapsed_s").toDouble() * 1000);
        QVERIFY2(startedAt.isValid() && startedAt <= after && startedAt.msecsTo(after) >= elapsedMs - 1
                     && startedAt.msecsTo(after) < 60000,
                 qPrintable(startedAt.toString(Qt::ISODateWithMs) + u' ' + after.toString(Qt::ISODateWithMs)));
        QCOMPARE(requests.at(1).toObject().value(u"status").toString(), QStringLiteral("NOT_FOUND"));
        // The kind of failure, as the tile's badge shows it: none for an OK flag.
        QVERIFY(br.contains(u"failure") && br.value(u"failure").isNull());
        QCOMPARE(requests.at(1).toObject().value(u"failure").toString(), QStringLiteral("http_status"));
        QCOMPARE(requests.at(1).toObject().value(u"http_status").toInt(), 404);
    }

    // The thread-pool model (flags2_threadpool): N threads, one blocking
    // request each; the same outcomes, the same real concurrency.
    void threadModelDownloadsAndCountsTheSame()
    {
        TestServer server;
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), everyPossibleCode().mid(0, 60), 8, dest.path());
        config.model = RunConfig::Model::Threads;
        QVERIFY(runToEnd(engine, config));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().ok + engine.counts().notFound, 60);
        const qsizetype real = std::count_if(config.codes.begin(), config.codes.end(),
                                             [](const QString &cc) { return allCountryCodes().contains(cc); });
        QCOMPARE(engine.counts().ok, int(real));
        QCOMPARE(filesIn(dest.path()).size(), real);
    }

    void threadModelConcurrencyIsReal()
    {
        TestServer server(TestServer::heldUntil(20, 300));
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), allCountryCodes().mid(0, 40), 20, dest.path());
        config.model = RunConfig::Model::Threads;
        QVERIFY(runToEnd(engine, config));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().ok, 40);
        QCOMPARE(server.stats().maxInFlight, 20);
        QVERIFY(engine.elapsedNs() >= 2 * 300 * 1000000LL * 9 / 10);
    }

    void threadModelTimeoutAndCancel()
    {
        TestServer server(TestServer::slow(2000));
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = configFor(server.baseUrl(), {QStringLiteral("BR")}, 1, dest.path());
        config.model = RunConfig::Model::Threads;
        config.timeoutMs = 200;
        QVERIFY(runToEnd(engine, config));
        QCOMPARE(engine.records().first().error, QStringLiteral("timed out: no data for 0.2s"));

        QSignalSpy finished(&engine, &DownloadEngine::finished);
        QSignalSpy startedRequests(&engine, &DownloadEngine::requestStarted);
        config.codes = allCountryCodes();
        config.concurrency = 50;
        config.timeoutMs = 3100;
        QVERIFY(engine.start(config));
        QTRY_COMPARE(startedRequests.size(), 50);
        engine.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        verifyAccounting(engine);
        QCOMPARE(engine.counts().cancelled, 194);
    }

    void rejectsBadConfig()
    {
        DownloadEngine engine;
        RunConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/flags"));
        config.codes = {QStringLiteral("BR")};
        QString error;
        config.concurrency = 0;
        QVERIFY(!engine.start(config, &error));
        QVERIFY(error.contains(QStringLiteral("concurrency")));
        config.concurrency = 1001;
        QVERIFY(!engine.start(config, &error));
        config.concurrency = 1;
        config.baseUrl = QUrl(QStringLiteral("ftp://x/flags"));
        QVERIFY(!engine.start(config, &error));
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDownloadEngine)
#include "tst_downloadengine.moc"
