#include "runcontrols/enginethread.h"

#include "enginerun.h"
#include "flags2/countrycodes.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;

namespace {

// POP20, sorted as the window asks for it, at -m concurrency.
RunConfig configFor(const QUrl &base, const QString &destination, int concurrency = 5)
{
    QStringList codes = pop20Codes();
    codes.sort();
    return test::configFor(base, codes, concurrency, destination);
}

} // namespace

class TestEngineThread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mirrorsARunInOrder()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        EngineThread engine;
        QStringList order;
        connect(&engine, &EngineThread::requestStarted, this, [&](int id) { order << QStringLiteral("s%1").arg(id); });
        connect(&engine, &EngineThread::requestDownloaded, this, [&](int id, const QByteArray &body) {
            order << QStringLiteral("d%1").arg(id);
            QVERIFY(body.startsWith("GIF8"));
        });
        connect(&engine, &EngineThread::requestFinished, this, [&](int id, const QByteArray &body) {
            order << QStringLiteral("f%1").arg(id);
            QCOMPARE(engine.records().at(id).outcome, Outcome::Ok);
            QVERIFY(body.startsWith("GIF8"));
            QVERIFY(engine.finishReportedNs(id) > 0);
        });
        QSignalSpy finished(&engine, &EngineThread::finished);
        QVERIFY(engine.start(configFor(server.baseUrl(), dir.path())));
        QVERIFY(engine.isRunning());
        QCOMPARE(engine.records().size(), 20);      // the mirror exists at once, all pending
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(!engine.isRunning());

        QCOMPARE(engine.counts().ok, 20);
        QCOMPARE(engine.counts().done(), 20);
        QVERIFY(engine.maxInFlight() >= 1 && engine.maxInFlight() <= 5);
        for (int id = 0; id < 20; ++id) {
            QVERIFY(order.indexOf(QStringLiteral("s%1").arg(id)) >= 0);
            QVERIFY(order.indexOf(QStringLiteral("s%1").arg(id)) < order.indexOf(QStringLiteral("d%1").arg(id)));
            QVERIFY(order.indexOf(QStringLiteral("d%1").arg(id)) < order.indexOf(QStringLiteral("f%1").arg(id)));
            QVERIFY(!engine.records().at(id).savedPath.isEmpty());
        }
        const QJsonObject report = engine.report();
        QCOMPARE(report.value(u"ok").toInt(), 20);
        QCOMPARE(report.value(u"requests").toArray().size(), 20);
        QVERIFY(engine.elapsedNs() > 0);
        QCOMPARE(engine.elapsedNs(), qint64(report.value(u"elapsed_s").toDouble() * 1e9 + 0.5));
    }

    void cancelEndsEveryRequest()
    {
        test::TestServer server(test::TestServer::slow(400, 800));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        EngineThread engine;
        QSignalSpy started(&engine, &EngineThread::requestStarted);
        QSignalSpy finished(&engine, &EngineThread::finished);
        QVERIFY(engine.start(configFor(server.baseUrl(), dir.path(), 3)));
        QString error;
        QVERIFY(!engine.start(configFor(server.baseUrl(), dir.path()), &error));     // one run at a time
        QVERIFY(!error.isEmpty());
        QTRY_VERIFY(started.count() >= 3);
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(engine.counts().done(), 20);
        QVERIFY(engine.counts().cancelled >= 17);
        QCOMPARE(engine.inFlight(), 0);
    }

    // The window's run and the CLI's share the time-out rule exactly: the
    // mirror's records say "no data for 0.2s" only once 0.2 s passed with the
    // request on the wire (the window's requests once ended 2.98-3.07 s after
    // they started, the budget being 3.1 s), and the phases arrive in order.
    void timeOutsAreTheEnginesExactly()
    {
        test::TestServer server(test::TestServer::slow(2000));
        QTemporaryDir dir;
        EngineThread engine;
        QStringList phases;
        connect(&engine, &EngineThread::requestStarted, this, [&](int) { phases << QStringLiteral("started"); });
        connect(&engine, &EngineThread::requestSent, this, [&](int) { phases << QStringLiteral("sent"); });
        QSignalSpy finished(&engine, &EngineThread::finished);
        RunConfig config = configFor(server.baseUrl(), dir.path(), 1);
        config.codes = {QStringLiteral("BR")};
        config.timeoutMs = 200;
        QVERIFY(engine.start(config));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const RequestRecord &br = engine.records().first();
        QCOMPARE(br.error, QStringLiteral("timed out: no data for 0.2s"));
        QVERIFY(br.sentNs >= br.startedNs);
        QVERIFY2(br.finishedNs - br.sentNs >= 200000000LL, qPrintable(QString::number(br.finishedNs - br.sentNs)));
        QCOMPARE(phases, (QStringList{QStringLiteral("started"), QStringLiteral("sent")}));
        QCOMPARE(engine.report().value(u"requests").toArray().first().toObject().value(u"error").toString(), br.error);
        QCOMPARE(engine.maxInFlight(), 1);
    }

    void refusesAnUnusableConfig()
    {
        EngineThread engine;
        RunConfig config;
        QString error;
        QVERIFY(!engine.start(config, &error));
        QVERIFY(error.contains(u"URL"));
        QVERIFY(!engine.isRunning());
    }

    // Destroying the mirror mid-run cancels the run: its connections close
    // (the server sees each one hang up, a minute before it would answer),
    // and no file is saved. (Under ASan, also: no use after free.)
    void destroyedMidRun()
    {
        test::TestServer server(test::TestServer::slow(60000));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        auto engine = std::make_unique<EngineThread>();
        QVERIFY(engine->start(configFor(server.baseUrl(), dir.path())));
        QTRY_COMPARE_WITH_TIMEOUT(server.stats().inFlight, 5, 20000);     // -m 5: all waiting at the server

        engine.reset();     // joins its thread
        QTRY_COMPARE_WITH_TIMEOUT(server.stats().hungUp, 5, 20000);
        QCOMPARE(server.stats().inFlight, 0);
        QCOMPARE(server.stats().requests, 5);           // nothing new started on the way out
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestEngineThread)
#include "tst_enginethread.moc"
