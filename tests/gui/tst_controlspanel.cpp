#include "runcontrols/controlspanel.h"
#include "shell/guioptions.h"
#include "runcontrols/inputvalidators.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QRadioButton>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;

class TestControlsPanel : public QObject {
    Q_OBJECT

private:
    template <typename T>
    static T *child(ControlsPanel &panel, const char *name)
    {
        T *widget = panel.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static void chooseData(QComboBox *combo, const QVariant &data)
    {
        combo->setCurrentIndex(combo->findData(data));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the default Save to folder: not the user's
        i18n::installTranslations(QStringLiteral("en"));    // English plurals: "1 connection", not "1 connection(s)"
    }

    void defaultsAreTheBooks()
    {
        ControlsPanel panel;
        QVERIFY(panel.isValid());
        const RunRequest request = panel.request();
        QCOMPARE(request.server.label, QStringLiteral("LOCAL"));
        QCOMPARE(request.server.baseUrl, QUrl(QStringLiteral("http://localhost:8000/flags")));
        QCOMPARE(request.codes.size(), 20);     // POP20
        QVERIFY(request.codes.contains(QStringLiteral("BR")));
        QCOMPARE(request.timeoutMs, 3100);
        QCOMPARE(request.model, RunConfig::Model::EventLoop);
        QCOMPARE(request.retries, 0);
        QCOMPARE(request.protocol, RunConfig::Protocol::Http1);
        QVERIFY(child<QPushButton>(panel, "startButton")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "stopButton")->isEnabled());
    }

    void typedCodesAreValidatedAtTheField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("empty") << "" << false << QStringList();
        QTest::newRow("two codes") << "br cn" << true << QStringList{"BR", "CN"};
        QTest::newRow("commas") << "cn,br;  jp" << true << QStringList{"BR", "CN", "JP"};
        QTest::newRow("first letter") << "b" << true << QStringList();   // checked by size below
        QTest::newRow("three letters") << "BRA" << false << QStringList();
        QTest::newRow("digit") << "B1" << false << QStringList();
        QTest::newRow("accented") << "ÉS" << false << QStringList();
    }

    void typedCodesAreValidatedAtTheField()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QStringList, codes);

        ControlsPanel panel;
        panel.show();
        chooseData(child<QComboBox>(panel, "rangeCombo"), int(ControlsPanel::Range::Codes));
        QLineEdit *edit = child<QLineEdit>(panel, "codesEdit");
        edit->clear();
        QTest::keyClicks(edit, typed);

        QCOMPARE(panel.isValid(), valid);
        QCOMPARE(edit->property("invalid").toBool(), !valid);
        QCOMPARE(child<QPushButton>(panel, "startButton")->isEnabled(), valid);
        QLabel *problem = child<QLabel>(panel, "problemLabel");
        QCOMPARE(problem->isVisible(), !valid);
        if (!valid)
            QCOMPARE(problem->text(), panel.problem());
        if (valid && !codes.isEmpty())
            QCOMPARE(panel.request().codes, codes);
        if (typed == u"b")
            QCOMPARE(panel.request().codes.size(), 26);     // BA..BZ
        QCOMPARE(edit->text(), typed.toUpper());            // shown as the codes are
    }

    void problemNamesTheBadCode()
    {
        QVERIFY(CodeListValidator::problem(QStringLiteral("br BRA")).contains(u"BRA"));
        QVERIFY(CodeListValidator::problem(QStringLiteral("br cn")).isEmpty());
    }

    void customUrlIsValidatedAtTheField_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no scheme") << "127.0.0.1:8080/flags" << false;
        QTest::newRow("ftp") << "ftp://example.org/flags" << false;
        QTest::newRow("no host") << "http:///flags" << false;
        QTest::newRow("http") << "http://127.0.0.1:8080/flags" << true;
        QTest::newRow("https") << "https://www.fluentpython.com/data/flags" << true;
    }

    void customUrlIsValidatedAtTheField()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        ControlsPanel panel;
        panel.show();
        chooseData(child<QComboBox>(panel, "serverCombo"), QStringLiteral("CUSTOM"));
        QLineEdit *edit = child<QLineEdit>(panel, "urlEdit");
        QVERIFY(edit->isVisible());
        edit->setText(url);
        QCOMPARE(panel.isValid(), valid);
        QCOMPARE(edit->property("invalid").toBool(), !valid);
        QCOMPARE(child<QPushButton>(panel, "startButton")->isEnabled(), valid);
        if (valid) {
            QCOMPARE(panel.request().server.label, QStringLiteral("CUSTOM"));
            QCOMPARE(panel.request().server.baseUrl, QUrl(url));
        }
        // Back to a labelled server: the URL no longer matters.
        chooseData(child<QComboBox>(panel, "serverCombo"), QStringLiteral("DELAY"));
        QVERIFY(panel.isValid());
        QVERIFY(!edit->isVisible());
        QCOMPARE(panel.request().server.label, QStringLiteral("DELAY"));
    }

    void validityChangesAreSignalled()
    {
        ControlsPanel panel;
        QSignalSpy spy(&panel, &ControlsPanel::validityChanged);
        chooseData(child<QComboBox>(panel, "rangeCombo"), int(ControlsPanel::Range::Codes));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().first().toBool(), false);
        child<QLineEdit>(panel, "codesEdit")->setText(QStringLiteral("BR"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().first().toBool(), true);
        child<QLineEdit>(panel, "codesEdit")->setText(QStringLiteral("BR CN"));
        QCOMPARE(spy.count(), 2);       // still valid: no signal
    }

    void rangeAndLimitExpandAsTheCliDoes()
    {
        ControlsPanel panel;
        chooseData(child<QComboBox>(panel, "rangeCombo"), int(ControlsPanel::Range::All));
        QCOMPARE(panel.request().codes.size(), 194);
        child<QSpinBox>(panel, "limitSpin")->setValue(5);
        QCOMPARE(panel.request().codes, (QStringList{"AD", "AE", "AF", "AG", "AL"}));
        chooseData(child<QComboBox>(panel, "rangeCombo"), int(ControlsPanel::Range::Every));
        QCOMPARE(panel.request().codes, (QStringList{"AA", "AB", "AC", "AD", "AE"}));
        child<QSpinBox>(panel, "limitSpin")->setValue(0);
        QCOMPARE(panel.request().codes.size(), 676);
    }

    void quickButtonsSetTheConcurrency()
    {
        ControlsPanel panel;
        QSpinBox *spin = child<QSpinBox>(panel, "concurrencySpin");
        const struct {
            const char *button;
            int value;
        } quick[] = {{"quick1", 1}, {"quick6", 6}, {"quick20", 20}, {"quick100", 100}, {"quick1000", 1000}};
        for (const auto &q : quick) {
            QTest::mouseClick(child<QAbstractButton>(panel, q.button), Qt::LeftButton);
            QCOMPARE(spin->value(), q.value);
            QVERIFY(child<QAbstractButton>(panel, q.button)->isChecked());
        }
        spin->setValue(50);
        for (const auto &q : quick)
            QVERIFY(!child<QAbstractButton>(panel, q.button)->isChecked());
        // The book's actual number: min(max_req, 1000, number of codes).
        QCOMPARE(panel.request().maxReq, 50);
        QCOMPARE(panel.request().actualReq(), 20);
    }

    void runningLocksTheInputs()
    {
        ControlsPanel panel;
        QSignalSpy start(&panel, &ControlsPanel::startRequested);
        QSignalSpy stop(&panel, &ControlsPanel::stopRequested);
        QTest::mouseClick(child<QPushButton>(panel, "startButton"), Qt::LeftButton);
        QCOMPARE(start.count(), 1);
        // The request travels with the signal: what the controls say at Start.
        const RunRequest started = start.first().first().value<RunRequest>();
        QCOMPARE(started.codes, panel.request().codes);
        QCOMPARE(started.maxReq, panel.request().maxReq);
        QCOMPARE(started.destination, panel.request().destination);
        panel.setRunning(true);
        QVERIFY(!child<QPushButton>(panel, "startButton")->isEnabled());
        QVERIFY(child<QPushButton>(panel, "stopButton")->isEnabled());
        QVERIFY(!child<QComboBox>(panel, "serverCombo")->isEnabled());
        QVERIFY(!child<QSpinBox>(panel, "concurrencySpin")->isEnabled());
        QTest::mouseClick(child<QPushButton>(panel, "stopButton"), Qt::LeftButton);
        QCOMPARE(stop.count(), 1);
        panel.setRunning(false);
        QVERIFY(child<QPushButton>(panel, "startButton")->isEnabled());
        QVERIFY(child<QComboBox>(panel, "serverCombo")->isEnabled());
    }

    // Issue 18: a Save to folder under a regular file is flagged at its field
    // at Start, with the folder and the reason, and the run is refused; a
    // usable folder, typed in its place, starts.
    void destinationUnderAFileIsFlaggedAndStartRefused()
    {
        QTemporaryDir parent;
        QFile blocker(parent.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString bad = blocker.fileName() + QStringLiteral("/flags");

        ControlsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy start(&panel, &ControlsPanel::startRequested);
        auto *edit = child<QLineEdit>(panel, "destinationEdit");
        auto *startButton = child<QPushButton>(panel, "startButton");
        edit->clear();
        QTest::keyClicks(edit, bad);
        QVERIFY(!edit->property("invalid").toBool());   // not checked while typing
        QTest::mouseClick(startButton, Qt::LeftButton);

        QCOMPARE(start.count(), 0);
        QVERIFY(!panel.isValid());
        QCOMPARE(panel.problem(), QStringLiteral("cannot write to %1: Not a directory").arg(bad));
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY(!startButton->isEnabled());
        QVERIFY(child<QLabel>(panel, "problemLabel")->isVisible());
        QVERIFY(!panel.checkBeforeStart());              // the window's F5 path
        QVERIFY(QFileInfo(blocker.fileName()).isFile());

        const QString good = parent.filePath(QStringLiteral("flags"));
        edit->clear();
        QTest::keyClicks(edit, good);
        QVERIFY(panel.isValid());
        QVERIFY(!edit->property("invalid").toBool());
        QTest::mouseClick(startButton, Qt::LeftButton);
        QCOMPARE(start.count(), 1);
        QCOMPARE(panel.request().destination, good);
        QVERIFY(QFileInfo(good).isDir());
    }

    // 0 typed for -m is no value the box takes: it would keep 20 and F5 would
    // run with it. The field is flagged and Start refused until it is fixed.
    void concurrencyOutOfRangeIsFlagged()
    {
        ControlsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *spin = child<QSpinBox>(panel, "concurrencySpin");
        auto *startButton = child<QPushButton>(panel, "startButton");
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
        QVERIFY(!panel.isValid());
        QVERIFY(!panel.checkBeforeStart());             // the window's F5 path
        QVERIFY(spin->property("invalid").toBool());
        QVERIFY(!startButton->isEnabled());
        QCOMPARE(panel.problem(),
                 QStringLiteral("Concurrent takes a number from 1 to %1, not '0'").arg(QLocale().toString(1000)));
        QTest::keyClicks(spin, QStringLiteral("7"));     // "07": a number it takes
        QVERIFY(panel.isValid());
        QVERIFY(!spin->property("invalid").toBool());
        QCOMPARE(panel.request().maxReq, 7);
    }

    void destinationFollowsTheCommandLine()
    {
        QTemporaryDir dir;
        ControlsPanel panel;
        GuiOptions options;
        options.run.destination = dir.filePath(QStringLiteral("from-dest"));
        panel.applyOptions(options);
        QCOMPARE(panel.destination(), *options.run.destination);
        QCOMPARE(child<QLineEdit>(panel, "destinationEdit")->text(), QDir::toNativeSeparators(*options.run.destination));
        panel.applyOptions(GuiOptions{});                 // no --dest: the field stays
        QCOMPARE(panel.destination(), *options.run.destination);
    }

    // Acting responsibly: the note shows for somebody else's server only.
    void responsibilityNoteForRemoteServers()
    {
        ControlsPanel panel;
        QVERIFY(!panel.isResponsibilityNoteShown());            // LOCAL
        panel.setServer(*resolveServer(QStringLiteral("REMOTE")));
        QVERIFY(panel.isResponsibilityNoteShown());
        const auto *note = child<QLabel>(panel, "responsibilityNote");
        QVERIFY2(note->text().contains(QStringLiteral("more than 5 at once")), qPrintable(note->text()));
        panel.setServer(*resolveServer(QStringLiteral("http://flags.example.org/flags")));
        QVERIFY(panel.isResponsibilityNoteShown());
        QVERIFY2(note->text().contains(QStringLiteral("more than 10 at once")), qPrintable(note->text()));
        panel.setServer(*resolveServer(QStringLiteral("http://127.0.0.1:9/flags")));
        QVERIFY(!panel.isResponsibilityNoteShown());
        panel.setServer(*resolveServer(QStringLiteral("DELAY")));
        QVERIFY(!panel.isResponsibilityNoteShown());
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("controls.ini")), QSettings::IniFormat);
        {
            ControlsPanel panel;
            panel.setServer(*resolveServer(QStringLiteral("http://127.0.0.1:9/flags")));
            CodeSelection selection;
            selection.ccArgs = {QStringLiteral("B"), QStringLiteral("cn")};
            selection.limit = 7;
            panel.setSelection(selection);
            panel.setMaxReq(100);
            panel.setTimeoutMs(1500);
            panel.setModel(RunConfig::Model::Threads);
            panel.setRetries(3);
            panel.setSingleManager(true);
            panel.setProtocol(RunConfig::Protocol::Http2);
            panel.setDestination(dir.filePath(QStringLiteral("saved-here")));
            panel.saveSettings(settings);
        }
        ControlsPanel restored;
        restored.restoreSettings(settings);
        const RunRequest request = restored.request();
        QCOMPARE(request.server.label, QStringLiteral("CUSTOM"));
        QCOMPARE(request.server.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/flags")));
        QCOMPARE(request.selection.ccArgs, (QStringList{"B", "CN"}));
        QCOMPARE(request.codes.size(), 7);
        QCOMPARE(request.maxReq, 100);
        QCOMPARE(request.timeoutMs, 1500);
        QCOMPARE(request.model, RunConfig::Model::Threads);
        QCOMPARE(request.retries, 3);
        QCOMPARE(request.protocol, RunConfig::Protocol::Http2);
        QCOMPARE(settings.value(QStringLiteral("controls/protocol")).toString(), QStringLiteral("http2"));
        QCOMPARE(request.destination, dir.filePath(QStringLiteral("saved-here")));
        QVERIFY(!request.singleManager);        // threads: the cap of 6 is no matter of theirs
        restored.setModel(RunConfig::Model::EventLoop);
        QVERIFY(restored.request().singleManager);
    }

    // The Protocol control, next to Concurrent: the command line's --http1 and
    // --http2 set it, a line without either leaves it, and the summary says
    // how few connections HTTP/2 needs.
    void protocolFollowsTheCommandLine()
    {
        ControlsPanel panel;
        auto *combo = child<QComboBox>(panel, "protocolCombo");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(child<QLabel>(panel, "protocolLabel")->buddy(), combo);
        panel.setMaxReq(100);
        CodeSelection all;
        all.all = true;
        panel.setSelection(all);
        GuiOptions options;
        options.run.protocol = RunConfig::Protocol::Http2;
        panel.applyOptions(options);
        QCOMPARE(panel.request().protocol, RunConfig::Protocol::Http2);
        QCOMPARE(RunConfig::Protocol(combo->currentData().toInt()), RunConfig::Protocol::Http2);
        const auto *summary = child<QLabel>(panel, "codesSummaryLabel");
        QVERIFY2(summary->text().endsWith(QStringLiteral("100 concurrent requests will be used over 1 connection.")),
                 qPrintable(summary->text()));
        panel.applyOptions(GuiOptions{});       // neither flag: the control stays
        QCOMPARE(panel.request().protocol, RunConfig::Protocol::Http2);
        options.run.protocol = RunConfig::Protocol::Http1;
        panel.applyOptions(options);
        QCOMPARE(panel.request().protocol, RunConfig::Protocol::Http1);
        QVERIFY2(summary->text().endsWith(QStringLiteral("100 concurrent connections will be used.")),
                 qPrintable(summary->text()));
        QSignalSpy changed(&panel, &ControlsPanel::requestChanged);
        chooseData(combo, int(RunConfig::Protocol::Http2));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(panel.request().protocol, RunConfig::Protocol::Http2);
        panel.setRunning(true);
        QVERIFY(!combo->isEnabled());
    }

    void threadsVsCoroutinesIsOneClick()
    {
        ControlsPanel panel;
        auto *threads = child<QRadioButton>(panel, "threadsRadio");
        auto *eventLoop = child<QRadioButton>(panel, "eventLoopRadio");
        auto *single = child<QCheckBox>(panel, "singleManagerCheck");
        QVERIFY(eventLoop->isChecked());
        QCOMPARE(child<QGroupBox>(panel, "modelGroup")->title(), QStringLiteral("Threads vs coroutines"));
        QTest::mouseClick(threads, Qt::LeftButton);
        QCOMPARE(panel.request().model, RunConfig::Model::Threads);
        QVERIFY(!single->isEnabled());
        QTest::mouseClick(eventLoop, Qt::LeftButton);
        QCOMPARE(panel.request().model, RunConfig::Model::EventLoop);
        QVERIFY(single->isEnabled());
        QVERIFY(!panel.request().singleManager);
        single->setChecked(true);
        QVERIFY(panel.request().singleManager);
        panel.setRunning(true);
        QVERIFY(!threads->isEnabled());
    }
};

QTEST_MAIN(TestControlsPanel)
#include "tst_controlspanel.moc"
