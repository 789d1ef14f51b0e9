// Fault injection: the server dies while requests are in flight. A real
// flaglab-server process is killed with SIGKILL with 20 requests waiting in
// it, and an in-process scripted server is torn down the same way. Each code
// fails as "closed" or "refused" (Qt sends a request again, once, on a new
// connection when a kept-alive one closes before any answer; that finds
// nobody listening), and none is lost.

#include "engine/downloadengine.h"
#include "faultsupport.h"
#include "flags2/countrycodes.h"
#include "scriptedserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using namespace flaglab::faults;
using namespace flaglab::test;      // ScriptedServer, its requests and replies

namespace {

const QString kClosed = QStringLiteral("connection closed by the server before the answer was complete");
const QString kRefused = QStringLiteral("connection refused");

QString serverProgram()
{
    return qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab-server");
}

// Every code failed for one of the two reasons a dead server gives.
bool diedMidRun(const DownloadEngine &engine)
{
    for (const RequestRecord &record : engine.records()) {
        const bool expected = record.outcome == Outcome::Error && (record.error == kClosed || record.error == kRefused);
        if (!expected) {
            qWarning().noquote() << record.cc << outcomeName(record.outcome) << record.error;
            return false;
        }
    }
    return true;
}

// The end of a run whose server died with 20 of its 40 requests in flight:
// every code failed for a dead server's reason, nothing was saved, and the
// engine runs the next job.
void verifyLostToTheDeadServer(DownloadEngine &engine, const QString &dest)
{
    QVERIFY(accountedForOnce(engine));
    QCOMPARE(engine.counts().errors, 40);
    QVERIFY(diedMidRun(engine));
    QVERIFY(entriesIn(dest).isEmpty());
    QVERIFY(followUpRunSucceeds(engine));
}

} // namespace

class TestServerKilled : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serverProcessKilledMidRun();
    void scriptedServerTornDownMidRun();
};

void TestServerKilled::serverProcessKilledMidRun()
{
    QProcess server;
    QByteArray log;
    connect(&server, &QProcess::readyReadStandardError, this, [&] { log += server.readAllStandardError(); });
    // Every flag waits 30 s: whatever is in flight stays there until the kill.
    server.start(serverProgram(), {QStringLiteral("--mode"), QStringLiteral("delay"), QStringLiteral("--delay"),
                                   QStringLiteral("30:30"), QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("-v")});
    QVERIFY2(server.waitForStarted(10000), qPrintable(server.errorString()));
    QVERIFY(server.waitForReadyRead(10000));
    const QString ready = QString::fromUtf8(server.readLine());
    static const QRegularExpression portPattern(QStringLiteral(R"(on http://127\.0\.0\.1:(\d+)/flags)"));
    const QRegularExpressionMatch match = portPattern.match(ready);
    QVERIFY2(match.hasMatch(), qPrintable(ready));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/flags").arg(match.captured(1)));

    QTemporaryDir dest;
    DownloadEngine engine;
    QSignalSpy finished(&engine, &DownloadEngine::finished);
    QVERIFY(engine.start(configFor(base, allCountryCodes().mid(0, 40), 20, dest.path())));
    // The server logs "XX delay: 30s" as each request arrives.
    QTRY_VERIFY_WITH_TIMEOUT(log.count(" delay: ") == 20, 20000);
    QVERIFY(engine.isRunning());
    server.kill();      // SIGKILL: no goodbye, the kernel closes its sockets
    QVERIFY(server.waitForFinished(10000));
    QVERIFY(finished.wait(20000));
    verifyLostToTheDeadServer(engine, dest.path());
}

void TestServerKilled::scriptedServerTornDownMidRun()
{
    auto *server = new ScriptedServer([](const ScriptedRequest &, int) { return ScriptedReply(); });   // never answers
    QVERIFY(server->listen());
    QSignalSpy arrived(server, &ScriptedServer::requestArrived);
    QTemporaryDir dest;
    DownloadEngine engine;
    QSignalSpy finished(&engine, &DownloadEngine::finished);
    QVERIFY(engine.start(configFor(server->baseUrl(), allCountryCodes().mid(0, 40), 20, dest.path())));
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 20, 20000);
    delete server;      // every connection dropped, the port closed
    QVERIFY(finished.wait(20000));
    verifyLostToTheDeadServer(engine, dest.path());
}

QTEST_GUILESS_MAIN(TestServerKilled)
#include "tst_serverkilled.moc"
