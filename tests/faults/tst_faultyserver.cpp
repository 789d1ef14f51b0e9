// The engine against flaglab-server's own faults (--faults): every faulty
// answer ends as one error with a readable reason, nothing is saved from it,
// and the rest of the run is untouched, in both concurrency models. The
// server's /stats counts must match what the client saw.
//
// Over HTTP/1.1 Qt 6.4 reports an RST and a FIN mid-body alike
// (RemoteHostClosedError), so the client counts reset and truncate together.

#include "engine/downloadengine.h"
#include "faultsupport.h"
#include "flags2/countrycodes.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using namespace flaglab::faults;
using flaglab::test::TestServer;

namespace {

constexpr int kIdleTimeoutMs = 500;     // ends a stall quickly

const QRegularExpression kClosedMidBody(QStringLiteral(R"(^connection closed by the server mid-body: (\d+) of (\d+) bytes received$)"));
const QString kStalled = QStringLiteral("timed out: no data for 0.5s");
const QString kGarbage = QStringLiteral("body is not an image (image/gif)");

ServerConfig faultyServer(const QList<AnswerFault> &faults, double rate)
{
    ServerConfig config = TestServer::quiet(ServerConfig::Mode::Local);
    config.faults = faults;
    config.faultRate = rate;
    return config;
}

RunConfig runAgainst(const TestServer &server, int codes, RunConfig::Model model, const QString &dest)
{
    RunConfig config = configFor(server.baseUrl(), allCountryCodes().mid(0, codes), 8, dest);
    config.model = model;
    config.timeoutMs = kIdleTimeoutMs;
    return config;
}

// Which fault a client error stands for; reset and truncate read alike.
enum class Seen { ClosedMidBody, Stalled, Garbage, Other };

Seen seenAs(const RequestRecord &record)
{
    const QRegularExpressionMatch closed = kClosedMidBody.match(record.error);
    // Half the body came: the server cuts every faulty answer there.
    if (closed.hasMatch() && closed.captured(1).toLongLong() == closed.captured(2).toLongLong() / 2)
        return Seen::ClosedMidBody;
    if (record.error == kStalled)
        return Seen::Stalled;
    if (record.error == kGarbage)
        return Seen::Garbage;
    return Seen::Other;
}

Seen seenAs(AnswerFault fault)
{
    switch (fault) {
    case AnswerFault::Reset:
    case AnswerFault::Truncate:
        return Seen::ClosedMidBody;
    case AnswerFault::Stall:
        return Seen::Stalled;
    case AnswerFault::Garbage:
        return Seen::Garbage;
    }
    return Seen::Other;
}

QStringList savedFilesOf(const DownloadEngine &engine)
{
    QStringList files;
    for (const RequestRecord &record : engine.records()) {
        if (record.outcome == Outcome::Ok)
            files << record.cc + QStringLiteral(".gif");
    }
    files.sort();
    return files;
}

void addModels(const char *name)
{
    QTest::addRow("%s, event loop", name) << RunConfig::Model::EventLoop;
    QTest::addRow("%s, threads", name) << RunConfig::Model::Threads;
}

} // namespace

class TestFaultyServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyAnswerFaulty_data();
    void everyAnswerFaulty();
    void aThirdOfTheAnswersFaulty_data();
    void aThirdOfTheAnswersFaulty();
};

void TestFaultyServer::everyAnswerFaulty_data()
{
    QTest::addColumn<AnswerFault>("fault");
    QTest::addColumn<RunConfig::Model>("model");
    for (AnswerFault fault : allAnswerFaults()) {
        const QByteArray name = answerFaultName(fault).toLatin1();
        QTest::addRow("%s, event loop", name.constData()) << fault << RunConfig::Model::EventLoop;
        QTest::addRow("%s, threads", name.constData()) << fault << RunConfig::Model::Threads;
    }
}

void TestFaultyServer::everyAnswerFaulty()
{
    QFETCH(AnswerFault, fault);
    QFETCH(RunConfig::Model, model);
    TestServer server(faultyServer({fault}, 1.0));
    QVERIFY2(server.ok(), qPrintable(server.error()));
    QTemporaryDir dest;
    DownloadEngine engine;
    QVERIFY(runToEnd(engine, runAgainst(server, 16, model, dest.path())));
    QVERIFY(accountedForOnce(engine));
    for (const RequestRecord &record : engine.records()) {
        QCOMPARE(record.outcome, Outcome::Error);
        QCOMPARE(record.httpStatus, 200);
        QVERIFY2(seenAs(record) == seenAs(fault), qPrintable(record.cc + u' ' + record.error));
    }
    QCOMPARE(entriesIn(dest.path()), QStringList());
    QCOMPARE(server.stats().faults.value(fault), 16);
    QVERIFY(followUpRunSucceeds(engine));
}

void TestFaultyServer::aThirdOfTheAnswersFaulty_data()
{
    QTest::addColumn<RunConfig::Model>("model");
    addModels("every fault at 0.3");
}

void TestFaultyServer::aThirdOfTheAnswersFaulty()
{
    QFETCH(RunConfig::Model, model);
    TestServer server(faultyServer(allAnswerFaults(), 0.3));
    QVERIFY(server.ok());
    QTemporaryDir dest;
    DownloadEngine engine;
    const int codes = 60;
    QVERIFY(runToEnd(engine, runAgainst(server, codes, model, dest.path())));
    QVERIFY(accountedForOnce(engine));

    QMap<Seen, int> seen;
    for (const RequestRecord &record : engine.records()) {
        if (record.outcome == Outcome::Ok)
            continue;
        QCOMPARE(record.outcome, Outcome::Error);
        const Seen what = seenAs(record);
        QVERIFY2(what != Seen::Other, qPrintable(record.cc + u' ' + record.error));
        ++seen[what];
    }
    QMap<Seen, int> injected;
    const ServerStats stats = server.stats();
    for (AnswerFault fault : allAnswerFaults())
        injected[seenAs(fault)] += int(stats.faults.value(fault));
    QCOMPARE(seen, injected);
    const int faulty = int(engine.counts().errors);
    QVERIFY2(faulty >= codes / 10 && faulty <= codes / 2, qPrintable(QString::number(faulty)));
    QCOMPARE(engine.counts().ok, codes - faulty);
    QCOMPARE(entriesIn(dest.path()), savedFilesOf(engine));     // the OK flags, and nothing else
}

QTEST_GUILESS_MAIN(TestFaultyServer)
#include "tst_faultyserver.moc"
