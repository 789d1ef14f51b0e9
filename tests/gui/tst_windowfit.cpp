// The window on a small screen, in each language: it fits the screen, Start
// and Stop are in sight, and the plots shown have room to be read. CTest runs
// it once per screen in tests/gui/screens (the offscreen platform's config).
#include "lab/runsummary.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "throughputplot.h"
#include "translations.h"
#include "windowtestoptions.h"

#include <QApplication>
#include <QDockWidget>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace flaglab;

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
        QVERIFY2(window.minimumSizeHint().width() <= screen.width(),
                 qPrintable(QStringLiteral("needs %1 pixels").arg(window.minimumSizeHint().width())));
        QVERIFY(window.minimumSizeHint().height() <= screen.height());
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
