// The wheel over the Run panel scrolls it: spin boxes and combo boxes take
// the wheel only when they have focus (issue 18: 20 became 26 while scrolling).
#include "shell/mainwindow.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include "windowtestoptions.h"

using namespace flaglab;

namespace {

// One notch of the wheel, away from the user, over the middle of the widget.
bool wheelUp(QWidget *widget)
{
    const QPointF at = QRectF(widget->rect()).center();
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
    return event.isAccepted();
}

} // namespace

class TestWheelGuard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // settings in a throwaway place
    }

    void theWheelChangesOnlyAFocusedSpinBox()
    {
        MainWindow window(test::quietWindowOptions());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *spin = window.findChild<QSpinBox *>(QStringLiteral("concurrencySpin"));
        QVERIFY(spin);
        spin->setValue(20);
        window.setFocus();
        QVERIFY(!spin->hasFocus());

        // Unfocused: the value stays, and the event is left for the scroll area.
        QVERIFY(!wheelUp(spin));
        QCOMPARE(spin->value(), 20);

        // Focused (clicked or tabbed into): the wheel turns it, as anywhere in Qt.
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        QVERIFY(wheelUp(spin));
        QVERIFY2(spin->value() > 20, qPrintable(QString::number(spin->value())));
    }

    void theWheelChangesOnlyAFocusedComboBox()
    {
        MainWindow window(test::quietWindowOptions());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *range = window.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        QVERIFY(range);
        range->setCurrentIndex(1);
        QVERIFY(!range->hasFocus());
        QVERIFY(!wheelUp(range));
        QCOMPARE(range->currentIndex(), 1);
        range->setFocus();
        QTRY_VERIFY(range->hasFocus());
        wheelUp(range);
        QCOMPARE(range->currentIndex(), 0);
    }

    // Every spin box and combo box of the window, in every panel, is guarded:
    // a click or Tab focuses it, the wheel alone does not.
    void everyBoxInTheWindowIsGuarded()
    {
        MainWindow window(test::quietWindowOptions());
        QList<QWidget *> boxes;
        for (QAbstractSpinBox *spin : window.findChildren<QAbstractSpinBox *>())
            boxes.append(spin);
        for (QComboBox *combo : window.findChildren<QComboBox *>())
            boxes.append(combo);
        QVERIFY(boxes.size() >= 10);
        for (QWidget *box : std::as_const(boxes))
            QVERIFY2(box->focusPolicy() == Qt::StrongFocus, qPrintable(box->objectName()));
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
