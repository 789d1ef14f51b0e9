// What the window keeps for next time (WindowSettings, DockLayout): the docks,
// the size, the view in front and presentation mode come back as the user
// left them; presentation mode's own arrangement is never what is kept; and a
// scripted window neither reads nor writes the user's settings.
#include "shell/mainwindow.h"
#include "liveplots/timelineview.h"

#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

#include "windowtestoptions.h"

using namespace flaglab;

namespace {

QDockWidget *dock(MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

QTabWidget *tabs(MainWindow &window)
{
    return window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
}

} // namespace

class TestWindowSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
    }

    void theWindowComesBackAsItWasLeft()
    {
        QSize left;
        {
            MainWindow window(test::quietWindowOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1300, 760);
            left = window.size();
            dock(window, "timelineDock")->close();
            tabs(window)->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("historyView")));
            window.findChild<TimelineView *>(QStringLiteral("timelineView"))->groupByConnectionAction()->trigger();
            window.close();
        }
        const QSettings settings;
        for (const char *key : {"window/geometry", "window/state", "view/shown", "view/presentation", "sweep/levels", "timeline/byConnection"})
            QVERIFY2(settings.contains(QLatin1String(key)), key);
        QCOMPARE(settings.value(QStringLiteral("view/shown")).toString(), QStringLiteral("history"));

        MainWindow window(test::quietWindowOptions());
        QVERIFY(dock(window, "timelineDock")->isHidden());
        QVERIFY(!dock(window, "plotDock")->isHidden());
        QCOMPARE(window.size(), left);
        QCOMPARE(tabs(window)->currentWidget()->objectName(), QStringLiteral("historyView"));
        QVERIFY(window.findChild<TimelineView *>(QStringLiteral("timelineView"))->isGroupedByConnection());
    }

    void presentationModeKeepsTheNormalArrangement()
    {
        {
            MainWindow window(test::quietWindowOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setPresentation(true);
            QVERIFY(dock(window, "logDock")->isHidden());
            window.close();
        }
        QVERIFY(QSettings().value(QStringLiteral("view/presentation")).toBool());
        MainWindow window(test::quietWindowOptions());
        QVERIFY(!dock(window, "logDock")->isHidden());  // as before presentation mode
        QCOMPARE(window.dockWidgetArea(dock(window, "littlesLawDock")), Qt::BottomDockWidgetArea);
        window.show();
        QTRY_VERIFY(window.isFullScreen());             // and presentation mode again
        window.setPresentation(false);
        QVERIFY(!dock(window, "logDock")->isHidden());
    }

    // View > Reset layout: the docks and the tool bar as at a first start, the
    // window at its first size, and the saved layout forgotten.
    void resetLayoutPutsEverythingBack()
    {
        QSize first;
        {
            MainWindow window(test::quietWindowOptions());
            first = window.size();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(first - QSize(60, 40));
            dock(window, "timelineDock")->close();
            dock(window, "logDock")->setFloating(true);
            window.addDockWidget(Qt::RightDockWidgetArea, dock(window, "plotDock"));
            window.findChild<QToolBar *>(QStringLiteral("labToolBar"))->hide();
            window.close();
        }
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(dock(window, "timelineDock")->isHidden());      // as it was left
        window.findChild<QAction *>(QStringLiteral("actionResetLayout"))->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));
        QVERIFY(!QSettings().contains(QStringLiteral("window/state")));
        for (QDockWidget *each : window.findChildren<QDockWidget *>()) {
            QVERIFY2(!each->isHidden() && !each->isFloating(), qPrintable(each->objectName()));
        }
        QCOMPARE(window.dockWidgetArea(dock(window, "plotDock")), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(dock(window, "logDock")), Qt::LeftDockWidgetArea);
        QVERIFY(window.tabifiedDockWidgets(dock(window, "logDock")).contains(dock(window, "serversDock")));
        QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("labToolBar"))->isHidden());
        QCOMPARE(window.size(), first);
    }

    void aScriptedWindowLeavesTheSettingsAlone()
    {
        {
            MainWindow window(test::quietWindowOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 600);
            dock(window, "timelineDock")->close();
            window.close();
        }
        const QByteArray state = QSettings().value(QStringLiteral("window/state")).toByteArray();
        GuiOptions options = test::quietWindowOptions();
        options.quitWhenDone = true;
        {
            MainWindow window(options);
            QCOMPARE(window.geometry(), window.screen()->availableGeometry());
            QVERIFY(!dock(window, "timelineDock")->isHidden());
            dock(window, "plotDock")->close();
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("window/state")).toByteArray(), state);
    }
};

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
