// The window on a small screen, in each language: it fits the screen, Start
// and Stop are in sight, and the plots shown have room to be read. CTest runs
// it once per screen in tests/gui/screens (the offscreen platform's config).
#include "mainwindow.h"
#include "throughputplot.h"
#include "translations.h"
#include "windowtestoptions.h"

#include <QApplication>
#include <QDockWidget>
#include <QPushButton>
#include <QScreen>
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
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
