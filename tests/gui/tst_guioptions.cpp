#include "shell/guioptions.h"

#include "flagfiles.h"
#include "freeports.h"
#include "lab/sweep.h"
#include "testskip.h"
#include "windowprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace flaglab;

namespace {

GuiOptionsParse parse(const QString &commandLine)
{
    return parseGuiOptions(QStringList{QStringLiteral("flaglab")} + commandLine.split(u' ', Qt::SkipEmptyParts));
}

} // namespace

class TestGuiOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void nothingGivenLeavesTheSettingsInCharge()
    {
        const GuiOptionsParse p = parse({});
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QVERIFY(!p.options.server);
        QVERIFY(!p.options.selection);
        QVERIFY(!p.options.maxReq);
        QVERIFY(!p.options.run.timeoutMs);
        QVERIFY(!p.options.start);
        QVERIFY(!p.options.noServers);
    }

    void theDoneWhenCommandLine()
    {
        const GuiOptionsParse p =
            parse(QStringLiteral("-s DELAY -a -m 50 --start --quit-when-done --screenshot s.png --report r.json"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(p.options.server->label, QStringLiteral("DELAY"));
        QVERIFY(p.options.selection->all);
        QCOMPARE(*p.options.maxReq, 50);
        QVERIFY(p.options.start);
        QVERIFY(p.options.quitWhenDone);
        QVERIFY(p.options.isScripted());
        QCOMPARE(p.options.screenshotPath, QStringLiteral("s.png"));
        QCOMPARE(p.options.reportPath, QStringLiteral("r.json"));
    }

    void basePortMovesTheLabels()
    {
        const GuiOptionsParse p = parse(QStringLiteral("--base-port 18000 -s DELAY"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(p.options.basePort, std::optional<quint16>(18000));
        QCOMPARE(p.options.server->baseUrl, QUrl(QStringLiteral("http://localhost:18001/flags")));
        QCOMPARE(parse(QStringLiteral("-s error --base-port 9000")).options.server->baseUrl,
                 QUrl(QStringLiteral("http://localhost:9002/flags")));
        QVERIFY(!parse(QStringLiteral("-s LOCAL")).options.basePort);
        const GuiOptionsParse zero = parse(QStringLiteral("--base-port 0"));
        QCOMPARE(zero.result, GuiOptionsParse::Result::UsageError);
        QVERIFY2(zero.text.contains(QStringLiteral("--base-port N must be from 1 to 65533")), qPrintable(zero.text));
    }

    // The window itself, with --base-port: its built-in servers listen on the
    // moved ports and its labels point there (8000-8002 may be taken here).
    void theWindowUsesTheMovedPorts()
    {
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        QTemporaryDir home;
        const QString report = home.filePath(QStringLiteral("r.json"));
        const QString dest = home.filePath(QStringLiteral("flags"));
        const test::WindowRun run = test::runWindow(
            home.path(), {QStringLiteral("--base-port"), QString::number(base), QStringLiteral("-s"), QStringLiteral("DELAY"),
                          QStringLiteral("--server-delay"), QStringLiteral("0"), QStringLiteral("BR"), QStringLiteral("CN"),
                          QStringLiteral("--start"), QStringLiteral("--quit-when-done"), QStringLiteral("--report"), report,
                          QStringLiteral("--dest"), dest});
        const QString &output = run.output;
        QVERIFY2(run.ended && run.exitCode == 0, qPrintable(output));

        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(output));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"base_url").toString(), QStringLiteral("http://localhost:%1/flags").arg(base + 1));
        QCOMPARE(json.value(u"ok").toInt(), 2);
        const QJsonObject servers = json.value(u"ui").toObject().value(u"builtin_servers").toObject();
        for (const char *label : {"LOCAL", "DELAY", "ERROR"})
            QCOMPARE(servers.value(QLatin1String(label)).toString(), QStringLiteral("running"));
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dest, &problem), qPrintable(problem));
        QCOMPARE(QDir(dest).entryList(QDir::Files), (QStringList{"BR.gif", "CN.gif"}));
    }

    // A desktop session's soft limit on open files is 1024 (systemd's
    // default). -e -m 1000 over HTTP/1.1 against DELAY holds up to 676 client
    // sockets for 3 s (opened 12 at a time) and, with the built-in server in
    // the same process, as many more. The window must raise the limit to the
    // hard one at start, as flaglab-cli and flaglab-server do: without it,
    // GLib aborted the window ("Creating pipes for GWakeup: Too many open files").
    void theHeaviestRunFitsADesktopsFileLimit()
    {
        const QStringList launcher = test::underFileLimit(QStringLiteral("1024:"));
        if (launcher.isEmpty())
            FLAGLAB_SKIP("prlimit (util-linux) is not installed");
        rlimit limit{};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
        if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < 4096)
            FLAGLAB_SKIP(QStringLiteral("the hard limit on open files is %1: too low for this run").arg(limit.rlim_max));
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        QTemporaryDir home;
        const QString report = home.filePath(QStringLiteral("r.json"));
        const test::WindowRun run = test::runWindow(
            home.path(), {QStringLiteral("--base-port"), QString::number(base), QStringLiteral("-s"), QStringLiteral("DELAY"),
                          QStringLiteral("--server-delay"), QStringLiteral("3"), QStringLiteral("--timeout"),
                          QStringLiteral("10"), QStringLiteral("-e"), QStringLiteral("-m"), QStringLiteral("1000"),
                          QStringLiteral("--http1"),
                          QStringLiteral("--start"), QStringLiteral("--quit-when-done"), QStringLiteral("--report"), report,
                          QStringLiteral("--dest"), home.filePath(QStringLiteral("flags"))},
            launcher);
        QVERIFY2(run.ended && run.exitCode == 0, qPrintable(run.output));
        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(run.output));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"ok").toInt(), 194);
        QCOMPARE(json.value(u"not_found").toInt(), 676 - 194);
        QCOMPARE(json.value(u"errors").toInt(), 0);
        // 500 in flight hold 1000 sockets, both ends, past the soft limit: it was put to the test.
        QVERIFY2(json.value(u"max_in_flight").toInt() >= 500, qPrintable(QString::number(json.value(u"max_in_flight").toInt())));
    }

    // Where the hard limit is 1024 too, the same run cannot fit (676 sockets
    // each side, 113 network threads): the window refuses it at once, with
    // the reason on stderr and exit status 1, instead of GLib aborting it
    // midway. A run that fits goes ahead.
    void aRunPastTheHardFileLimitIsRefused()
    {
        const QStringList launcher = test::underFileLimit(QStringLiteral("1024:1024"));
        if (launcher.isEmpty())
            FLAGLAB_SKIP("prlimit (util-linux) is not installed");
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        QTemporaryDir home;
        const auto run = [&](const QString &maxReq) {
            return test::runWindow(
                home.path(), {QStringLiteral("--base-port"), QString::number(base), QStringLiteral("-s"),
                              QStringLiteral("DELAY"), QStringLiteral("--server-delay"), QStringLiteral("0.2"),
                              QStringLiteral("-e"), QStringLiteral("-m"), maxReq, QStringLiteral("--http1"),
                              QStringLiteral("-v"), QStringLiteral("--start"), QStringLiteral("--quit-when-done"),
                              QStringLiteral("--dest"), home.filePath(QStringLiteral("flags"))},
                launcher);
        };
        const test::WindowRun refused = run(QStringLiteral("1000"));
        QVERIFY2(refused.ended && refused.exitCode == 1, qPrintable(refused.output));
        QVERIFY2(refused.output.contains(QStringLiteral("flaglab: this run would hold about 1529 files and sockets open at "
                                                        "once, more than this system allows (1024, ulimit -n)")),
                 qPrintable(refused.output));
        QVERIFY(QDir(home.filePath(QStringLiteral("flags"))).entryList(QDir::Files).isEmpty());    // not a request sent

        const test::WindowRun fits = run(QStringLiteral("100"));
        QVERIFY2(fits.ended && fits.exitCode == 0, qPrintable(fits.output));
        QVERIFY2(fits.output.contains(QStringLiteral("194 flags downloaded.")), qPrintable(fits.output));
    }

    void shortOptionsClusterAsInTheBook()
    {
        const GuiOptionsParse p = parse(QStringLiteral("-al 100 -m100 -v"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QVERIFY(p.options.selection->all);
        QCOMPARE(p.options.selection->limit, 100);
        QCOMPARE(*p.options.maxReq, 100);
        QVERIFY(p.options.verbose);
    }

    void codesAndTheCliExtras()
    {
        const GuiOptionsParse p = parse(QStringLiteral(
            "-s http://127.0.0.1:8080/flags --timeout 1.5 --dest /tmp/x --name-by-country --single-manager "
            "--no-servers b cn"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(p.options.server->label, QStringLiteral("CUSTOM"));
        QCOMPARE(p.options.selection->ccArgs, (QStringList{"b", "cn"}));
        QCOMPARE(*p.options.run.timeoutMs, 1500);
        QCOMPARE(*p.options.run.destination, QStringLiteral("/tmp/x"));
        QVERIFY(p.options.run.nameByCountry);
        QVERIFY(p.options.run.singleManager);
        QVERIFY(p.options.noServers);
        QVERIFY(!p.options.run.model);
        QVERIFY(!p.options.run.retries);
        QVERIFY(!p.options.run.maxConnecting);
        QVERIFY(!p.options.run.allowRemoteLoad);
    }

    void theCliEngineOptions()
    {
        const GuiOptionsParse p = parse(QStringLiteral("--threads --retries 3 --max-connecting 0 --allow-remote-load -s REMOTE"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(*p.options.run.model, RunConfig::Model::Threads);
        QCOMPARE(*p.options.run.retries, 3);
        QCOMPARE(*p.options.run.maxConnecting, 0);
        QVERIFY(p.options.run.allowRemoteLoad);
    }

    void theLabOptions()
    {
        GuiOptionsParse p = parse(QStringLiteral(
            "--preset hidden-cap --show-view History --presentation --server-delay 0.5:2 --server-seed 7 "
            "--save-plot p.svg --quit-when-done"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(p.options.presetId, QStringLiteral("hidden-cap"));
        QCOMPARE(p.options.showView, QStringLiteral("history"));
        QVERIFY(p.options.presentation);
        QCOMPARE(*p.options.serverDelayMinMs, 500);
        QCOMPARE(*p.options.serverDelayMaxMs, 2000);
        QCOMPARE(*p.options.serverSeed, 7u);
        QCOMPARE(p.options.plotImagePath, QStringLiteral("p.svg"));
        QVERIFY(p.options.startsSomething());
        QVERIFY(p.options.sweepLevels.isEmpty());

        p = parse(QStringLiteral("-s DELAY -a --sweep 1,2,4 --server-delay 0.2"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(p.options.sweepLevels, (QList<int>{1, 2, 4}));
        QCOMPARE(*p.options.serverDelayMinMs, 200);
        QCOMPARE(*p.options.serverDelayMaxMs, 200);
        QVERIFY(p.options.startsSomething());
        QCOMPARE(parse(QStringLiteral("--sweep default")).options.sweepLevels, SweepRunner::defaultLevels());
        QVERIFY(!parse({}).options.startsSomething());
        QVERIFY(!parse({}).options.presentation);
    }

    void theReplayOptions()
    {
        const GuiOptionsParse p = parse(QStringLiteral("--replay run.har --speed 0.1 --pause-at 1.5 --quit-when-done"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(p.options.replayPath, QStringLiteral("run.har"));
        QCOMPARE(*p.options.replaySpeed, 0.1);
        QCOMPARE(*p.options.replayPauseAtS, 1.5);
        QVERIFY(p.options.startsSomething());
        QVERIFY(!parse(QStringLiteral("--replay run.json")).options.replaySpeed);     // as last time
    }

    // flaglab-server's --faults and --fault-rate, for the built-in servers.
    void theServerFaults()
    {
        GuiOptionsParse p = parse(QStringLiteral("--faults truncate,RESET,truncate --fault-rate 0.3"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(*p.options.serverFaults, (QList<AnswerFault>{AnswerFault::Truncate, AnswerFault::Reset}));
        QCOMPARE(*p.options.serverFaultRate, 0.3);
        p = parse(QStringLiteral("--faults stall"));
        QCOMPARE(*p.options.serverFaults, QList<AnswerFault>{AnswerFault::Stall});
        QVERIFY(!p.options.serverFaultRate);
        QCOMPARE(*parse(QStringLiteral("--faults none")).options.serverFaults, QList<AnswerFault>());
        QVERIFY(!parse({}).options.serverFaults);
    }

    void presetRunsGetTheBooksDefaults()
    {
        const std::optional<GuiOptions> options =
            presetRunOptions({QStringLiteral("-s"), QStringLiteral("ERROR"), QStringLiteral("-al"), QStringLiteral("100")});
        QVERIFY(options);
        QCOMPARE(options->server->label, QStringLiteral("ERROR"));
        QCOMPARE(options->selection->limit, 100);
        QCOMPARE(*options->maxReq, 20);
        QCOMPARE(*options->run.timeoutMs, 3100);
        QCOMPARE(*options->run.model, RunConfig::Model::EventLoop);
        QCOMPARE(*options->run.retries, 0);
        QVERIFY(!options->run.singleManager);
        const std::optional<GuiOptions> pop20 = presetRunOptions({});
        QVERIFY(pop20->selection->ccArgs.isEmpty() && !pop20->selection->all && !pop20->selection->every);
        QCOMPARE(pop20->server->label, QStringLiteral("LOCAL"));
    }

    void usageErrorsAreTheClis_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("message");
        QTest::newRow("max_req") << "-m 0" << "*** Usage error: --max_req CONCURRENT must be >= 1";
        QTest::newRow("limit") << "-l 0" << "*** Usage error: --limit N must be >= 1";
        QTest::newRow("server") << "-s NOWHERE" << "*** Usage error: --server LABEL must be one of";
        QTest::newRow("code") << "BRA" << "*** Usage error: each CC argument must be A to Z or AA to ZZ.";
        QTest::newRow("timeout") << "--timeout 0" << "*** Usage error: --timeout S must be > 0 and <= 3600";
        QTest::newRow("timeout long") << "--timeout 3601" << "*** Usage error: --timeout S must be > 0 and <= 3600";
        QTest::newRow("retries") << "--retries 11" << "*** Usage error: --retries N must be from 0 to 10";
        QTest::newRow("timeout text") << "--timeout soon" << "invalid float value: 'soon'";
        QTest::newRow("preset") << "--preset nowhere" << "*** Usage error: --preset ID must be one of: sequential-vs-concurrent";
        QTest::newRow("sweep") << "--sweep 1,x" << "*** Usage error: --sweep: each sweep value must be a whole number";
        QTest::newRow("sweep and preset") << "--sweep 1,2 --preset delay-b" << "--preset and --sweep cannot go together";
        QTest::newRow("view") << "--show-view grid" << "*** Usage error: --show-view VIEW must be flags, history or sweep";
        QTest::newRow("delay") << "--server-delay 2:1" << "*** Usage error: --server-delay must be S or MIN:MAX";
        QTest::newRow("delay long") << "--server-delay 61" << "*** Usage error: --server-delay must be S or MIN:MAX";
        QTest::newRow("seed") << "--server-seed -1" << "*** Usage error: --server-seed N must be a whole number";
        QTest::newRow("speed low") << "--replay r.har --speed 0.01" << "*** Usage error: --speed X must be a number from 0.05 to 4";
        QTest::newRow("speed text") << "--replay r.har --speed fast" << "*** Usage error: --speed X must be a number";
        QTest::newRow("speed alone") << "--speed 2" << "*** Usage error: --speed goes with --replay";
        QTest::newRow("pause alone") << "--pause-at 2" << "*** Usage error: --pause-at goes with --replay";
        QTest::newRow("replay and start") << "--replay r.har --start" << "--replay cannot go with --start, --preset or --sweep";
        QTest::newRow("faults") << "--faults reset,fire" << "*** Usage error: --faults LIST takes reset, truncate";
        QTest::newRow("fault rate") << "--faults reset --fault-rate 1.5" << "--fault-rate P must be a number from 0 to 1";
        QTest::newRow("fault rate alone") << "--fault-rate 0.5" << "--fault-rate needs --faults";
    }

    void usageErrorsAreTheClis()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, message);
        const GuiOptionsParse p = parse(commandLine);
        QCOMPARE(p.result, GuiOptionsParse::Result::UsageError);
        QVERIFY2(p.text.contains(message), qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("usage: flaglab")));
    }

    void helpAndVersionAreTextOnly()
    {
        QVERIFY(wantsTextOnly({QStringLiteral("flaglab"), QStringLiteral("--help")}));
        QVERIFY(wantsTextOnly({QStringLiteral("flaglab"), QStringLiteral("-a"), QStringLiteral("--version")}));
        QVERIFY(!wantsTextOnly({QStringLiteral("flaglab"), QStringLiteral("-a")}));
        const GuiOptionsParse help = parse(QStringLiteral("--help"));
        QCOMPARE(help.result, GuiOptionsParse::Result::ExitOk);
        for (const char *option : {"--start", "--quit-when-done", "--screenshot", "--report", "--no-servers",
                                   "--timeout", "--dest", "--max_req", "--threads", "--retries", "--allow-remote-load",
                                   "--preset", "--sweep", "--show-view", "--presentation", "--server-delay",
                                   "--server-seed", "--faults", "--fault-rate", "--save-plot", "--replay", "--speed",
                                   "--pause-at", "--race"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
    }

    // main() prints the text and exits 0 for ExitOk, without a display when
    // wantsTextOnly(): every help option, not only --help.
    void everyHelpOptionPrintsTheHelp_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("-h") << "-h";
        QTest::newRow("--help") << "--help";
        QTest::newRow("--help-all") << "--help-all";
        QTest::newRow("-?") << "-?";
    }

    void everyHelpOptionPrintsTheHelp()
    {
        QFETCH(QString, option);
        QVERIFY(wantsTextOnly({QStringLiteral("flaglab"), option}));
        const GuiOptionsParse help = parse(QStringLiteral("-a --start ") + option);
        QCOMPARE(help.result, GuiOptionsParse::Result::ExitOk);
        QVERIFY(help.textToStdout);
        QVERIFY2(help.text.contains(QStringLiteral("--quit-when-done")), qPrintable(help.text));
    }

    void defaultDestinationIsInTheAppData()
    {
        QVERIFY(defaultDestination().endsWith(QStringLiteral("/downloaded")));
        QVERIFY(!QDir::isRelativePath(defaultDestination()));
    }
};

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
