// StallProbe: how long the event loop was blocked. Deterministic: the test
// blocks the loop itself, busy-waiting on a clock for a known time, and
// checks that the probe saw at least that (lower bounds only: a loaded
// machine can only make a stall longer).
#include "shell/stallprobe.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace flaglab;

namespace {

// Holds the calling thread, without sleeping, for at least ms milliseconds.
void busyWait(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
    }
}

} // namespace

class TestStallProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBlockedLoopIsMeasured()
    {
        StallProbe probe;
        probe.start();
        QVERIFY(probe.isActive());
        // Let the probe wake up a few times, then block the loop for 80 ms
        // from inside an event, as a slow slot would.
        QTRY_VERIFY(probe.wakeUps() >= 3);
        bool blocked = false;
        QTimer::singleShot(0, this, [&blocked] {
            busyWait(80);
            blocked = true;
        });
        QTRY_VERIFY(blocked);
        const qint64 wakeUpsAfterBlock = probe.wakeUps();
        QTRY_VERIFY(probe.wakeUps() > wakeUpsAfterBlock);     // the late wake-up has been counted
        probe.stop();
        QVERIFY(!probe.isActive());
        // At most one interval of the block can fall before the late wake-up was due.
        QVERIFY2(probe.maxStallMs() >= 80 - StallProbe::kIntervalMs, qPrintable(QString::number(probe.maxStallMs())));
    }

    void aBlockStillGoingWhenStoppedCounts()
    {
        StallProbe probe;
        probe.start();
        QTRY_VERIFY(probe.wakeUps() >= 1);
        busyWait(50);       // no event loop from here to stop()
        probe.stop();
        QVERIFY2(probe.maxStallMs() >= 50 - StallProbe::kIntervalMs, qPrintable(QString::number(probe.maxStallMs())));
    }

    void startResetsTheFigures()
    {
        StallProbe probe;
        probe.start();
        QTRY_VERIFY(probe.wakeUps() >= 1);
        busyWait(40);
        probe.stop();
        QVERIFY(probe.maxStallMs() >= 40 - StallProbe::kIntervalMs);
        const qint64 wakeUps = probe.wakeUps();
        QVERIFY(wakeUps >= 2);
        probe.stop();                               // stopping twice counts nothing more
        QCOMPARE(probe.wakeUps(), wakeUps);

        probe.start();
        QCOMPARE(probe.wakeUps(), 0);
        QCOMPARE(probe.maxStallMs(), 0.0);
        probe.stop();
    }
};

QTEST_GUILESS_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
