// Race mode's bookkeeping: a lane's command line read as flaglab-cli reads
// it, and the places and ratios of the lanes as they end.

#include "flags2/commandline.h"
#include "flags2/runoptions.h"
#include "lab/presets.h"
#include "lab/race.h"

#include <QRegularExpression>
#include <QTest>

using namespace flaglab;

class TestRace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLaneIsTheCliCommandLine()
    {
        const QString line = QStringLiteral("-s http://127.0.0.1:18651/flags -al 24 -m 2 --threads --timeout 5");
        QString error;
        const std::optional<RaceLane> lane = parseRaceLane(line, &error);
        QVERIFY2(lane, qPrintable(error));
        QCOMPARE(lane->arguments, line);
        QCOMPARE(lane->config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:18651/flags")));
        QCOMPARE(lane->config.codes.size(), 24);
        QCOMPARE(lane->config.codes.first(), QStringLiteral("AD"));
        QCOMPARE(lane->config.concurrency, 2);
        QCOMPARE(lane->config.model, RunConfig::Model::Threads);
        QCOMPARE(lane->config.timeoutMs, 5000);
        QCOMPARE(lane->request.maxReq, 2);
        QVERIFY(lane->request.selection.all);
        QCOMPARE(lane->request.selection.limit, 24);

        // The very config flaglab-cli makes of the same words.
        Flags2CommandLine cli(QStringLiteral("flaglab-cli"), 5);
        for (RunOption option : kAllRunOptions)
            cli.addOptions({runOption(option, {})});
        QVERIFY(cli.parse(QStringList{QStringLiteral("flaglab-cli")} + line.split(u' ')));
        RunOptions options;
        QVERIFY(readRunOptions(cli, &options));
        const RunConfig cliConfig = runConfigOf(cli.options(), options);
        QCOMPARE(lane->config.codes, cliConfig.codes);
        QCOMPARE(lane->config.concurrency, cliConfig.concurrency);
        QCOMPARE(lane->config.model, cliConfig.model);
    }

    // A lane takes every run option the CLI takes, --sync included, and
    // reading them asks the parser for no option it was not given.
    void aLaneTakesEveryRunOption()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QString error;
        const std::optional<RaceLane> lane = parseRaceLane(QStringLiteral("-s DELAY --sync --retries 1 --max-connecting 3"),
                                                           &error);
        QVERIFY2(lane, qPrintable(error));
        QVERIFY(lane->config.syncFiles);
        QCOMPARE(lane->config.retries, 1);
        QCOMPARE(lane->config.maxConnecting, 3);
        QVERIFY(!parseRaceLane(QStringLiteral("-s DELAY"))->config.syncFiles);
    }

    void aLaneHasTheCliDefaults()
    {
        const std::optional<RaceLane> lane = parseRaceLane(QStringLiteral("-s DELAY --http2"));
        QVERIFY(lane);
        QCOMPARE(lane->config.serverLabel, QStringLiteral("DELAY"));
        QCOMPARE(lane->config.codes.size(), 20);              // POP20
        QCOMPARE(lane->config.concurrency, 5);                // flaglab-cli's -m
        QCOMPARE(lane->config.model, RunConfig::Model::EventLoop);
        QCOMPARE(lane->config.protocol, RunConfig::Protocol::Http2);
        QCOMPARE(lane->config.timeoutMs, 3100);
    }

    void quotedWordsStayWhole()
    {
        const std::optional<RaceLane> lane = parseRaceLane(QStringLiteral("-m 3 --dest \"/tmp/two words\" BR"));
        QVERIFY(lane);
        QCOMPARE(lane->config.destination, QStringLiteral("/tmp/two words"));
        QCOMPARE(lane->request.destination, QStringLiteral("/tmp/two words"));
        QCOMPARE(lane->config.codes, QStringList{QStringLiteral("BR")});
    }

    void aBadLaneSaysWhy_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("max_req") << "-m 0" << "--max_req CONCURRENT must be >= 1";
        QTest::newRow("server") << "-s NOWHERE" << "--server LABEL must be one of";
        QTest::newRow("not a number") << "-m many" << "invalid int value: 'many'";
        QTest::newRow("unknown option") << "--fast" << "fast";
        QTest::newRow("both protocols") << "--http1 --http2" << "--http1 and --http2 cannot go together";
        QTest::newRow("bad code") << "B4" << "each CC argument must be A to Z or AA to ZZ";
        QTest::newRow("base port") << "--base-port 9000" << "--base-port";
        QTest::newRow("help") << "-h" << "--help";
    }

    void aBadLaneSaysWhy()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parseRaceLane(line, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));        // one line, to go inside a message
        QVERIFY2(!error.startsWith(QStringLiteral("***")), qPrintable(error));
    }

    void theExample20_1SceneIsARace()
    {
        const std::optional<Preset> preset = presetById(QStringLiteral("example-20-1"));
        QVERIFY(preset);
        QVERIFY(preset->race);
        QVERIFY(preset->delayMs > 0 && preset->delayMs < 3100);    // no lane times out
        const QStringList lines = raceLanesOf(*preset);
        QCOMPARE(lines.size(), 3);
        QList<RaceLane> lanes;
        for (const QString &line : lines) {
            const std::optional<RaceLane> lane = parseRaceLane(line);
            QVERIFY2(lane, qPrintable(line));
            QCOMPARE(lane->config.serverLabel, QStringLiteral("DELAY"));
            QCOMPARE(lane->config.codes.size(), 20);
            lanes << *lane;
        }
        QCOMPARE(lanes.at(0).config.concurrency, 1);
        QCOMPARE(lanes.at(0).config.model, RunConfig::Model::EventLoop);
        QCOMPARE(lanes.at(1).config.concurrency, 20);
        QCOMPARE(lanes.at(1).config.model, RunConfig::Model::Threads);
        QCOMPARE(lanes.at(2).config.concurrency, 20);
        QCOMPARE(lanes.at(2).config.model, RunConfig::Model::EventLoop);
    }

    void placesFollowTheFinish()
    {
        RaceStandings standings(4);
        QCOMPARE(standings.finish(2, 0.26, true), 1);
        QCOMPARE(standings.finish(1, 0.0, false), 0);       // stopped, or its server down
        QVERIFY(!standings.allFinished());
        QCOMPARE(standings.slowestLane(), -1);
        QVERIFY(!standings.timesFasterThanSlowest(2));      // not before every lane is over
        QCOMPARE(standings.finish(3, 3.1, true), 2);
        QCOMPARE(standings.finish(0, 6.2, true), 3);
        QCOMPARE(standings.finish(0, 9.9, true), 3);        // once only
        QVERIFY(standings.allFinished());
        QCOMPARE(standings.slowestLane(), 0);
        QCOMPARE(*standings.timesFasterThanSlowest(0), 1.0);
        QCOMPARE(*standings.timesFasterThanSlowest(3), 2.0);
        QVERIFY(qAbs(*standings.timesFasterThanSlowest(2) - 6.2 / 0.26) < 1e-9);
        QVERIFY(!standings.timesFasterThanSlowest(1));
        QCOMPARE(standings.place(1), 0);
    }

    void aLaneHeardOfLateTakesThePlaceItWon()
    {
        // The window hears of lane 1's end after lane 0's, though lane 1 took less time.
        RaceStandings standings(3);
        QCOMPARE(standings.finish(0, 0.456, true), 1);
        QCOMPARE(standings.finish(1, 0.419, true), 1);
        QCOMPARE(standings.place(0), 2);
        QCOMPARE(standings.finish(2, 7.1, true), 3);
        QCOMPARE(standings.slowestLane(), 2);
        QVERIFY(*standings.timesFasterThanSlowest(1) > *standings.timesFasterThanSlowest(0));
    }

    void noPlacedLaneNoSlowest()
    {
        RaceStandings standings(2);
        standings.finish(0, 0.01, false);
        standings.finish(1, 0.02, false);
        QVERIFY(standings.allFinished());
        QCOMPARE(standings.slowestLane(), -1);
        QVERIFY(!standings.timesFasterThanSlowest(0));
    }
};

QTEST_GUILESS_MAIN(TestRace)
#include "tst_racelanes.moc"
