#include "guioptions.h"

#include <QStandardPaths>
#include <QTest>

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
        QVERIFY(!p.options.timeoutMs);
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
        QCOMPARE(*p.options.timeoutMs, 1500);
        QCOMPARE(p.options.destination, QStringLiteral("/tmp/x"));
        QVERIFY(p.options.nameByCountry);
        QVERIFY(p.options.singleManager);
        QVERIFY(p.options.noServers);
        QVERIFY(!p.options.model);
        QVERIFY(!p.options.retries);
        QVERIFY(!p.options.allowRemoteLoad);
    }

    void theCliEngineOptions()
    {
        const GuiOptionsParse p = parse(QStringLiteral("--threads --retries 3 --allow-remote-load -s REMOTE"));
        QCOMPARE(p.result, GuiOptionsParse::Result::Run);
        QCOMPARE(*p.options.model, RunConfig::Model::Threads);
        QCOMPARE(*p.options.retries, 3);
        QVERIFY(p.options.allowRemoteLoad);
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
                                   "--timeout", "--dest", "--max_req", "--threads", "--retries", "--allow-remote-load"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
    }

    void defaultDestinationIsInTheAppData()
    {
        QVERIFY(defaultDestination().endsWith(QStringLiteral("/downloaded")));
        QVERIFY(!QDir::isRelativePath(defaultDestination()));
    }
};

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
