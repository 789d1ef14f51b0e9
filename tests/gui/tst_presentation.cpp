// Presentation mode: full screen, larger type everywhere (plots too), high
// contrast, thicker lines; and all of it put back when it is turned off.
#include "shell/mainwindow.h"
#include "look/plotlook.h"
#include "shell/presentationmode.h"
#include "liveplots/throughputplot.h"
#include "liveplots/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTest>

#include "windowtestoptions.h"

using namespace flaglab;

class TestPresentation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // A narrow timeline in a projector's large type: the legend keeps to the
    // shades that are drawn, so that the bars keep most of the height; with
    // room enough, every shade is named.
    void timelineLegendLeavesTheBarsRoom()
    {
        TimelineView view;
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        view.setFont(big);
        QList<RequestRecord> records;
        for (int i = 0; i < 20; ++i) {
            RequestRecord r;
            r.id = i;
            r.cc = QStringLiteral("C%1").arg(i);
            r.outcome = Outcome::Ok;
            r.startedNs = i * 10'000'000LL;
            r.sentNs = r.startedNs + 1'000'000;
            r.firstByteNs = r.sentNs + 500'000'000;
            r.finishedNs = r.firstByteNs + 10'000'000;
            records.append(r);
        }
        view.startRun(20);
        view.showRecords(records, 2'000'000'000);
        view.resize(430, 230);
        view.grab();
        QVERIFY2(view.barsArea().height() >= view.height() / 2,
                 qPrintable(QStringLiteral("bars %1 px of %2").arg(view.barsArea().height()).arg(view.height())));
        const int tight = view.barsArea().height();
        view.resize(1400, 230);     // one row holds all seven
        view.grab();
        QVERIFY(view.barsArea().height() >= tight);
    }

    void largeTypeHighContrastAndBack()
    {
        const QFont normal = QApplication::font();
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *plot = window.findChild<ThroughputPlot *>(QStringLiteral("throughputPlot"));
        auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPresentation"));
        const double tick = plot->xAxis->tickLabelFont().pointSizeF();
        const double line = plot->graph(1)->pen().widthF();        // the flags/s curve
        const double logSize = log->font().pointSizeF();

        action->trigger();
        QVERIFY(window.isFullScreen());
        const double scale = PresentationMode::fontScale(window.screen());
        QVERIFY(action->isChecked());
        QCOMPARE(QApplication::font().pointSizeF(), normal.pointSizeF() * scale);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tick * scale);
        QCOMPARE(plot->graph(1)->pen().widthF(), line * PresentationMode::kLineScale);
        QCOMPARE(PlotLook::lineScale(), PresentationMode::kLineScale);
        QTRY_COMPARE(log->font().pointSizeF(), logSize * scale);    // fonts change in posted events
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        // Room for the type: the log, the tool bar and the status bar go; on
        // this wide screen Little's law moves up beside the flags.
        auto *law = window.findChild<QDockWidget *>(QStringLiteral("littlesLawDock"));
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("logDock"))->isVisible());
        QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("labToolBar"))->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QCOMPARE(window.dockWidgetArea(law), Qt::RightDockWidgetArea);
        // Restyling again never compounds.
        PlotLook::apply(plot);
        QCOMPARE(plot->graph(1)->pen().widthF(), line * PresentationMode::kLineScale);

        window.setPresentation(false);
        QVERIFY(!window.isFullScreen());
        QVERIFY(!action->isChecked());
        QCOMPARE(QApplication::font(), normal);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tick);
        QCOMPARE(plot->graph(1)->pen().widthF(), line);
        QTRY_COMPARE(log->font().pointSizeF(), logSize);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("logDock"))->isVisible());
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("labToolBar"))->isVisible());
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(window.dockWidgetArea(law), Qt::BottomDockWidgetArea);
    }

    void itIsRememberedForNextTime()
    {
        {
            MainWindow window(test::quietWindowOptions());
            window.show();
            window.setPresentation(true);
            window.close();
        }
        QVERIFY(QSettings().value(QStringLiteral("view/presentation")).toBool());
        const QFont normal = QApplication::font();      // put back when the window went
        MainWindow window(test::quietWindowOptions());
        window.show();
        QTRY_COMPARE(QApplication::font().pointSizeF(), normal.pointSizeF() * PresentationMode::fontScale(window.screen()));
        QVERIFY(window.isFullScreen());
        window.setPresentation(false);
        window.close();
        QVERIFY(!QSettings().value(QStringLiteral("view/presentation")).toBool());
    }

    void theOptionTurnsItOnForAScriptedRun()
    {
        GuiOptions options = test::quietWindowOptions();
        options.presentation = true;
        options.quitWhenDone = true;
        MainWindow window(options);
        window.show();
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("actionPresentation"))->isChecked());
        QVERIFY(window.isFullScreen());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
