// flaglab-cli as a user runs it: a process, its output and exit status,
// against the built-in server on a free loopback port.

#include "flagfiles.h"
#include "flags2/countrycodes.h"
#include "freeports.h"
#include "testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace flaglab;
using flaglab::test::TestServer;

namespace {

const QString kUsage = QStringLiteral("usage: flaglab-cli [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]\n");

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

QString cliPath()
{
    return qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab-cli");
}

CliResult runCli(const QStringList &args, int timeoutMs = 60000,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), args);
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

double elapsedFrom(const CliResult &result)
{
    static const QRegularExpression re(QStringLiteral("^Elapsed time: (\\d+\\.\\d\\d)s$"),
                                       QRegularExpression::MultilineOption);
    const auto match = re.match(result.out);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stdoutText");
        QTest::newRow("-m 0") << QStringList{"-m", "0"}
                              << "*** Usage error: --max_req CONCURRENT must be >= 1\n" + kUsage;
        QTest::newRow("-l 0") << QStringList{"-l", "0"} << "*** Usage error: --limit N must be >= 1\n" + kUsage;
        QTest::newRow("-s BOGUS") << QStringList{"-s", "BOGUS"}
                                  << "*** Usage error: --server LABEL must be one of DELAY, ERROR, LOCAL, REMOTE\n" + kUsage;
        QTest::newRow("CC ABC") << QStringList{"ABC"}
                                << "*** Usage error: each CC argument must be A to Z or AA to ZZ.\n" + kUsage;
        QTest::newRow("--timeout 0") << QStringList{"--timeout", "0"}
                                     << "*** Usage error: --timeout S must be > 0 and <= 3600\n" + kUsage;
        QTest::newRow("--base-port 0") << QStringList{"--base-port", "0"}
                                       << "*** Usage error: --base-port N must be from 1 to 65533\n" + kUsage;
        QTest::newRow("--base-port 65534") << QStringList{"--base-port", "65534"}
                                           << "*** Usage error: --base-port N must be from 1 to 65533\n" + kUsage;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliResult result = runCli(args);
        QCOMPARE(result.exitCode, 2);
        QTEST(result.out, "stdoutText");
    }

    void argparseStyleErrorsGoToStderr()
    {
        const CliResult result = runCli({QStringLiteral("-m"), QStringLiteral("lots")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, kUsage + QStringLiteral("flaglab-cli: error: argument -m/--max_req: invalid int value: 'lots'\n"));
    }

    void help_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("-h") << "-h";
        QTest::newRow("--help") << "--help";
        QTest::newRow("--help-all") << "--help-all";
        QTest::newRow("-?") << "-?";
    }

    // Every help option prints the help and exits 0: no run starts, even with
    // a run's options beside it (a closed port, in case one did).
    void help()
    {
        QFETCH(QString, option);
        const CliResult result = runCli({QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:1/flags"),
                                         QStringLiteral("br"), option});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.out.contains(QStringLiteral("site:")), qPrintable(result.out));
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: ")), qPrintable(result.out));
        for (const char *option : {"--all", "--every", "--limit", "--max_req", "--server", "--verbose", "--timeout",
                                   "--dest", "--name-by-country", "--single-manager", "--embedded", "--json", "--har",
                                   "--max-connecting", "--base-port"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }

    void verboseRunWordForWord()
    {
        TestServer server;
        QTemporaryDir dest;
        const QString url = server.baseUrl().toString();
        const CliResult result = runCli({QStringLiteral("-s"), url, QStringLiteral("-v"), QStringLiteral("zz"),
                                         QStringLiteral("br"), QStringLiteral("--dest"), dest.path()});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.lines();
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines.mid(0, 3), (QStringList{QStringLiteral("CUSTOM site: ") + url,
                                               QStringLiteral("Searching for 2 flags: BR, ZZ"),
                                               QStringLiteral("2 concurrent connections will be used.")}));
        QCOMPARE(QSet<QString>(lines.begin() + 3, lines.begin() + 5),
                 (QSet<QString>{QStringLiteral("BR OK"), QStringLiteral("ZZ not found: ") + url + QStringLiteral("/zz/zz.gif")}));
        QCOMPARE(lines.mid(5, 3), (QStringList{"--------------------", "  1 flag downloaded.", "  1 not found."}));
        QVERIFY(elapsedFrom(result) >= 0);
        QVERIFY(QFile::exists(dest.filePath(QStringLiteral("BR.gif"))));
        QCOMPARE(result.err, QString());   // no progress bar when stderr is not a terminal
    }

    void errorsCountedAsTheBookDoes()
    {
        ServerConfig config = TestServer::quiet(ServerConfig::Mode::Error);
        config.errorRate = 0.5;
        TestServer server(config);
        QTemporaryDir dest;
        const CliResult result = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-e"),
                                         QStringLiteral("-m"), QStringLiteral("100"), QStringLiteral("--dest"), dest.path()});
        QCOMPARE(result.exitCode, 0);
        static const QRegularExpression counts(QStringLiteral("^ *(\\d+) flags downloaded\\.\n *(\\d+) not found\\.\n *(\\d+) errors\\.$"),
                                               QRegularExpression::MultilineOption);
        const auto match = counts.match(result.out);
        QVERIFY2(match.hasMatch(), qPrintable(result.out));
        const int ok = match.captured(1).toInt(), notFound = match.captured(2).toInt(), errors = match.captured(3).toInt();
        QCOMPARE(ok + notFound + errors, 676);
        QVERIFY(errors > 100 && errors < 576);   // rate 0.5 over 676 requests: far from either end
        QCOMPARE(QDir(dest.path()).entryList(QDir::Files).size(), ok);
    }

    void jsonReport()
    {
        TestServer server;
        QTemporaryDir dest;
        const QString json = dest.filePath(QStringLiteral("report.json"));
        const CliResult result = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-al"),
                                         QStringLiteral("10"), QStringLiteral("-m3"), QStringLiteral("--dest"),
                                         dest.filePath(QStringLiteral("flags")), QStringLiteral("--json"), json});
        QCOMPARE(result.exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(u"requested").toInt(), 10);
        QCOMPARE(report.value(u"ok").toInt(), 10);
        QCOMPARE(report.value(u"concurrency").toInt(), 3);
        QCOMPARE(report.value(u"max_in_flight").toInt(), 3);
        QCOMPARE(report.value(u"requests").toArray().size(), 10);
    }

    // --har: the same run as an HTTP Archive, with the JSON report beside it.
    void harBesideTheJsonReport()
    {
        TestServer server;
        QTemporaryDir dest;
        const QString json = dest.filePath(QStringLiteral("report.json")), har = dest.filePath(QStringLiteral("run.har"));
        const CliResult result = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("br"),
                                         QStringLiteral("cn"), QStringLiteral("de"), QStringLiteral("zz"), QStringLiteral("--dest"),
                                         dest.filePath(QStringLiteral("flags")), QStringLiteral("--json"), json,
                                         QStringLiteral("--har"), har});
        QCOMPARE(result.exitCode, 0);
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object().value(u"log").toObject();
        QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(u"entries").toArray();
        QCOMPARE(entries.size(), 4);
        int notFound = 0;
        for (const QJsonValue &entry : entries)
            notFound += entry.toObject().value(u"response").toObject().value(u"status").toInt() == 404;
        QCOMPARE(notFound, 1);
        QVERIFY(QFile::exists(json));
        const CliResult unwritable = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("br"),
                                             QStringLiteral("--dest"), dest.filePath(QStringLiteral("flags")),
                                             QStringLiteral("--har"), json + QStringLiteral("/run.har")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("run.har")), qPrintable(unwritable.err));
    }

    // --json -: standard output holds the JSON report and nothing else; the
    // text report (and -v's lines) go to standard error.
    void jsonReportToStandardOutput()
    {
        TestServer server;
        QTemporaryDir dest;
        const CliResult result = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-v"),
                                         QStringLiteral("-al"), QStringLiteral("3"), QStringLiteral("--dest"),
                                         dest.filePath(QStringLiteral("flags")), QStringLiteral("--json"),
                                         QStringLiteral("-")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + u'\n' + result.out));
        QCOMPARE(json.object().value(u"requested").toInt(), 3);
        QCOMPARE(json.object().value(u"ok").toInt(), 3);
        QVERIFY2(result.err.contains(QStringLiteral("Searching for 3 flags: AD, AE, AF\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("\nAE OK\n")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("\n  3 flags downloaded.\n")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
    }

    // A destination that cannot be written stops the run before its first
    // request: exit status 1 and the folder and reason on stderr. A file in
    // the path stops root too.
    void destinationUnderAFileFailsBeforeAnyRequest()
    {
        TestServer server;
        QTemporaryDir parent;
        QFile blocker(parent.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString dest = blocker.fileName() + QStringLiteral("/flags");
        const CliResult result = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-al"),
                                         QStringLiteral("5"), QStringLiteral("--dest"), dest});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err, QStringLiteral("flaglab-cli: cannot write to %1: Not a directory\n").arg(dest));
        QCOMPARE(result.out, QString());    // not even the book's header: the run never began
        QCOMPARE(server.stats().requests, 0);
        QCOMPARE(server.stats().maxConnections, 0);
    }

    // 194 codes with a fixed delay: at -m 194 they all wait together; at
    // -m 20 they go in ten waves. The server's max_in_flight is the proof;
    // it holds its answers until the count is reached, so that a loaded
    // machine opening connections slowly cannot spoil it.
    void concurrencyIsReal()
    {
        const int delayMs = 300;
        TestServer server(TestServer::heldUntil(194, delayMs));
        QTemporaryDir dest;
        const QStringList common{QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-a"),
                                 QStringLiteral("--dest"), dest.path()};

        server.thread().resetStats();
        const CliResult wide = runCli(common + QStringList{QStringLiteral("-m"), QStringLiteral("194")});
        QCOMPARE(wide.exitCode, 0);
        QVERIFY(wide.out.contains(QStringLiteral("194 concurrent connections will be used.")));
        QVERIFY(wide.out.contains(QStringLiteral("194 flags downloaded.")));
        QCOMPARE(server.stats().maxInFlight, 194);

        server.thread().setConfig(TestServer::heldUntil(20, delayMs));
        server.thread().resetStats();
        const CliResult narrow = runCli(common + QStringList{QStringLiteral("-m"), QStringLiteral("20")});
        QCOMPARE(narrow.exitCode, 0);
        QVERIFY(narrow.out.contains(QStringLiteral("194 flags downloaded.")));
        QCOMPARE(server.stats().maxInFlight, 20);

        const double wideS = elapsedFrom(wide), narrowS = elapsedFrom(narrow);
        qInfo("-m 194: %.2fs, -m 20: %.2fs (delay %.1fs)", wideS, narrowS, delayMs / 1000.0);
        // What the clock can say for sure on a shared machine: neither run beat
        // its waves. The server's own count of requests in flight (194, then 20)
        // is the proof that they overlapped; how much faster the wide run is
        // belongs to bench/cli-concurrency.sh.
        QVERIFY(wideS >= delayMs / 1000.0);
        QVERIFY(narrowS >= 10 * delayMs / 1000.0 * 0.95);
    }

    void singleManagerShowsTheHiddenCap()
    {
        TestServer server(TestServer::slow(200));
        QTemporaryDir dest;
        const CliResult result = runCli({QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-al"),
                                         QStringLiteral("30"), QStringLiteral("-m"), QStringLiteral("30"),
                                         QStringLiteral("--single-manager"), QStringLiteral("--dest"), dest.path()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(server.stats().maxInFlight, 6);
    }

    void ctrlCPrintsPartialReport()
    {
        TestServer server(TestServer::slow(1500));
        QTemporaryDir dest;
        QProcess process;
        process.start(cliPath(), {QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-a"),
                                  QStringLiteral("-m"), QStringLiteral("10"), QStringLiteral("-v"),
                                  QStringLiteral("--dest"), dest.path()});
        QVERIFY(process.waitForStarted());
        QByteArray early;
        QTRY_VERIFY_WITH_TIMEOUT((early += process.readAllStandardOutput()).contains(" OK\n"), 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 130);
        const QString out = QString::fromUtf8(early + process.readAllStandardOutput());
        static const QRegularExpression partial(QStringLiteral("^ *(\\d+) flags? downloaded\\.\n *(\\d+) cancelled\\.\nElapsed"),
                                                QRegularExpression::MultilineOption);
        const auto match = partial.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        // Every flag in the folder is whole, byte for byte; no temporary file is left behind.
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dest.path(), &problem), qPrintable(problem));
        QCOMPARE(QDir(dest.path()).entryList(QDir::Files | QDir::Hidden).size(), match.captured(1).toInt());
    }

    // --embedded on the book's ports moved to free ones (8000-8002 may be
    // taken here): the label, the server and the flags all agree.
    void embeddedServer()
    {
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        QTemporaryDir dest;
        const CliResult result = runCli({QStringLiteral("--embedded"), QStringLiteral("--base-port"), QString::number(base),
                                         QStringLiteral("-al"), QStringLiteral("5"), QStringLiteral("--dest"), dest.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("LOCAL site: http://localhost:%1/flags\n").arg(base)),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("  5 flags downloaded.")), qPrintable(result.out + result.err));
        QCOMPARE(result.err, QString());    // the built-in server started: nothing else answered there
        QCOMPARE(QDir(dest.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{"AD.gif", "AE.gif", "AF.gif", "AG.gif", "AL.gif"}));
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dest.path(), &problem), qPrintable(problem));
    }

    // DELAY and ERROR follow the base port too, with or without --embedded.
    void basePortMovesEveryLabel()
    {
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        QTemporaryDir dest;
        const CliResult delay = runCli({QStringLiteral("--embedded"), QStringLiteral("-s"), QStringLiteral("DELAY"),
                                        QStringLiteral("--base-port"), QString::number(base), QStringLiteral("--timeout"),
                                        QStringLiteral("30"), QStringLiteral("BR"), QStringLiteral("--dest"), dest.path()});
        QCOMPARE(delay.exitCode, 0);
        QVERIFY2(delay.out.startsWith(QStringLiteral("DELAY site: http://localhost:%1/flags\n").arg(base + 1)),
                 qPrintable(delay.out));
        QVERIFY2(delay.out.contains(QStringLiteral("  1 flag downloaded.")), qPrintable(delay.out + delay.err));
        QCOMPARE(test::dataSetGif(QStringLiteral("BR")).size(), QFileInfo(dest.filePath(QStringLiteral("BR.gif"))).size());

        // Nobody serves ERROR's moved port: the label points there all the same.
        const CliResult error = runCli({QStringLiteral("-s"), QStringLiteral("error"), QStringLiteral("--base-port"),
                                        QString::number(base), QStringLiteral("BR"), QStringLiteral("-v"),
                                        QStringLiteral("--dest"), dest.path()});
        QCOMPARE(error.exitCode, 0);
        QCOMPARE(error.lines().value(0), QStringLiteral("ERROR site: http://localhost:%1/flags").arg(base + 2));
        QVERIFY2(error.out.contains(QStringLiteral("\nBR error: connection refused\n")), qPrintable(error.out));
    }

    // A loopback server stands in for somebody else's (the test hook): a
    // heavy run is refused until the user says they mean it.
    void remoteLoadNeedsConsent()
    {
        TestServer server;
        QTemporaryDir dest;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FLAGLAB_TREAT_AS_REMOTE"), QStringLiteral("127.0.0.1"));
        const QStringList args{QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-al"),
                               QStringLiteral("20"), QStringLiteral("-m"), QStringLiteral("20"),
                               QStringLiteral("--dest"), dest.path()};
        const CliResult refused = runCli(args, 60000, environment);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.out, QString());
        QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1 is not our server")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--allow-remote-load")));
        QVERIFY(QDir(dest.path()).isEmpty());

        const CliResult polite = runCli(args.mid(0, 4) + QStringList{QStringLiteral("-m"), QStringLiteral("10"),
                                                                      QStringLiteral("--dest"), dest.path()},
                                        60000, environment);
        QCOMPARE(polite.exitCode, 0);

        const CliResult accepted = runCli(args + QStringList{QStringLiteral("--allow-remote-load")}, 60000, environment);
        QCOMPARE(accepted.exitCode, 0);
        QVERIFY(accepted.out.contains(QStringLiteral(" 20 flags downloaded.")));
    }

    void embeddedNeedsABuiltInLabel()
    {
        const CliResult result = runCli({QStringLiteral("--embedded"), QStringLiteral("-s"),
                                         QStringLiteral("http://127.0.0.1:9/flags")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--embedded serves LOCAL, DELAY or ERROR only")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
