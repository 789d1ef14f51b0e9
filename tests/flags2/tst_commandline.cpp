#include "flags2/commandline.h"

#include <QTest>

using namespace flaglab;

namespace {

const QString kUsage = QStringLiteral("usage: flaglab-cli [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]");

QStringList argv(const QString &line)
{
    QStringList args{QStringLiteral("flaglab-cli")};
    if (!line.isEmpty())
        args += line.split(u' ');
    return args;
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY(cmd.parse(argv({})));
        const Flags2Options o = cmd.options();
        QCOMPARE(o.server.label, QStringLiteral("LOCAL"));
        QCOMPARE(o.server.baseUrl, QUrl(QStringLiteral("http://localhost:8000/flags")));
        QCOMPARE(o.codes.size(), 20);
        QCOMPARE(o.maxReq, 5);
        QCOMPARE(o.actualReq, 5);
        QVERIFY(!o.verbose);
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("codes");
        QTest::addColumn<int>("actualReq");
        QTest::addColumn<bool>("verbose");
        QTest::newRow("book: -s ERROR -al 100 -m 100") << "-s ERROR -al 100 -m 100" << "ERROR" << 100 << 100 << false;
        QTest::newRow("-m100 clustered value") << "-a -m100" << "LOCAL" << 194 << 100 << false;
        QTest::newRow("-vm 3 flags then value") << "-vm 3 b" << "LOCAL" << 26 << 3 << true;
        QTest::newRow("-al100") << "-al100" << "LOCAL" << 100 << 5 << false;
        QTest::newRow("-m=7") << "-a -m=7" << "LOCAL" << 194 << 7 << false;
        QTest::newRow("-sERROR") << "-sERROR b" << "ERROR" << 26 << 5 << false;
        QTest::newRow("-ave all three flags") << "-ave" << "LOCAL" << 676 << 5 << true;
        QTest::newRow("book: -s DELAY -al 100 -m 100") << "-s DELAY -al 100 -m 100" << "DELAY" << 100 << 100 << false;
        QTest::newRow("-- ends the options") << "-- br" << "LOCAL" << 1 << 1 << false;
        QTest::newRow("lower-case label") << "-s delay b" << "DELAY" << 26 << 5 << false;
        QTest::newRow("long options") << "--every --max_req 1000 --server remote" << "REMOTE" << 676 << 676 << false;
        QTest::newRow("--max_req=7") << "--max_req=7 --limit=3" << "LOCAL" << 3 << 3 << false;
        QTest::newRow("actual capped at 1000") << "-e -m 5000" << "LOCAL" << 676 << 676 << false;
        QTest::newRow("one code, one connection") << "-m 30 br" << "LOCAL" << 1 << 1 << false;
        QTest::newRow("custom URL") << "-s http://127.0.0.1:9/flags/ br" << "CUSTOM" << 1 << 1 << false;
        QTest::newRow("codes after options") << "br -v us" << "LOCAL" << 2 << 2 << true;
    }

    void accepted()
    {
        QFETCH(QString, line);
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY2(cmd.parse(argv(line)), qPrintable(cmd.errorText()));
        const Flags2Options o = cmd.options();
        QTEST(o.server.label, "label");
        QTEST(int(o.codes.size()), "codes");
        QTEST(o.actualReq, "actualReq");
        QTEST(o.verbose, "verbose");
    }

    void customUrlLosesTrailingSlash()
    {
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY(cmd.parse(argv(QStringLiteral("-s http://127.0.0.1:9/flags/"))));
        QCOMPARE(cmd.options().server.baseUrl.toString(), QStringLiteral("http://127.0.0.1:9/flags"));
    }

    void bookUsageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("-m 0") << "-m 0" << "*** Usage error: --max_req CONCURRENT must be >= 1";
        QTest::newRow("-m -3") << "-m -3" << "*** Usage error: --max_req CONCURRENT must be >= 1";
        QTest::newRow("-l 0") << "-l 0" << "*** Usage error: --limit N must be >= 1";
        QTest::newRow("-s NOWHERE") << "-s NOWHERE" << "*** Usage error: --server LABEL must be one of DELAY, ERROR, LOCAL, REMOTE";
        QTest::newRow("-s ftp URL") << "-s ftp://x/flags" << "*** Usage error: --server LABEL must be one of DELAY, ERROR, LOCAL, REMOTE";
        QTest::newRow("CC BRA") << "BRA" << "*** Usage error: each CC argument must be A to Z or AA to ZZ.";
        QTest::newRow("CC 1") << "br 1" << "*** Usage error: each CC argument must be A to Z or AA to ZZ.";
        QTest::newRow("-a after -- is a CC") << "-- -a" << "*** Usage error: each CC argument must be A to Z or AA to ZZ.";
    }

    void bookUsageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY(!cmd.parse(argv(line)));
        QVERIFY(cmd.errorToStdout());
        QCOMPARE(cmd.errorText(), message + u'\n' + kUsage + u'\n');
    }

    void argparseErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("-m x") << "-m x" << "argument -m/--max_req: invalid int value: 'x'";
        QTest::newRow("-l 2.5") << "-l 2.5" << "argument -l/--limit: invalid int value: '2.5'";
        QTest::newRow("unknown option") << "--bogus" << "Unknown option 'bogus'.";
        QTest::newRow("missing value") << "-m" << "Missing value after '-m'.";
        QTest::newRow("unknown letter in a cluster") << "-ax" << "Unknown option 'x'.";
        QTest::newRow("-all is -a -l l") << "-all" << "argument -l/--limit: invalid int value: 'l'";
    }

    void argparseErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY(!cmd.parse(argv(line)));
        QVERIFY(!cmd.errorToStdout());
        QCOMPARE(cmd.errorText(), kUsage + QStringLiteral("\nflaglab-cli: error: ") + message + u'\n');
    }

    void help()
    {
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY(cmd.parse(argv(QStringLiteral("-h"))));
        QVERIFY(cmd.helpRequested());
        QVERIFY(cmd.helpText().contains(QStringLiteral("--max_req")));
    }

    void helpOptions_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("-h") << "-h";
        QTest::newRow("--help") << "--help";
        QTest::newRow("--help-all") << "--help-all";
        QTest::newRow("-?") << "-?";
        QTest::newRow("-? after a run's options") << "-s DELAY -al 100 -?";
    }

    void helpOptions()
    {
        QFETCH(QString, line);
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        QVERIFY2(cmd.parse(argv(line)), qPrintable(cmd.errorText()));
        QVERIFY(cmd.helpRequested());
        QVERIFY(cmd.helpText().contains(QStringLiteral("--help-all")));
    }

    // A value that looks like options is still the value: the folder "-ae",
    // not -a and -e (the old cluster-splitting pre-pass got this wrong).
    void optionValueThatLooksLikeAnOptionCluster()
    {
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        cmd.addOptions({{QStringLiteral("dest"), QStringLiteral("folder"), QStringLiteral("DIR")}});
        QVERIFY2(cmd.parse(argv(QStringLiteral("--dest -ae -l 3"))), qPrintable(cmd.errorText()));
        QCOMPARE(cmd.parser().value(QStringLiteral("dest")), QStringLiteral("-ae"));
        QVERIFY(!cmd.parser().isSet(QStringLiteral("all")));
        QVERIFY(!cmd.parser().isSet(QStringLiteral("every")));
        QCOMPARE(cmd.options().codes.size(), 3);     // POP20, limited: no -a, no -e
    }

    void driverOptionsCluster()
    {
        Flags2CommandLine cmd(QStringLiteral("flaglab-cli"), 5);
        cmd.addOptions({{QStringLiteral("x"), QStringLiteral("extra")}});
        QVERIFY(cmd.parse(argv(QStringLiteral("-xa"))));
        QVERIFY(cmd.parser().isSet(QStringLiteral("x")));
        QCOMPARE(cmd.options().codes.size(), 194);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
