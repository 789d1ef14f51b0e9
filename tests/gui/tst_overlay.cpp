// The compare plot's data: each run's curves computed from its timings alone,
// as saved in the history, and drawn one colour per run with a named legend.
#include "overlayplot.h"
#include "overlayseries.h"
#include "throughputseries.h"

#include "labfixtures.h"

#include <QTest>

using namespace flaglab;
using flaglab::test::madeUpRun;

class TestOverlay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timingsBecomeRecordsAgain()
    {
        RunSummary run = madeUpRun(QStringLiteral("r"), 3, 1, 0.5);
        run.timings[2].outcome = Outcome::Cancelled;
        run.timings[2].firstByteS = -1;
        run.timings[2].finishedS = 1.25;
        const QList<RequestRecord> records = recordsOf(run);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).id, 1);
        QCOMPARE(records.at(1).cc, QStringLiteral("AB"));
        QCOMPARE(records.at(1).startedNs, qint64(500'000'000));
        QCOMPARE(records.at(1).firstByteNs, qint64(750'000'000));
        QCOMPARE(records.at(1).finishedNs, qint64(1'000'000'000));
        QCOMPARE(records.at(1).bytes, qint64(2000));
        QCOMPARE(records.at(2).firstByteNs, qint64(-1));
        QCOMPARE(records.at(2).outcome, Outcome::Cancelled);
    }

    void flagsPerSecondIsTheLivePlotsCurveSmoothed()
    {
        // Ten flags, two at a time, 1 s each: 5 s, and 2 flags/s once the window is full.
        const RunSummary run = madeUpRun(QStringLiteral("-m 2"), 10, 2, 1.0);
        const OverlayCurve curve = overlayCurve(run, OverlayMeasure::FlagsPerSecond);
        const ThroughputSeries live = throughputSeries(recordsOf(run), qint64(5e9), kOverlayWindowBins);
        QVERIFY(!curve.steps);
        QCOMPARE(curve.times, live.binTimes);
        QCOMPARE(curve.values, live.flagsPerSecond);
        QCOMPARE(curve.times.last(), 5.0);
    }

    void flagsDoneCountsOkFlagsAsTheyArrive()
    {
        // Six requests, three at a time, 2 s each; the 3rd and the 6th are 404s.
        const RunSummary run = madeUpRun(QStringLiteral("-m 3"), 6, 3, 2.0, 3);
        const OverlayCurve curve = overlayCurve(run, OverlayMeasure::FlagsDone);
        QVERIFY(curve.steps);
        QCOMPARE(curve.times, (QVector<double>{0, 2, 2, 4, 4, 4}));
        QCOMPARE(curve.values, (QVector<double>{0, 1, 2, 3, 4, 4}));
        QCOMPARE(curve.values.last(), double(run.counts.ok));
        QCOMPARE(curve.times.last(), run.elapsedS);
    }

    void anEmptyRunIsAFlatLine()
    {
        RunSummary run;
        run.elapsedS = 0.5;
        QCOMPARE(overlayCurve(run, OverlayMeasure::FlagsDone).values, (QVector<double>{0, 0}));
        QCOMPARE(overlayCurve(run, OverlayMeasure::FlagsPerSecond).values.first(), 0.0);
    }

    void thePlotDrawsOneNamedCurvePerRun()
    {
        OverlayPlot plot;
        const QList<RunSummary> runs = {madeUpRun(QStringLiteral("DELAY -m 1"), 20, 1, 0.5),
                                        madeUpRun(QStringLiteral("DELAY -m 6"), 20, 6, 0.5),
                                        madeUpRun(QStringLiteral("DELAY -m 100"), 20, 20, 0.5)};
        const QList<QColor> colors = {Qt::blue, Qt::red, Qt::darkGreen};
        plot.showRuns(runs, colors);
        QCOMPARE(plot.graphCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(plot.graph(i)->name(), overlayLegend(runs.at(i)));
            QCOMPARE(plot.graph(i)->pen().color(), colors.at(i));
            QVERIFY(plot.graph(i)->pen().widthF() >= 3);
            QCOMPARE(plot.graph(i)->dataCount(),
                     int(overlayCurve(runs.at(i), OverlayMeasure::FlagsPerSecond).times.size()));
        }
        QCOMPARE(overlayLegend(runs.at(1)), QStringLiteral("DELAY -m 6: 2.00 s, 10.0 flags/s"));
        QVERIFY(plot.legend->visible());
        QVERIFY(plot.xAxis->range().upper >= 10.0);     // the sequential run, 20 x 0.5 s
        QCOMPARE(plot.yAxis->label(), QStringLiteral("flags/s"));

        plot.setMeasure(OverlayMeasure::FlagsDone);
        QCOMPARE(plot.graphCount(), 3);
        QCOMPARE(plot.graph(0)->lineStyle(), QCPGraph::lsStepLeft);
        QCOMPARE(plot.yAxis->label(), QStringLiteral("flags downloaded"));
        QVERIFY(plot.yAxis->range().upper >= 20);

        plot.showRuns({}, {});
        QCOMPARE(plot.graphCount(), 0);
        QVERIFY(!plot.legend->visible());
    }
};

QTEST_MAIN(TestOverlay)
#include "tst_overlay.moc"
