// The concurrency lab's bookkeeping: run summaries, history files, sweeps.

#include "flags2/countrycodes.h"
#include "flags2/commandline.h"
#include "lab/littleslaw.h"
#include "lab/presets.h"
#include "lab/runhistory.h"
#include "lab/sweep.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::TestServer;

namespace {

RunSummary syntheticRun()
{
    RunSummary run;
    run.name = QStringLiteral("DELAY -m 6");
    run.when = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    run.server = QStringLiteral("DELAY");
    run.baseUrl = QStringLiteral("http://localhost:8001/flags");
    run.concurrency = 6;
    run.counts = {5, 3, 1, 1, 0};
    run.elapsedS = 2.0;
    run.maxInFlight = 5;
    // Latencies 0.1 .. 0.4 for answered requests; the cancelled one has none.
    run.timings = {{"AD", Outcome::Ok, 1000, 0.0, 0.05, 0.1},
                   {"AE", Outcome::Ok, 2000, 0.0, 0.1, 0.2},
                   {"AF", Outcome::Ok, 3000, 0.1, 0.2, 0.4},
                   {"AG", Outcome::NotFound, 0, 0.2, 0.3, 0.6},
                   {"AH", Outcome::Error, 0, 0.5, -1, 0.7}};
    return run;
}

} // namespace

class TestLab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summaryStatistics()
    {
        const RunSummary run = syntheticRun();
        QCOMPARE(run.flagsPerSecond(), 1.5);
        QCOMPARE(run.kilobytesPerSecond(), 3.0);
        QVERIFY(qFuzzyCompare(run.meanLatencyS(), (0.1 + 0.2 + 0.3 + 0.4 + 0.2) / 5));
        QVERIFY(qFuzzyCompare(run.latencyPercentileS(95), 0.4));
        QVERIFY(qFuzzyCompare(run.latencyPercentileS(50), 0.2));
        QCOMPARE(RunSummary().latencyPercentileS(95), 0.0);
    }

    void summaryJsonRoundTrip()
    {
        const RunSummary run = syntheticRun();
        const RunSummary back = RunSummary::fromJson(run.toJson());
        QCOMPARE(back.name, run.name);
        QCOMPARE(back.when, run.when);
        QCOMPARE(back.concurrency, 6);
        QCOMPARE(back.counts.ok, 3);
        QCOMPARE(back.counts.notFound, 1);
        QCOMPARE(back.counts.errors, 1);
        QCOMPARE(back.timings.size(), 5);
        QCOMPARE(back.timings[3].outcome, Outcome::NotFound);
        QCOMPARE(back.timings[4].firstByteS, -1.0);
        QCOMPARE(back.latencyPercentileS(95), run.latencyPercentileS(95));
    }

    void historySavesAndLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        RunHistory history;
        QSignalSpy changed(&history, &RunHistory::changed);
        history.add(syntheticRun());
        RunSummary second = syntheticRun();
        second.name = QStringLiteral("DELAY -m 100");
        second.model = QStringLiteral("threads");
        second.protocol = QStringLiteral("HTTP/2");
        history.add(second);
        QCOMPARE(changed.size(), 2);
        QVERIFY(history.save(path));

        RunHistory loaded;
        QVERIFY(loaded.load(path));
        QCOMPARE(loaded.runs().size(), 2);
        QCOMPARE(loaded.runs()[1].name, QStringLiteral("DELAY -m 100"));
        QCOMPARE(loaded.runs()[1].model, QStringLiteral("threads"));
        QCOMPARE(loaded.runs()[1].protocol, QStringLiteral("HTTP/2"));
        QCOMPARE(loaded.runs()[0].protocol, QStringLiteral("HTTP/1.1"));
        QJsonObject old = history.runs()[1].toJson();       // a history saved before HTTP/2
        old.remove(QStringLiteral("protocol"));
        QCOMPARE(RunSummary::fromJson(old).protocol, QStringLiteral("HTTP/1.1"));
        QCOMPARE(loaded.runs()[0].toJson(), history.runs()[0].toJson());

        QFile junk(dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\": \"something else\"}");
        junk.close();
        QString error;
        QVERIFY(!loaded.load(junk.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("not a FlagLab run history")));
        QVERIFY(!loaded.load(dir.filePath(QStringLiteral("missing.json")), &error));
        QCOMPARE(loaded.runs().size(), 2);
    }

    void timingsCsv()
    {
        const QList<QByteArray> lines = RunHistory::timingsCsv(syntheticRun()).split('\n');
        QCOMPARE(lines.first(), QByteArray("cc,status,bytes,started_s,first_byte_s,finished_s"));
        QCOMPARE(lines.at(1), QByteArray("AD,OK,1000,0.000000,0.050000,0.100000"));
        QCOMPARE(lines.at(5), QByteArray("AH,ERROR,0,0.500000,,0.700000"));
    }

    void sweepLevels()
    {
        QString error;
        QCOMPARE(SweepRunner::parseLevels(QStringLiteral("1,2, 4,8"), &error), (QList<int>{1, 2, 4, 8}));
        QCOMPARE(SweepRunner::parseLevels(QStringLiteral("default"), &error),
                 (QList<int>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512}));
        QVERIFY(SweepRunner::parseLevels(QStringLiteral("1,x"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("'x'")));
        QVERIFY(SweepRunner::parseLevels(QStringLiteral("0"), &error).isEmpty());
        QVERIFY(SweepRunner::parseLevels(QStringLiteral("1001"), &error).isEmpty());
        QVERIFY(SweepRunner::parseLevels(QStringLiteral(""), &error).isEmpty());
    }

    void kneeAndCsv()
    {
        QList<SweepPoint> points;
        for (const auto &[n, elapsed] : std::initializer_list<std::pair<int, double>>{{1, 10}, {2, 5}, {4, 2.6}, {8, 2.5}}) {
            SweepPoint p{n, syntheticRun()};
            p.run.elapsedS = elapsed;
            points.append(p);
        }
        QCOMPARE(SweepRunner::kneeIndex(points), 2);   // 4 reaches 90% of the best
        QCOMPARE(SweepRunner::kneeIndex({}), -1);
        const QList<QByteArray> rows = SweepRunner::csv(points).split('\n');
        for (const char *column : {"concurrency", "elapsed_s", "ok", "not_found", "errors", "flags_per_s"})
            QVERIFY2(rows.first().split(',').contains(column), column);
        QVERIFY(rows.at(1).startsWith("1,10.000,3,1,1,"));
    }

    // A steady pool: 10 slots, each request 1 s, back to back for 10 s.
    void littlesLawHoldsInSteadyState()
    {
        QList<RequestRecord> records;
        const qint64 second = 1000000000LL;
        for (int slot = 0; slot < 10; ++slot) {
            for (int k = 0; k < 10; ++k) {
                RequestRecord r;
                r.startedNs = r.sentNs = k * second;
                r.finishedNs = (k + 1) * second;
                r.outcome = Outcome::Ok;
                records.append(r);
            }
        }
        const LittlesLaw law = LittlesLaw::measure(records, 8 * second, 4 * second);
        QVERIFY(qFuzzyCompare(law.inFlight, 10.0));
        QCOMPARE(law.completed, 50);            // finishes at 4,5,6,7,8 s, ten each
        QVERIFY(qFuzzyCompare(law.meanLatencyS, 1.0));
        QVERIFY(qFuzzyCompare(law.completionRate, 12.5));   // 50 in 4 s: the window's edges count
        // While the pool fills, nothing has completed yet: λ·W is 0 but L is not.
        const LittlesLaw filling = LittlesLaw::measure(records, second / 2, second / 2);
        QVERIFY(qFuzzyCompare(filling.inFlight, 10.0));
        QCOMPARE(filling.predictedInFlight(), 0.0);
        QCOMPARE(LittlesLaw::measure(records, 0, second).completed, 0);
    }

    // The hidden cap: 12 handed to Qt at once, 6 on the wire at a time for 1 s
    // each. L counts what the server sees (6), not what waits inside Qt.
    void littlesLawCountsOnlyTheWire()
    {
        QList<RequestRecord> records;
        const qint64 second = 1000000000LL;
        for (int i = 0; i < 12; ++i) {
            RequestRecord r;
            r.startedNs = 0;
            r.sentNs = (i / 6) * second;
            r.finishedNs = r.sentNs + second;
            r.outcome = Outcome::Ok;
            records.append(r);
        }
        const LittlesLaw law = LittlesLaw::measure(records, 2 * second, 2 * second);
        QVERIFY2(qFuzzyCompare(law.inFlight, 6.0), qPrintable(QString::number(law.inFlight)));
        QVERIFY(qFuzzyCompare(law.meanLatencyS, 1.0));     // W on the wire, not from the hand-off
        QVERIFY(qFuzzyCompare(law.predictedInFlight(), law.inFlight));
        // Never sent (refused): never in flight.
        RequestRecord refused;
        refused.startedNs = 0;
        refused.finishedNs = second;
        refused.outcome = Outcome::Error;
        QCOMPARE(LittlesLaw::measure({refused}, second, second).inFlight, 0.0);
    }

    // Every preset is a valid flags2 command line (with the CLI's --threads,
    // --single-manager, --http1 and --http2), so the window can replay it through one parser.
    void presetsParse()
    {
        const QList<Preset> presets = bookPresets();
        QVERIFY(presets.size() >= 4);
        QSet<QString> ids;
        for (const Preset &preset : presets) {
            QVERIFY(!ids.contains(preset.id));
            ids.insert(preset.id);
            QVERIFY(!preset.runs.isEmpty());
            for (const QStringList &run : preset.runs) {
                Flags2CommandLine cmd(QStringLiteral("flaglab"), 5);
                cmd.addOptions({{QStringLiteral("threads"), QStringLiteral("threads")},
                                {QStringLiteral("single-manager"), QStringLiteral("one manager")},
                                {QStringLiteral("http1"), QStringLiteral("HTTP/1.1")},
                                {QStringLiteral("http2"), QStringLiteral("HTTP/2")}});
                QVERIFY2(cmd.parse(QStringList{QStringLiteral("flaglab")} + run), qPrintable(cmd.errorText()));
            }
        }
        QVERIFY(presetById(QStringLiteral("error-server")).has_value());
        // HTTP/1.1 vs HTTP/2: the same job, each run saying its protocol.
        const Preset protocols = *presetById(QStringLiteral("http1-vs-http2"));
        QCOMPARE(protocols.runs.size(), 2);
        QCOMPARE(protocols.runs.at(0).last(), QStringLiteral("--http1"));
        QCOMPARE(protocols.runs.at(1).last(), QStringLiteral("--http2"));
        QCOMPARE(protocols.runs.at(0).mid(0, 5), protocols.runs.at(1).mid(0, 5));
        QVERIFY(!presetById(QStringLiteral("nope")).has_value());
        Flags2CommandLine b(QStringLiteral("flaglab"), 5);
        QVERIFY(b.parse(QStringList{QStringLiteral("flaglab")} + presetById(QStringLiteral("delay-b"))->runs.first()));
        QCOMPARE(b.options().codes.size(), 26);
        QCOMPARE(b.options().actualReq, 1);
    }

    // Elapsed falls as 1/N until N reaches the number of codes.
    void sweepAgainstTheDelayServer()
    {
        TestServer server(TestServer::slow(100));
        RunConfig base;
        base.baseUrl = server.baseUrl();
        base.serverLabel = QStringLiteral("DELAY");
        base.codes = allCountryCodes().mid(0, 16);
        SweepRunner sweep;
        QSignalSpy finished(&sweep, &SweepRunner::finished);
        QSignalSpy points(&sweep, &SweepRunner::pointFinished);
        QVERIFY(sweep.start(base, {1, 4, 16, 64}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(points.size(), 4);
        const QList<SweepPoint> &p = sweep.points();
        QCOMPARE(p.size(), 4);
        for (const SweepPoint &point : p)
            QCOMPARE(point.run.counts.ok, 16);
        QVERIFY(p[0].run.elapsedS >= 16 * 0.1 * 0.95);
        QVERIFY(p[1].run.elapsedS >= 4 * 0.1 * 0.95);
        QVERIFY(p[0].run.elapsedS > 2 * p[1].run.elapsedS);
        QVERIFY(p[1].run.elapsedS > 2 * p[2].run.elapsedS);
        QCOMPARE(p[2].run.maxInFlight, 16);
        QCOMPARE(p[3].run.maxInFlight, 16);    // more than the codes: flat from here
        QVERIFY(!sweep.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
