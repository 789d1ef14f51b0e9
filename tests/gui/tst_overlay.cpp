// The compare plot's data: each run's curves computed from its timings alone,
// as saved in the history, and drawn one colour per run with a named legend.
#include "labhistory/overlayplot.h"
#include "labhistory/overlayseries.h"

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

    void flagsPerSecondIsAPlateauForASteadyRun()
    {
        // A 10 s run: two flags land in the middle of every 0.1 s bin. flags/s
        // is over the last 5 s (since the start before that): 20 flags/s from
        // the first bin to the last, however the bins fall.
        RunSummary run;
        run.elapsedS = 10.0;
        for (int bin = 0; bin < 100; ++bin) {
            for (int k = 0; k < 2; ++k) {
                RunSummary::Timing t;
                t.cc = QStringLiteral("%1%2").arg(QChar(u'A' + bin / 26 % 26)).arg(QChar(u'A' + bin % 26));
                t.outcome = Outcome::Ok;
                t.bytes = 1000;
                t.finishedS = (bin + 0.5) * 0.1;
                t.startedS = t.sentS = t.firstByteS = t.finishedS - 0.01;
                run.timings.append(t);
            }
        }
        run.counts.requested = run.counts.ok = int(run.timings.size());
        const OverlayCurve curve = overlayCurve(run, OverlayMeasure::FlagsPerSecond);
        QVERIFY(!curve.steps);
        QCOMPARE(curve.times.size(), 101);      // 0, then the end of each 0.1 s bin
        QCOMPARE(curve.times.first(), 0.0);
        QCOMPARE(curve.times.last(), 10.0);
        QCOMPARE(curve.values.first(), 0.0);
        for (int i = 1; i < curve.values.size(); ++i)
            QVERIFY2(qFuzzyCompare(curve.values.at(i), 20.0),
                     qPrintable(QStringLiteral("%1 flags/s at %2 s").arg(curve.values.at(i)).arg(curve.times.at(i))));
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
