// The window on a small screen, in each language, in normal and in
// presentation mode: it fits the screen, Start and Stop are in sight, the
// counts stand whole, and the plots shown have room to be read. CTest runs
// it once per screen in tests/gui/screens (the offscreen platform's config).
#include "lab/runsummary.h"
#include "labhistory/historymodel.h"
#include "labhistory/historyview.h"
#include "shell/mainwindow.h"
#include "runcontrols/progressstrip.h"
#include "liveplots/throughputplot.h"
#include "translations.h"
#include "windowtestoptions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

using namespace flaglab;

namespace {

// The window's narrowest fits the screen.
void verifyMinimumFits(const QMainWindow &window, const QRect &screen)
{
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    if (minimum.width() > screen.width() || minimum.height() > screen.height()) {
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            qInfo() << dock->objectName() << window.dockWidgetArea(dock) << dock->geometry() << "narrowest"
                    << dock->minimumSizeHint();
        qInfo() << "views" << window.centralWidget()->geometry() << "narrowest"
                << window.centralWidget()->minimumSizeHint();
    }
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
             qPrintable(QStringLiteral("needs %1x%2 pixels").arg(minimum.width()).arg(minimum.height())));
}

// The strip's counts at their widest in a run (1000 of each, stopped, queued
// in Qt, the highest rate, the longest time) stand whole, and so does the bar.
void verifyCountsWhole(MainWindow &window)
{
    auto *strip = window.findChild<ProgressStrip *>();
    QVERIFY(strip);
    strip->startRun(1000, QStringLiteral("ERROR -al 1000 -m 1000 --single-manager"));
    RunCounts counts;
    counts.ok = counts.notFound = counts.errors = counts.cancelled = 1000;
    FlightCounts flight;
    flight.onTheWire = flight.maxOnTheWire = flight.queuedInClient = flight.maxQueuedInClient = 1000;
    strip->showProgress(counts, 9'999'990'000'000, 9999, flight);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QLabel *label : strip->findChildren<QLabel *>()) {
        QVERIFY2(label->sizeHint().width() <= label->width(),
                 qPrintable(QStringLiteral("\"%1\" needs %2 pixels, has %3")
                                .arg(label->text()).arg(label->sizeHint().width()).arg(label->width())));
        QVERIFY2(window.rect().contains(QRect(label->mapTo(&window, QPoint(0, 0)), label->size())),
                 qPrintable(label->text()));
    }
    auto *bar = strip->findChild<QProgressBar *>();
    QVERIFY(bar);
    QVERIFY2(bar->fontMetrics().horizontalAdvance(bar->text()) <= bar->width(), qPrintable(bar->text()));
    strip->showProgress(counts, 12'340'000'000, -1, flight);    // over: "avg"
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QLabel *label : strip->findChildren<QLabel *>())
        QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
}

// Each dock in sight lies within the window; Little's law, brought to the
// front of its tabs, shows its figures (L, λ·W, λ and W) whole, unscrolled.
void verifyDocksInSight(MainWindow &window)
{
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->isHidden() || dock->visibleRegion().isEmpty())
            continue;   // closed, or behind another dock's tab
        QVERIFY2(window.rect().contains(dock->geometry()),
                 qPrintable(dock->objectName() + u' ' + QDebug::toString(dock->geometry())));
    }
    auto *law = window.findChild<QDockWidget *>(QStringLiteral("littlesLawDock"));
    QVERIFY(law);
    law->raise();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(!law->visibleRegion().isEmpty());
    auto *scroll = law->findChild<QScrollArea *>();
    QVERIFY(scroll);
    // The figures whole and in sight, once the scroll area has settled (its scroll bar comes and goes in posted events).
    const auto cutFigure = [scroll]() -> QString {
        for (QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (label->wordWrap())
                continue;   // the scope and the verdict: a line under the figures may scroll
            const QRect where(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size());
            if (!scroll->viewport()->rect().contains(where) || label->sizeHint().width() > label->width())
                return label->text() + u' ' + QDebug::toString(where) + QStringLiteral(" in ")
                       + QDebug::toString(scroll->viewport()->rect());
        }
        return {};
    };
    QTRY_VERIFY2(cutFigure().isEmpty(), qPrintable(cutFigure()));
}

// History shows HistoryView::kRowsInSight runs, so that two compared runs
// and the ones around them are in sight above the compare plot.
void verifyHistoryRowsInSight(MainWindow &window)
{
    for (int i = 0; i < HistoryView::kRowsInSight + 2; ++i) {
        RunSummary run;
        run.name = QStringLiteral("LOCAL -a -m 20, run %1").arg(i);
        run.concurrency = 20;
        window.history().add(run);
    }
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    auto *view = window.findChild<HistoryView *>(QStringLiteral("historyView"));
    QVERIFY(tabs && view);
    tabs->setCurrentWidget(view);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto *table = view->findChild<QTableView *>(QStringLiteral("table"));
    QVERIFY(table);
    const int needed = HistoryView::kRowsInSight * table->verticalHeader()->sectionSize(0);
    QVERIFY2(table->viewport()->height() >= needed,
             qPrintable(QStringLiteral("%1 pixels for rows, %2 needed").arg(table->viewport()->height()).arg(needed)));
}

} // namespace

class TestWindowFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The type of a GNOME desktop, larger than the offscreen platform's.
        QFont font = QApplication::font();
        font.setPointSizeF(std::max(font.pointSizeF(), 11.0));
        QApplication::setFont(font);
        qInfo() << "screen" << QGuiApplication::primaryScreen()->availableGeometry().size();
    }

    void init()
    {
        QSettings().clear();    // a first start: no geometry or dock state from before
    }

    void cleanup()
    {
        i18n::installTranslations(QStringLiteral("en"));
    }

    void windowFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ru", "pt_BR"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void windowFits()
    {
        QFETCH(QString, language);
        i18n::installTranslations(language);
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QRect screen = window.screen()->availableGeometry();
        verifyMinimumFits(window, screen);
        QVERIFY2(screen.contains(window.geometry()), qPrintable(QDebug::toString(window.geometry())));

        for (const char *name : {"startButton", "stopButton"}) {
            const auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button);
            QCOMPARE(button->visibleRegion().boundingRect(), button->rect());
            QVERIFY(window.rect().contains(QRect(button->mapTo(&window, QPoint(0, 0)), button->size())));
        }

        // A plot's data area, beside its axes, is a useful size wherever the plot is in sight.
        const auto *plotDock = window.findChild<QDockWidget *>(QStringLiteral("plotDock"));
        const auto *plot = window.findChild<ThroughputPlot *>();
        QVERIFY(plotDock && plot);
        if (!plotDock->visibleRegion().isEmpty())
            QVERIFY2(plot->axisRect()->width() >= 80, qPrintable(QString::number(plot->axisRect()->width())));
        verifyCountsWhole(window);
        verifyDocksInSight(window);

        // A combo elided to fit ("POP20: 20 most po") shows every item whole in its popup.
        for (const char *name : {"serverCombo", "rangeCombo"}) {
            auto *combo = window.findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo);
            const QFontMetrics metrics(combo->view()->font());
            for (int i = 0; i < combo->count(); ++i)
                QVERIFY2(combo->view()->minimumWidth() >= metrics.horizontalAdvance(combo->itemText(i)),
                         qPrintable(combo->itemText(i)));
            QVERIFY(combo->toolTip().contains(combo->currentText()));
        }

        // The log is not squeezed to a few lines.
        const auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
        QVERIFY(log);
        QVERIFY2(log->viewport()->height() >= 8 * log->fontMetrics().height(),
                 qPrintable(QString::number(log->viewport()->height())));

        verifyHistoryRowsInSight(window);
    }

    void presentationFits_data() { windowFits_data(); }

    // Presentation mode's large type fills the screen, and no more, with
    // every count whole and Little's law, the plot and the timeline in sight.
    void presentationFits()
    {
        QFETCH(QString, language);
        i18n::installTranslations(language);
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPresentation(true);
        QVERIFY(window.isFullScreen());
        const QRect screen = window.screen()->geometry();
        QTRY_COMPARE(window.geometry(), screen);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        verifyMinimumFits(window, screen);
        verifyCountsWhole(window);
        verifyDocksInSight(window);
        window.setPresentation(false);
    }

    // Presentation mode never writes the normal layout: leaving it brings back
    // the window as it was, and quitting in it keeps the layout from before it.
    void presentationKeepsTheNormalLayout()
    {
        QRect normal;
        {
            MainWindow window(test::quietWindowOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            normal = window.geometry();
            window.setPresentation(true);
            QTRY_COMPARE(window.geometry(), window.screen()->geometry());
            window.setPresentation(false);
            // As it was (a first window on a small screen may start a few pixels under its narrowest).
            QTRY_COMPARE(window.geometry(), QRect(normal.topLeft(), normal.size().expandedTo(window.minimumSizeHint())));
            normal = window.geometry();
            verifyMinimumFits(window, window.screen()->availableGeometry());
            for (const char *name : {"logDock", "serversDock", "plotDock", "timelineDock", "littlesLawDock"})
                QVERIFY2(window.dockWidgetArea(window.findChild<QDockWidget *>(QLatin1String(name)))
                             != Qt::RightDockWidgetArea, name);
            QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("logDock"))->isHidden());
            QVERIFY(!window.statusBar()->isHidden());

            window.setPresentation(true);
            QTRY_COMPARE(window.geometry(), window.screen()->geometry());
            window.close();         // quits in presentation mode
        }
        MainWindow window(test::quietWindowOptions());     // not shown: it would go full screen again
        QCOMPARE(window.geometry(), normal);
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("logDock"))->isHidden());
        QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("littlesLawDock"))),
                 Qt::BottomDockWidgetArea);
        QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("labToolBar"))->isHidden());
    }

    // The hidden-cap scene's History row, "100 (one manager)", once raised
    // the window's minimum width past a 1280-pixel screen. No content may.
    void historyRowsDoNotWidenTheWindow()
    {
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int before = window.minimumSizeHint().width();
        for (int i = 0; i < 4; ++i) {
            RunSummary run;
            run.name = QStringLiteral("Qt's hidden cap of 6: DELAY -a -m 100 on one manager, run %1").arg(i);
            run.server = QStringLiteral("DELAY");
            run.concurrency = 100;
            run.singleManager = true;
            run.model = QStringLiteral("event-loop");
            run.elapsedS = 12345.678;
            run.counts.requested = 194;
            run.counts.ok = 18;
            run.counts.errors = 176;
            window.history().add(run);
        }
        HistoryModel *model = nullptr;
        for (QTableView *table : window.findChildren<QTableView *>()) {
            if (auto *history = qobject_cast<HistoryModel *>(table->model()))
                model = history;
        }
        QVERIFY(model);
        model->setOverlaidRows({0, 1, 2, 3});   // the scene compares them
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        auto *historyView = window.findChild<QWidget *>(QStringLiteral("historyView"));
        QVERIFY(historyView);
        tabs->setCurrentWidget(historyView);
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= before,
                 qPrintable(QStringLiteral("%1 -> %2 pixels").arg(before).arg(window.minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
