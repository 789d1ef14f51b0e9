#include "flags2/commandline.h"
#include "flags2/runoptions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;

namespace {

const QString kUsage = QStringLiteral("usage: flaglab-cli [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]");

// A driver's command line: the flags2 options and every run option.
struct RunCommandLine {
    Flags2CommandLine cmd{QStringLiteral("flaglab-cli"), 5};
    RunOptions options;

    RunCommandLine()
    {
        cmd.addOptions({
            runOption(RunOption::Timeout, QStringLiteral("time-out")),
            runOption(RunOption::Dest, QStringLiteral("folder")),
            runOption(RunOption::NameByCountry, QStringLiteral("names")),
            runOption(RunOption::SingleManager, QStringLiteral("one manager")),
            runOption(RunOption::Threads, QStringLiteral("threads")),
            runOption(RunOption::Retries, QStringLiteral("retries")),
            runOption(RunOption::MaxConnecting, QStringLiteral("connecting")),
            runOption(RunOption::AllowRemoteLoad, QStringLiteral("heavy runs")),
            runOption(RunOption::Http1, QStringLiteral("HTTP/1.1")),
            runOption(RunOption::Http2, QStringLiteral("HTTP/2")),
            runOption(RunOption::CaCert, QStringLiteral("trust")),
            runOption(RunOption::Sync, QStringLiteral("sync")),
        });
    }

    bool read(const QString &line)
    {
        QStringList args{QStringLiteral("flaglab-cli")};
        if (!line.isEmpty())
            args += line.split(u' ');
        return cmd.parse(args) && readRunOptions(cmd, &options);
    }
};

} // namespace

class TestRunOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesAndValueNames()
    {
        const QCommandLineOption timeout = runOption(RunOption::Timeout, QStringLiteral("help"));
        QCOMPARE(timeout.names(), QStringList{QStringLiteral("timeout")});
        QCOMPARE(timeout.valueName(), QStringLiteral("S"));
        QCOMPARE(timeout.description(), QStringLiteral("help"));
        QCOMPARE(runOption(RunOption::Dest, {}).valueName(), QStringLiteral("DIR"));
        QCOMPARE(runOption(RunOption::Retries, {}).valueName(), QStringLiteral("N"));
        QCOMPARE(runOption(RunOption::NameByCountry, {}).names(), QStringList{QStringLiteral("name-by-country")});
        QCOMPARE(runOption(RunOption::SingleManager, {}).names(), QStringList{QStringLiteral("single-manager")});
        QCOMPARE(runOption(RunOption::Threads, {}).names(), QStringList{QStringLiteral("threads")});
        QCOMPARE(runOption(RunOption::AllowRemoteLoad, {}).names(), QStringList{QStringLiteral("allow-remote-load")});
        QVERIFY(runOption(RunOption::Threads, {}).valueName().isEmpty());
    }

    void nothingGivenLeavesEverythingUnset()
    {
        RunCommandLine line;
        QVERIFY(line.read({}));
        QVERIFY(!line.options.timeoutMs);
        QVERIFY(!line.options.retries);
        QVERIFY(!line.options.maxConnecting);
        QVERIFY(!line.options.destination);
        QVERIFY(!line.options.nameByCountry && !line.options.singleManager && !line.options.model);
        QVERIFY(!line.options.allowRemoteLoad);
        QVERIFY(!line.options.syncFiles);

        RunConfig run;
        run.timeoutMs = 1234;
        run.destination = QStringLiteral("elsewhere");
        line.options.applyTo(&run);
        QCOMPARE(run.timeoutMs, 1234);
        QCOMPARE(run.destination, QStringLiteral("elsewhere"));
        QCOMPARE(run.retries, 0);
        QCOMPARE(run.maxConnecting, 12);
        QCOMPARE(run.naming, RunConfig::Naming::ByCode);
        QVERIFY(!run.singleManager);
        QCOMPARE(run.model, RunConfig::Model::EventLoop);
        QCOMPARE(run.protocol, RunConfig::Protocol::Http1);
        QVERIFY(run.caCertificates.isEmpty());
        QVERIFY(!run.syncFiles);     // flags are renamed into place, not flushed first
    }

    void syncOption()
    {
        QCOMPARE(runOption(RunOption::Sync, {}).names(), QStringList{QStringLiteral("sync")});
        RunCommandLine line;
        QVERIFY(line.read(QStringLiteral("--sync")));
        QVERIFY(line.options.syncFiles);
        RunConfig run;
        line.options.applyTo(&run);
        QVERIFY(run.syncFiles);
    }

    void protocolOptions()
    {
        RunCommandLine http2;
        QVERIFY(http2.read(QStringLiteral("--http2")));
        RunConfig run;
        http2.options.applyTo(&run);
        QCOMPARE(run.protocol, RunConfig::Protocol::Http2);
        RunCommandLine http1;
        QVERIFY(http1.read(QStringLiteral("--http1")));
        http1.options.applyTo(&run);
        QCOMPARE(run.protocol, RunConfig::Protocol::Http1);
        RunCommandLine both;
        QVERIFY(!both.read(QStringLiteral("--http1 --http2")));
        QCOMPARE(both.cmd.errorText(), QStringLiteral("*** Usage error: --http1 and --http2 cannot go together\n") + kUsage + u'\n');
    }

    void caCertNeedsAPemCertificate()
    {
        QTemporaryDir dir;
        const QString notPem = dir.filePath(QStringLiteral("not.pem"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        for (const QString &path : {notPem, dir.filePath(QStringLiteral("missing.pem"))}) {
            RunCommandLine line;
            QVERIFY(!line.read(QStringLiteral("--cacert ") + path));
            QCOMPARE(line.cmd.errorText(),
                     QStringLiteral("*** Usage error: --cacert FILE: no PEM certificate in %1\n").arg(path) + kUsage + u'\n');
        }
    }

    void everythingGiven()
    {
        RunCommandLine line;
        QVERIFY2(line.read(QStringLiteral("--timeout 2.01 --dest /tmp/x --name-by-country --single-manager --threads "
                                          "--retries 3 --max-connecting 0 --allow-remote-load")),
                 qPrintable(line.cmd.errorText()));
        QCOMPARE(*line.options.timeoutMs, 2010);   // rounded: 2.01 * 1000 is 2009.999...
        QCOMPARE(*line.options.retries, 3);
        QCOMPARE(*line.options.destination, QStringLiteral("/tmp/x"));
        QVERIFY(line.options.allowRemoteLoad);

        RunConfig run;
        line.options.applyTo(&run);
        QCOMPARE(run.timeoutMs, 2010);
        QCOMPARE(run.retries, 3);
        QCOMPARE(run.maxConnecting, 0);
        QCOMPARE(run.destination, QStringLiteral("/tmp/x"));
        QCOMPARE(run.naming, RunConfig::Naming::ByCountry);
        QVERIFY(run.singleManager);
        QCOMPARE(run.model, RunConfig::Model::Threads);
    }

    void limitsAreInclusive()
    {
        RunCommandLine line;
        QVERIFY(line.read(QStringLiteral("--timeout 3600 --retries 10 --max-connecting 1000")));
        QCOMPARE(*line.options.maxConnecting, 1000);
        QCOMPARE(*line.options.timeoutMs, 3600000);
        QCOMPARE(*line.options.retries, 10);
        RunCommandLine zero;
        QVERIFY(zero.read(QStringLiteral("--retries 0 --dest=")));
        QCOMPARE(*zero.options.retries, 0);
        QCOMPARE(*zero.options.destination, QString());   // given, if empty
    }

    void bookUsageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("timeout 0") << "--timeout 0" << "*** Usage error: --timeout S must be > 0 and <= 3600";
        QTest::newRow("timeout -1") << "--timeout -1" << "*** Usage error: --timeout S must be > 0 and <= 3600";
        QTest::newRow("timeout 3601") << "--timeout 3601" << "*** Usage error: --timeout S must be > 0 and <= 3600";
        QTest::newRow("timeout nan") << "--timeout nan" << "*** Usage error: --timeout S must be > 0 and <= 3600";
        QTest::newRow("retries -1") << "--retries -1" << "*** Usage error: --retries N must be from 0 to 10";
        QTest::newRow("retries 11") << "--retries 11" << "*** Usage error: --retries N must be from 0 to 10";
        QTest::newRow("max-connecting -1") << "--max-connecting -1" << "*** Usage error: --max-connecting N must be from 0 to 1000";
        QTest::newRow("max-connecting 1001") << "--max-connecting 1001" << "*** Usage error: --max-connecting N must be from 0 to 1000";
        QTest::newRow("timeout first") << "--retries 11 --timeout 0"
                                       << "*** Usage error: --timeout S must be > 0 and <= 3600";
    }

    void bookUsageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        RunCommandLine cmd;
        QVERIFY(!cmd.read(line));
        QVERIFY(cmd.cmd.errorToStdout());
        QCOMPARE(cmd.cmd.errorText(), message + u'\n' + kUsage + u'\n');
    }

    void argparseErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("timeout soon") << "--timeout soon" << "argument --timeout: invalid float value: 'soon'";
        QTest::newRow("retries 1.5") << "--retries 1.5" << "argument --retries: invalid int value: '1.5'";
        QTest::newRow("max-connecting x") << "--max-connecting x" << "argument --max-connecting: invalid int value: 'x'";
        // Types are checked before limits, as argparse does.
        QTest::newRow("type before limit") << "--timeout 0 --retries x" << "argument --retries: invalid int value: 'x'";
    }

    void argparseErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        RunCommandLine cmd;
        QVERIFY(!cmd.read(line));
        QVERIFY(!cmd.cmd.errorToStdout());
        QCOMPARE(cmd.cmd.errorText(), kUsage + QStringLiteral("\nflaglab-cli: error: ") + message + u'\n');
    }
};

QTEST_GUILESS_MAIN(TestRunOptions)
#include "tst_runoptions.moc"
