// The lab in the window, end to end against an in-process server on a free
// loopback port: a sweep through the live views, a scene of several runs
// overlaid at the end, the history, Little's law, and the scripted outputs.
#include "labhistory/historymodel.h"
#include "labhistory/historyview.h"
#include "lab/littleslaw.h"
#include "labhistory/littleslawpanel.h"
#include "shell/mainwindow.h"
#include "labhistory/overlayplot.h"
#include "labhistory/sweepplot.h"
#include "labhistory/sweepview.h"

#include "lab/presets.h"
#include "lab/runhistory.h"
#include "testserver.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "windowtestoptions.h"

using namespace flaglab;

namespace {

GuiOptions optionsFor(const QUrl &base, const QString &destination)
{
    return test::windowOptionsFor(base, destination);
}

QWidget *shownView(MainWindow &window)
{
    return window.findChild<QTabWidget *>(QStringLiteral("viewTabs"))->currentWidget();
}

} // namespace

class TestLabWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void aSweepRunsThroughTheLiveViews()
    {
        test::TestServer server(test::TestServer::slow(60));     // fixed: elapsed falls as 1/N
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.filePath(QStringLiteral("flags")));
        options.sweepLevels = {1, 4, 20};
        MainWindow window(options);
        QSignalSpy settled(&window, &MainWindow::runSettled);
        QSignalSpy idle(&window, &MainWindow::idle);
        window.show();
        QTRY_VERIFY(window.isBusy());
        auto *sweepView = window.findChild<SweepView *>(QStringLiteral("sweepView"));
        QCOMPARE(shownView(window), sweepView);
        QVERIFY(!window.startRun());                // one thing at a time
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
        QCOMPARE(settled.count(), 3);

        // Each point a whole run, in the history too, in its own empty folder.
        const QList<SweepPoint> &points = sweepView->points();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).concurrency, 1);
        QCOMPARE(points.at(2).concurrency, 20);
        for (const SweepPoint &p : points)
            QCOMPARE(p.run.counts.ok, 20);
        QVERIFY(points.at(0).run.elapsedS > 1.2);       // 20 x 60 ms one at a time
        QVERIFY(points.at(2).run.elapsedS < points.at(0).run.elapsedS / 4);
        QCOMPARE(sweepView->plot()->elapsedGraph()->dataCount(), 3);
        QVERIFY(sweepView->plot()->kneeIndex() >= 1);
        QCOMPARE(window.history().runs().size(), 3);
        QCOMPARE(window.history().runs().at(1).name, QStringLiteral("127.0.0.1 -m 4"));
        QCOMPARE(window.history().runs().at(1).concurrency, 4);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("flags"))).exists());
        // Sweep points stay off the compare plot: the sweep view is their picture.
        auto *history = window.findChild<HistoryView *>(QStringLiteral("historyView"));
        QVERIFY(history->model()->overlaidRows().isEmpty());
        QVERIFY(!window.isBusy());
        QVERIFY(window.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 20000);
        QCOMPARE(history->model()->overlaidRows(), (QList<int>{3}));
    }

    void stoppingASweepKeepsWhatRan()
    {
        test::TestServer server(test::TestServer::slow(200));
        QTemporaryDir dir;
        MainWindow window(optionsFor(server.baseUrl(), dir.path()));
        QSignalSpy idle(&window, &MainWindow::idle);
        window.show();
        QVERIFY(window.startSweep({20, 1, 2}));
        QTRY_COMPARE_WITH_TIMEOUT(window.history().runs().size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.engine().inFlight() > 0, 10000);   // the run at -m 1
        window.stopRun();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 20000);
        const auto *sweepView = window.findChild<SweepView *>(QStringLiteral("sweepView"));
        QCOMPARE(sweepView->points().size(), 1);     // the stopped run is no point
        QCOMPARE(window.history().runs().size(), 2); // but it is in the history
        QVERIFY(window.history().runs().at(1).name.endsWith(QStringLiteral("(stopped)")));
        QVERIFY(!window.isBusy());
    }

    void aSceneOfSeveralRunsEndsInTheirComparison()
    {
        test::TestServer server;
        QTemporaryDir dir;
        MainWindow window(optionsFor(server.baseUrl(), dir.path()));
        QSignalSpy idle(&window, &MainWindow::idle);
        window.show();
        const QString url = server.baseUrl().toString();
        Preset scene{QStringLiteral("test"), QStringLiteral("Sequential vs concurrent"), QStringLiteral("Compare."),
                     {{QStringLiteral("-s"), url, QStringLiteral("-m"), QStringLiteral("1"), QStringLiteral("b")},
                      {QStringLiteral("-s"), url, QStringLiteral("-m"), QStringLiteral("10"), QStringLiteral("--threads"),
                       QStringLiteral("b")}}};
        QVERIFY(window.playPreset(scene));
        QVERIFY(window.isBusy());
        QVERIFY(!window.findChild<QMenu *>(QStringLiteral("menuScenes"))->menuAction()->isEnabled());
        QVERIFY(!window.playPreset(scene));         // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
        QCOMPARE(window.history().runs().size(), 2);
        QCOMPARE(window.history().runs().at(0).name, QStringLiteral("127.0.0.1 B -m 1"));
        QCOMPARE(window.history().runs().at(1).model, QStringLiteral("threads"));
        QCOMPARE(window.history().runs().at(1).counts.ok, 17);
        QCOMPARE(window.history().runs().at(1).counts.notFound, 9);
        auto *history = window.findChild<HistoryView *>(QStringLiteral("historyView"));
        QCOMPARE(shownView(window), history);
        QCOMPARE(history->model()->overlaidRows(), (QList<int>{0, 1}));
        QCOMPARE(history->plot()->graphCount(), 2);
        // The log tells the scene, the controls show its last run.
        const QString log = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText();
        QVERIFY(log.contains(QStringLiteral("== Scene: Sequential vs concurrent ==")));
        QCOMPARE(window.engine().config().model, RunConfig::Model::Threads);
        // The scene's caption is whole, above the views, and stays with the result...
        auto *caption = window.findChild<QLabel *>(QStringLiteral("sceneCaption"));
        QVERIFY(caption);
        QVERIFY(caption->isVisible());
        QCOMPARE(caption->text(), QStringLiteral("Sequential vs concurrent: Compare."));
        // ...until a run of one's own.
        QVERIFY(window.startRun());
        QVERIFY(!caption->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 30000);
        QVERIFY(!window.playPreset(QStringLiteral("no-such-scene")));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuScenes"))->menuAction()->isEnabled());
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuScenes"))->actions().size(), int(bookPresets().size()));
    }

    void littlesLawHoldsOverTheWholeRun()
    {
        test::TestServer server(test::TestServer::slow(50, 150));
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.path());
        options.selection->all = true;
        options.maxReq = 10;
        MainWindow window(options);
        QSignalSpy idle(&window, &MainWindow::idle);
        window.show();
        QVERIFY(window.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
        const auto *law = window.findChild<LittlesLawPanel *>(QStringLiteral("littlesLawPanel"));
        const double inFlight = QLocale().toDouble(law->inFlightText());
        const double predicted = QLocale().toDouble(law->predictedText());
        // L never exceeds what the server had in flight at its busiest.
        QCOMPARE(server.stats().maxInFlight, 10);
        QVERIFY2(inFlight > 5 && inFlight <= server.stats().maxInFlight, qPrintable(law->inFlightText()));
        QVERIFY2(qAbs(predicted - inFlight) <= 0.02 * inFlight + 0.01,
                 qPrintable(law->inFlightText() + u' ' + law->predictedText()));
        QVERIFY2(law->verdictText().contains(QStringLiteral("L = λ·W")), qPrintable(law->verdictText()));
        // Over the whole run L and λ·W are one sum; over a window in the middle
        // they are not (L counts the time inside it, λ·W whole latencies of
        // what ended in it), and the law must still hold, within the edges.
        const qint64 elapsed = window.engine().elapsedNs();
        const LittlesLaw middle = LittlesLaw::measure(window.engine().records(), elapsed * 3 / 4, elapsed / 2);
        QVERIFY(middle.completed > 20);
        QVERIFY2(qAbs(middle.predictedInFlight() - middle.inFlight) <= 0.1 * middle.inFlight,
                 qPrintable(QStringLiteral("L %1, λ·W %2").arg(middle.inFlight).arg(middle.predictedInFlight())));
    }

    void aScriptedSweepWritesItsPictures()
    {
        test::TestServer server;
        QTemporaryDir dir;
        GuiOptions options = optionsFor(server.baseUrl(), dir.path());
        options.sweepLevels = {1, 2};
        options.quitWhenDone = true;
        options.screenshotPath = dir.filePath(QStringLiteral("window.png"));
        options.plotImagePath = dir.filePath(QStringLiteral("sweep.svg"));
        options.reportPath = dir.filePath(QStringLiteral("report.json"));
        MainWindow window(options);
        QSignalSpy idle(&window, &MainWindow::idle);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 30000);
        QVERIFY(!QImage(options.screenshotPath).isNull());
        QFile svg(options.plotImagePath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(QFile::exists(options.reportPath));
    }
};

QTEST_MAIN(TestLabWindow)
#include "tst_labwindow.moc"
