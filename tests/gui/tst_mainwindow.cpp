// The window end to end, against an in-process server on a free port: the
// start/stop cycle, a full run's views and log, and the scripted outputs.
#include "shell/mainwindow.h"
#include "flaggrid/thumbnailmodel.h"
#include "runcontrols/progressstrip.h"
#include "liveplots/timelineview.h"
#include "shell/logbuffer.h"

#include "servers/builtinservers.h"
#include "flags2/serverlabels.h"
#include "flags2/textreport.h"
#include "freeports.h"
#include "testserver.h"

#include <QAction>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QTimer>
#include <QSet>
#include <QTextBlock>
#include <QApplication>
#include <QTest>

#include "windowtestoptions.h"

using namespace flaglab;

namespace {

GuiOptions optionsFor(const QUrl &base, const QString &destination)
{
    return test::windowOptionsFor(base, destination);
}

QStringList logLines(MainWindow &window)
{
    return window.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText().split(u'\n');
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// Counts the paints of the widgets it filters while counting is on.
struct PaintCounter : QObject {
    bool counting = false;
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (counting && event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // settings and data in a throwaway place
    }

    // Before any run the views already speak of the run the panel holds:
    // POP20 reads 0 / 20, not 0 / 1, and the timeline's cap is -m's.
    void firstStartShowsTheRunToCome()
    {
        QTemporaryDir dir;
        MainWindow window(optionsFor(QUrl(QStringLiteral("http://127.0.0.1:9/flags")), dir.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QCOMPARE(bar->maximum(), 20);
        QCOMPARE(bar->text(), QStringLiteral("0 / 20"));
        auto *range = window.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        QVERIFY(range);
        range->setCurrentIndex(1);      // All 194 flags (-a)
        QCOMPARE(bar->text(), QStringLiteral("0 / 194"));
    }

    void startStopCycle()
    {
        ServerConfig slow = test::TestServer::slow(300, 600);
        test::TestServer server(slow);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        MainWindow window(optionsFor(server.baseUrl(), dir.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::runSettled);
        auto *startButton = window.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *stopButton = window.findChild<QPushButton *>(QStringLiteral("stopButton"));

        // Start with the button, stop with the Stop action (Esc) while requests are in flight.
        QVERIFY(action(window, "actionStart")->isEnabled());
        QVERIFY(!action(window, "actionStop")->isEnabled());
        QTest::mouseClick(startButton, Qt::LeftButton);
        QVERIFY(window.isRunning());
        QVERIFY(!startButton->isEnabled());
        QVERIFY(stopButton->isEnabled());
        QVERIFY(action(window, "actionStop")->isEnabled());
        QVERIFY(!window.startRun());            // one run at a time
        QTRY_VERIFY(window.engine().inFlight() > 0);
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
        QVERIFY(!window.isRunning());
        const RunCounts stopped = window.engine().counts();
        QCOMPARE(stopped.done(), 20);
        QVERIFY(stopped.cancelled > 0);
        QVERIFY(logLines(window).contains(QStringLiteral("%1 cancelled.").arg(stopped.cancelled, 3)));
        // The bar stops where the run stopped, and says so: not a full "20 / 20".
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        const int finished = stopped.ok + stopped.notFound + stopped.errors;
        QCOMPARE(progress->value(), finished);
        QVERIFY2(progress->text().endsWith(QStringLiteral("%1 / 20 · stopped").arg(finished)),
                 qPrintable(progress->text()));
        QVERIFY(startButton->isEnabled());
        QVERIFY(!stopButton->isEnabled());

        // Again, with F5, and the server fast: the whole run lands.
        slow.delayMinMs = slow.delayMaxMs = 0;
        server.thread().setConfig(slow);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 20000);
        QCOMPARE(window.engine().counts().ok, 20);
        QCOMPARE(window.thumbnails().rowCount(), 20);
        QCOMPARE(progress->value(), 20);
        QVERIFY2(progress->text().endsWith(QStringLiteral("20 / 20")), qPrintable(progress->text()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.gif")}).size(), 20);

        // The log: the CLI's lines, word for word.
        const QStringList lines = logLines(window);
        const QStringList head = initialReport(QStringLiteral("CUSTOM"), server.baseUrl().toString(),
                                               window.engine().config().codes, 5);
        QVERIFY(lines.indexOf(head.first()) >= 0);
        const int lastRun = int(lines.lastIndexOf(head.first()));
        QCOMPARE(lines.mid(lastRun, 3), head);
        QCOMPARE(lines.mid(lastRun + 3, 20).filter(QStringLiteral(" OK")).size(), 20);
        QCOMPARE(lines.at(lastRun + 23), QString(20, u'-'));
        QCOMPARE(lines.at(lastRun + 24), QStringLiteral(" 20 flags downloaded."));
        QVERIFY(lines.at(lastRun + 25).startsWith(QStringLiteral("Elapsed time: ")));
        // ...and the final report is in sight, at the bottom.
        const QScrollBar *bar = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        const QJsonObject report = window.report();
        QCOMPARE(report.value(u"ok").toInt(), 20);
        const QJsonObject ui = report.value(u"ui").toObject();
        // The stall probe ran during the run (tst_stallprobe checks what it measures).
        QVERIFY2(ui.value(u"max_stall_ms").isDouble(), "no max_stall_ms in the report");
        QVERIFY(ui.value(u"max_stall_ms").toDouble() >= 0);
        QCOMPARE(ui.value(u"stall_probe_interval_ms").toInt(), 2);
        QVERIFY2(ui.value(u"stall_probe_wake_ups").toInteger() >= 2,
                 qPrintable(QString::number(ui.value(u"stall_probe_wake_ups").toInteger())));
        QCOMPARE(ui.value(u"thumbnails").toInt(), 20);
        QCOMPARE(ui.value(u"thumbnails_painted").toInt(), 20);
        QVERIFY(ui.value(u"thumbnail_latency_ms_p95").toDouble() <= ui.value(u"thumbnail_latency_ms_max").toDouble());
        QVERIFY(ui.value(u"timeline_lanes").toInt() >= 1 && ui.value(u"timeline_lanes").toInt() <= 5);
    }

    // The controls show a run under way before the run starts: their repaint
    // belongs to the window's repaint at the start, outside what the stall
    // probe measures, not to the run's first moments (where it was a large
    // part of the first stall).
    void theControlsChangeBeforeTheRunStarts()
    {
        test::TestServer server(test::TestServer::slow(100, 200));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        MainWindow window(optionsFor(server.baseUrl(), dir.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *startButton = window.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *stopButton = window.findChild<QPushButton *>(QStringLiteral("stopButton"));
        PaintCounter paints;
        startButton->installEventFilter(&paints);
        stopButton->installEventFilter(&paints);
        bool idleAtStart = true;     // Start still enabled, or Stop not yet
        connect(&window.engine(), &EngineThread::started, this, [&] {
            idleAtStart = startButton->isEnabled() || !stopButton->isEnabled();
            paints.count = 0;
            paints.counting = true;
        });
        connect(&window.engine(), &EngineThread::finished, this, [&] { paints.counting = false; });
        QSignalSpy settled(&window, &MainWindow::runSettled);
        QTest::mouseClick(startButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        QVERIFY2(!idleAtStart, "Start and Stop had not changed when the engine started");
        QCOMPARE(paints.count, 0);
        QVERIFY(startButton->isEnabled());
    }

    // The Protocol control reaches the run: HTTP/2 over one connection, the
    // header line says so, every record came over "2", and the run's name in
    // the history tells it from the same run over HTTP/1.1.
    void protocolControlReachesTheRun()
    {
        test::TestServer server(test::TestServer::slow(100));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        MainWindow window(optionsFor(server.baseUrl(), dir.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::runSettled);
        auto *protocol = window.findChild<QComboBox *>(QStringLiteral("protocolCombo"));
        QVERIFY(protocol);
        for (const auto chosen : {RunConfig::Protocol::Http2, RunConfig::Protocol::Http1}) {
            protocol->setCurrentIndex(protocol->findData(int(chosen)));
            server.thread().resetStats();
            QVERIFY(window.startRun());
            QTRY_COMPARE_WITH_TIMEOUT(settled.count() > 0, true, 20000);
            settled.clear();
            QCOMPARE(window.engine().config().protocol, chosen);
            QCOMPARE(window.engine().counts().ok, 20);
            const bool h2 = chosen == RunConfig::Protocol::Http2;
            for (const RequestRecord &record : window.engine().records())
                QCOMPARE(record.httpVersion, h2 ? QStringLiteral("2") : QStringLiteral("1.1"));
            if (h2)     // the first run: no connection of an earlier one can linger in the count
                QCOMPARE(server.stats().maxConnections, 1);
            else
                QVERIFY(server.stats().maxConnections >= 5);
            QVERIFY(logLines(window).contains(h2 ? QStringLiteral("5 concurrent requests will be used over 1 connection.")
                                                 : QStringLiteral("5 concurrent connections will be used.")));
            // Which connection carried each request: over HTTP/2 the one of its
            // one manager; over HTTP/1.1 one of that manager's, one request at a time.
            QSet<int> slots;
            for (const RequestRecord &record : window.engine().records()) {
                QCOMPARE(record.connectionGroup, 0);
                QVERIFY(record.connectionSlot >= 0 && record.connectionSlot < (h2 ? 1 : 5));
                slots.insert(record.connectionSlot);
            }
            QCOMPARE(slots.size(), h2 ? 1 : 5);
            auto *timeline = window.findChild<TimelineView *>();
            timeline->setGroupByConnection(true);
            QCOMPARE(timeline->connectionCount(), h2 ? 1 : 5);
            QCOMPARE(timeline->connectionBands().first().http2, h2);
            timeline->setGroupByConnection(false);
            // Each -v line's tooltip says what the answer came over.
            auto *logView = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
            const QTextBlock line = logView->document()->findBlock(
                int(logView->toPlainText().lastIndexOf(QStringLiteral("\nBR OK"))) + 1);
            QCOMPARE(line.text(), QStringLiteral("BR OK"));
            QTextCursor cursor(line);
            logView->setTextCursor(cursor);
            logView->ensureCursorVisible();
            const QString tip = window.findChild<LogBuffer *>()->toolTipAt(logView->cursorRect(cursor).center());
            QVERIFY2(tip.startsWith(h2 ? QStringLiteral("BR: OK (HTTP/2 200)") : QStringLiteral("BR: OK (HTTP/1.1 200 OK)")),
                     qPrintable(tip));
            const RunSummary &last = window.history().runs().last();
            QCOMPARE(last.protocol, h2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1"));
            QCOMPARE(last.name.endsWith(QStringLiteral(" HTTP/2")), h2);
        }
        const QList<RunSummary> &runs = window.history().runs();
        QVERIFY(runs.at(runs.size() - 1).name != runs.at(runs.size() - 2).name);
    }

    void scriptedRunWritesReportAndScreenshot()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.filePath(QStringLiteral("flags")));
        options.selection->all = true;
        options.maxReq = 50;
        options.start = true;
        options.reportPath = dir.filePath(QStringLiteral("r.json"));
        options.screenshotPath = dir.filePath(QStringLiteral("s.png"));
        MainWindow window(options);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 30000);

        QFile file(options.reportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(u"requested").toInt(), 194);
        QCOMPARE(report.value(u"ok").toInt(), 194);
        QCOMPARE(report.value(u"concurrency").toInt(), 50);
        const QJsonObject ui = report.value(u"ui").toObject();
        for (const char *key : {"max_stall_ms", "thumbnail_latency_ms_max", "thumbnail_latency_ms_p95"})
            QVERIFY2(ui.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(ui.value(u"grid_rows").toInt(), 194);
        const QImage screenshot(options.screenshotPath);
        QVERIFY(!screenshot.isNull());
        QCOMPARE(screenshot.size(), window.size() * window.devicePixelRatio());
    }

    // Interactive: the window asks in a dialog; Cancel starts nothing, Yes starts the run.
    // (Before the scripted refusal below: that one ends the application's event loop,
    // after which no dialog can run its own.)
    void heavyRemoteLoadAsksInADialog()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        qputenv("FLAGLAB_TREAT_AS_REMOTE", "127.0.0.1");
        const auto restore = qScopeGuard([] { qunsetenv("FLAGLAB_TREAT_AS_REMOTE"); });
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.path());
        options.maxReq = 50;                // POP20: 20 at once, over the 10 allowed to a remote server
        MainWindow window(options);
        QString asked;
        const auto answerWith = [&](QMessageBox::StandardButton button) {
            auto *poll = new QTimer(&window);    // answers the box from inside its own event loop
            QObject::connect(poll, &QTimer::timeout, poll, [&asked, button, poll] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(widget);
                    if (box && box->isVisible()) {
                        asked = box->text();
                        poll->deleteLater();
                        box->button(button)->click();
                        return;
                    }
                }
            });
            poll->start(10);
        };
        answerWith(QMessageBox::Cancel);
        QVERIFY(!window.startRun());
        QVERIFY2(asked.contains(QStringLiteral("127.0.0.1 is not our server")), qPrintable(asked));
        QVERIFY(!window.isRunning());

        asked.clear();
        answerWith(QMessageBox::Yes);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        QVERIFY(window.startRun());
        QVERIFY(!asked.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        QCOMPARE(window.engine().counts().ok, 20);
    }

    void heavyLoadOnSomebodyElsesServerNeedsConsent()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        qputenv("FLAGLAB_TREAT_AS_REMOTE", "127.0.0.1");    // the CLI's test hook: a stand-in remote server
        const auto restore = qScopeGuard([] { qunsetenv("FLAGLAB_TREAT_AS_REMOTE"); });
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.path());
        options.maxReq = 50;                // POP20: 20 at once, over the 10 allowed to a remote server
        options.quitWhenDone = true;        // scripted: nobody to ask
        {
            MainWindow window(options);
            QVERIFY(!window.startRun());
            QVERIFY(!window.isRunning());
            QTRY_VERIFY(logLines(window).last().startsWith(QStringLiteral("*** Not started. 127.0.0.1 is not our server")));
        }
        options.run.allowRemoteLoad = true;
        MainWindow window(options);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        QVERIFY(window.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        QCOMPARE(window.engine().counts().ok, 20);
    }

    void threadsModelAndRetriesReachTheEngine()
    {
        test::TestServer server;
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.path());
        options.run.model = RunConfig::Model::Threads;
        options.run.retries = 2;
        MainWindow window(options);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        QVERIFY(window.startRun());
        QCOMPARE(window.engine().config().model, RunConfig::Model::Threads);
        QCOMPARE(window.engine().config().retries, 2);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        QCOMPARE(window.engine().counts().ok, 20);
        QCOMPARE(window.report().value(u"ok").toInt(), 20);
    }

    // The hidden cap as the class sees it: 12 handed to one manager, which
    // keeps 6 on the wire, as the server counts, and 6 in Qt's queue. Every
    // figure the window shows of it agrees with the server's /stats.
    void hiddenCapShowsWhatTheServerSaw()
    {
        test::TestServer server(test::TestServer::slow(300));
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.path());
        options.selection->limit = 12;
        options.maxReq = 12;
        options.run.singleManager = true;
        options.run.maxConnecting = 5;     // Qt's cap still shows: the limit only paces the opening
        MainWindow window(options);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        window.show();
        QVERIFY(window.startRun());
        auto *inFlight = window.findChild<QLabel *>(QStringLiteral("inFlightLabel"));
        QVERIFY(inFlight);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight->text(), QStringLiteral("6 in flight · 6 queued in Qt"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        QCOMPARE(window.engine().counts().ok, 12);
        const qint64 atServer = server.stats().maxInFlight;
        QCOMPARE(atServer, 6);
        QCOMPARE(window.engine().maxInFlight(), int(atServer));
        QCOMPARE(window.engine().flight().maxQueuedInClient, 6);
        QCOMPARE(window.engine().report().value(u"max_in_flight").toInt(), int(atServer));
        QCOMPARE(window.engine().report().value(u"max_queued_in_client").toInt(), 6);
        QCOMPARE(window.engine().report().value(u"max_connecting").toInt(), 5);
        QCOMPARE(window.findChild<TimelineView *>()->peakInFlight(), int(atServer));
    }

    // Russian shows "3,1 с" in the time-out field: the strip, the timeline and
    // Little's law write their numbers in the same locale, not "0.0".
    void figuresFollowTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        ProgressStrip strip;
        RunCounts counts;
        counts.ok = 3;
        strip.showProgress(counts, qint64(2.5e9), 1.5, FlightCounts{});
        QCOMPARE(strip.findChild<QLabel *>(QStringLiteral("rateLabel"))->text(), QStringLiteral("1,5 flags/s"));
        QCOMPARE(strip.findChild<QLabel *>(QStringLiteral("elapsedLabel"))->text(), QStringLiteral("2,50 s"));
        strip.showProgress(counts, qint64(2.5e9), -1, FlightCounts{});     // over: the average
        QCOMPARE(strip.findChild<QLabel *>(QStringLiteral("rateLabel"))->text(), QStringLiteral("1,2 flags/s avg"));
    }

    // A DELAY server changed in an earlier session is still changed: with
    // DELAY chosen, the Run panel says how it differs from the book's.
    void aChangedBuiltInServerIsNamedInTheRunPanel()
    {
        const quint16 base = test::freeBasePort();
        QVERIFY(base != 0);
        setBookBasePort(base);
        const auto restore = qScopeGuard([] { setBookBasePort(kBookBasePort); });
        GuiOptions options = test::quietWindowOptions();
        options.noServers = false;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ServerConfig delay = window.servers().config(ServerConfig::Mode::Delay);
        delay.delayMinMs = delay.delayMaxMs = 1000;
        window.servers().setConfig(ServerConfig::Mode::Delay, delay);
        auto *server = window.findChild<QComboBox *>(QStringLiteral("serverCombo"));
        auto *note = window.findChild<QLabel *>(QStringLiteral("serverNoteLabel"));
        QVERIFY(server && note);
        server->setCurrentIndex(server->findData(QStringLiteral("LOCAL")));
        QVERIFY(note->isHidden());
        server->setCurrentIndex(server->findData(QStringLiteral("DELAY")));
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), window.servers().differenceFromTheBook(ServerConfig::Mode::Delay));
        QVERIFY(note->text().startsWith(u"DELAY here waits"));
        window.servers().setConfig(ServerConfig::Mode::Delay, ServerConfig::forMode(ServerConfig::Mode::Delay));
        QVERIFY(note->isHidden());      // the book's again
    }

    void aFailedServerGivesErrorTiles()
    {
        // A port nobody listens on: every request is refused.
        quint16 port;
        {
            test::TestServer server;
            port = server.thread().port();
        }
        QTemporaryDir dir;
        GuiOptions options = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/flags").arg(port)), dir.path());
        options.selection->ccArgs = {QStringLiteral("BR"), QStringLiteral("CN")};
        MainWindow window(options);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        window.show();
        QVERIFY(window.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
        QCOMPARE(window.engine().counts().errors, 2);
        QCOMPARE(window.thumbnails().rowCount(), 2);
        QCOMPARE(window.thumbnails().index(0).data(ThumbnailModel::BadgeRole).toString(), QStringLiteral("refused"));
        QVERIFY(logLines(window).contains(QStringLiteral("  2 errors.")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
