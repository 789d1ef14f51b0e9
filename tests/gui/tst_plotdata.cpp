// The numbers behind the pictures: lane packing for the timeline, and the
// throughput plot's curves and time axis.
#include "liveplots/lanepacking.h"
#include "liveplots/throughputplot.h"
#include "liveplots/throughputseries.h"
#include "liveplots/timeaxis.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace flaglab;

namespace {

int maxOverlap(const QList<Span> &spans)
{
    QList<std::pair<qint64, int>> events;
    for (const Span &s : spans) {
        events.append({s.start, +1});
        events.append({s.end, -1});
    }
    std::sort(events.begin(), events.end());    // an end before a start at the same time
    int level = 0;
    int top = 0;
    for (const auto &e : events)
        top = std::max(top, level += e.second);
    return top;
}

RequestRecord record(int id, double start, double firstByte, double finish, Outcome outcome, qint64 bytes = 1024)
{
    RequestRecord r;
    r.id = id;
    r.cc = QStringLiteral("C%1").arg(id);
    r.startedNs = r.sentNs = qint64(start * 1e9);     // sent as soon as handed over
    r.firstByteNs = firstByte < 0 ? -1 : qint64(firstByte * 1e9);
    r.finishedNs = finish < 0 ? -1 : qint64(finish * 1e9);
    r.outcome = outcome;
    r.bytes = bytes;
    return r;
}

} // namespace

class TestPlotData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A run in a narrow plot (1280 pixels shared by three views) still has
    // readable times: at least two labelled ticks, none running into another.
    // A 45 s or a 4.6 s run once showed only "0".
    void narrowPlotTimeLabelsDoNotOverlap_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("seconds");
        for (double seconds : {0.1, 4.0, 4.6, 45.0, 45.3, 230.0}) {
            QTest::addRow("narrow, %g s", seconds) << 260 << seconds;
            QTest::addRow("wide, %g s", seconds) << 900 << seconds;
        }
    }

    void narrowPlotTimeLabelsDoNotOverlap()
    {
        QFETCH(int, width);
        QFETCH(double, seconds);
        ThroughputPlot plot;
        plot.resize(width, 240);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.startRun(6);
        plot.showRecords({record(0, 0.0, 0.01, 0.02, Outcome::Ok), record(1, 0.0, 0.03, 0.08, Outcome::Ok)},
                         qint64(seconds * 1e9));
        plot.replot();
        plot.replot();      // the second one with the laid-out axis rect
        QVector<double> ticks;
        QVector<QString> labels;
        for (qsizetype i = 0; i < plot.xAxis->tickVector().size(); ++i) {
            if (plot.xAxis->range().contains(plot.xAxis->tickVector().at(i))) {
                ticks.append(plot.xAxis->tickVector().at(i));
                labels.append(plot.xAxis->tickVectorLabels().at(i));
            }
        }
        QVERIFY2(ticks.size() >= 2, qPrintable(QStringList(labels.cbegin(), labels.cend()).join(u' ')));
        const QFontMetrics metrics(plot.xAxis->tickLabelFont());
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            const double leftEnds = plot.xAxis->coordToPixel(ticks.at(i - 1)) + metrics.horizontalAdvance(labels.at(i - 1)) / 2.0;
            const double rightStarts = plot.xAxis->coordToPixel(ticks.at(i)) - metrics.horizontalAdvance(labels.at(i)) / 2.0;
            QVERIFY2(leftEnds < rightStarts, qPrintable(QStringLiteral("%1 runs into %2").arg(labels.at(i - 1), labels.at(i))));
        }
    }

    // The timeline's time axis (and the plot's): 0 and at least one more
    // tick, every one inside the run, in steps of 1, 2 or 5 times ten to a power.
    void timeAxisHasTwoTicksAtLeast_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("wanted");
        for (double span : {0.1, 0.37, 1.0, 4.0, 4.3, 4.6, 9.9, 45.0, 45.3, 99.0, 1234.0}) {
            for (int wanted : {1, 2, 4, 8})
                QTest::addRow("%g s, %d steps", span, wanted) << span << wanted;
        }
    }

    void timeAxisHasTwoTicksAtLeast()
    {
        QFETCH(double, span);
        QFETCH(int, wanted);
        const QList<double> ticks = timeTicks(span, wanted);
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
        QCOMPARE(ticks.first(), 0.0);
        QVERIFY(ticks.last() <= span * (1 + 1e-9));
        // Not crowded either: no more steps than asked for, or two.
        QVERIFY(ticks.size() - 1 <= std::max(wanted, 2));
        const double step = ticks.at(1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0),
                 qPrintable(QString::number(step)));
    }

    // On a short plot (a 768-pixel screen) the right axis's title is cut to fit, never clipped.
    void shortPlotInFlightTitleFits_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("title");
        QTest::newRow("short") << 180 << QStringLiteral("in flight");
        QTest::newRow("tall") << 500 << QStringLiteral("requests in flight");
    }

    void shortPlotInFlightTitleFits()
    {
        QFETCH(int, height);
        QFETCH(QString, title);
        ThroughputPlot plot;
        plot.resize(600, height);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        plot.replot();      // the second one with the laid-out axis rect
        QCOMPARE(plot.yAxis2->label(), title);
        QVERIFY(QFontMetrics(plot.yAxis2->labelFont()).horizontalAdvance(plot.yAxis2->label()) <= plot.axisRect()->height());
    }

    void oneAtATimeIsOneLane()
    {
        const QList<int> lanes = packLanes({{0, 10}, {10, 20}, {20, 30}});     // handed over at once
        QCOMPARE(lanes, (QList<int>{0, 0, 0}));
    }

    void allAtOnceIsOneLaneEach()
    {
        const QList<int> lanes = packLanes({{0, 30}, {0, 20}, {0, 10}, {5, Span{}.end}});
        QCOMPARE(lanes, (QList<int>{0, 1, 2, 3}));
    }

    void freedLanesAreReusedLowestFirst()
    {
        const QList<int> lanes = packLanes({{0, 10}, {0, 5}, {0, 20}, {6, 30}, {11, 40}});
        QCOMPARE(lanes, (QList<int>{0, 1, 2, 1, 0}));
    }

    void laneCountIsThePeakInFlight()
    {
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 50; ++round) {
            QList<Span> spans;
            const int n = random->bounded(1, 300);
            for (int i = 0; i < n; ++i) {
                const qint64 start = random->bounded(1000);
                spans.append({start, start + random->bounded(1, 200)});
            }
            const QList<int> lanes = packLanes(spans);
            QCOMPARE(*std::max_element(lanes.cbegin(), lanes.cend()) + 1, maxOverlap(spans));
            // No two spans that overlap share a lane.
            for (int a = 0; a < n; ++a)
                for (int b = a + 1; b < n; ++b)
                    if (lanes[a] == lanes[b])
                        QVERIFY(spans[a].end <= spans[b].start || spans[b].end <= spans[a].start);
        }
    }

    void binsWidenWithTheRun()
    {
        QCOMPARE(throughputBinSeconds(0.3), 0.01);
        QCOMPARE(throughputBinSeconds(10), 0.1);
        QCOMPARE(throughputBinSeconds(60), 1.0);
        QVERIFY(throughputBinSeconds(3600) >= 30);
    }

    void inFlightIsExactAndRatesAreCounted()
    {
        // Four requests, two at a time, each 1 s; 3 OK of 2 KB and a 404.
        const QList<RequestRecord> records = {
            record(0, 0.0, 0.5, 1.0, Outcome::Ok, 2048),
            record(1, 0.0, 0.5, 1.0, Outcome::Ok, 2048),
            record(2, 1.0, 1.5, 2.0, Outcome::Ok, 2048),
            record(3, 1.0, 1.5, 2.0, Outcome::NotFound, 100),
        };
        const ThroughputSeries series = throughputSeries(records, qint64(2.1e9));
        QCOMPARE(series.binSeconds, 0.05);
        QCOMPARE(series.maxInFlight, 2);
        QCOMPARE(series.inFlight.last(), 0.0);
        // The hand-over at 1 s never shows four in flight; on average two are, all along.
        QCOMPARE(*std::max_element(series.inFlight.cbegin(), series.inFlight.cend()), 2.0);
        QCOMPARE(series.inFlight.at(series.inFlightTimes.indexOf(1.0)), 2.0);
        QCOMPARE(series.inFlightTimes.last(), 2.1);
        QCOMPARE(series.binTimes.size(), series.flagsPerSecond.size());
        QCOMPARE(series.binTimes.size(), series.kilobytesPerSecond.size());
        // flags/s over the last 5 s, here since the start: 2 flags by 1 s, 3 by 2 s.
        QCOMPARE(*std::max_element(series.flagsPerSecond.cbegin(), series.flagsPerSecond.cend()), 2.0);
        QCOMPARE(series.flagsPerSecond.at(series.binTimes.indexOf(2.0)), 1.5);
        QCOMPARE(*std::max_element(series.kilobytesPerSecond.cbegin(), series.kilobytesPerSecond.cend()), 4.0);
        // The live figure is the plot's curve at the same moment.
        QCOMPARE(flagRate(records, qint64(2.0e9)), 1.5);
        QCOMPARE(flagRate(records, qint64(1.5e9)), 2 / 1.5);
        QCOMPARE(flagRate(records, 0), 0.0);
    }

    // Past 5 s, only the last 5 s count, in the plot and in the live figure alike.
    void flagRateIsOverTheLastFiveSeconds()
    {
        const QList<RequestRecord> records = {
            record(0, 0.0, 0.5, 1.0, Outcome::Ok),
            record(1, 6.0, 6.5, 7.0, Outcome::Ok),
            record(2, 6.0, 6.5, 7.5, Outcome::NotFound),
        };
        QCOMPARE(kRateWindowSeconds, 5.0);
        QCOMPARE(flagRate(records, qint64(5.5e9)), 1 / 5.0);    // the flag at 1 s, until 6 s
        QCOMPARE(flagRate(records, qint64(8.0e9)), 1 / 5.0);    // the flag at 7 s; the 404 is no flag
        QCOMPARE(flagRate(records, qint64(6.5e9)), 0.0);
        const ThroughputSeries series = throughputSeries(records, qint64(8.0e9));
        QCOMPARE(series.binSeconds, 0.1);
        for (int i = 0; i < series.binTimes.size(); ++i)
            QCOMPARE(series.flagsPerSecond.at(i), flagRate(records, qint64(std::llround(series.binTimes.at(i) * 1e9))));
    }

    // A sequential run against DELAY: a flag every 2.5 s never reads 0 flags/s
    // between two arrivals, as a 1 s window did.
    void aSlowSequentialRunNeverReadsZero()
    {
        QList<RequestRecord> records;
        for (int i = 0; i < 9; ++i)
            records.append(record(i, i * 2.5, i * 2.5 + 2.0, (i + 1) * 2.5, Outcome::Ok));
        for (double t = 2.5; t <= 22.5; t += 0.1)
            QVERIFY2(flagRate(records, qint64(t * 1e9)) > 0, qPrintable(QString::number(t)));
    }

    // Qt's hidden cap: four handed over at 0, two of them wait inside Qt
    // until 1 s. In flight counts the wire only, as the server does.
    void waitingInsideQtIsNotInFlight()
    {
        QList<RequestRecord> records = {
            record(0, 0.0, 0.5, 1.0, Outcome::Ok),
            record(1, 0.0, 0.5, 1.0, Outcome::Ok),
            record(2, 1.0, 1.5, 2.0, Outcome::Ok),
            record(3, 1.0, 1.5, 2.0, Outcome::Ok),
        };
        records[2].startedNs = records[3].startedNs = 0;
        const ThroughputSeries series = throughputSeries(records, qint64(2.0e9));
        QCOMPARE(series.maxInFlight, 2);
        QCOMPARE(*std::max_element(series.inFlight.cbegin(), series.inFlight.cend()), 2.0);
        // Never sent (refused before a connection): never in flight.
        RequestRecord refused = record(4, 0.0, -1, 0.5, Outcome::Error);
        refused.sentNs = -1;
        QCOMPARE(throughputSeries({refused}, qint64(1.0e9)).maxInFlight, 0);
    }

    void anUnfinishedRequestIsInFlightUntilNow()
    {
        const QList<RequestRecord> records = {record(0, 0.1, -1, -1, Outcome::Pending)};
        const ThroughputSeries series = throughputSeries(records, qint64(0.5e9));
        QCOMPARE(series.maxInFlight, 1);
        QCOMPARE(series.inFlight.last(), 1.0);
        QCOMPARE(series.inFlightTimes.last(), 0.5);
        QCOMPARE(series.inFlight.first(), 0.0);     // not yet started
    }

    void inFlightIsAveragedOverEachBin()
    {
        // One request for the first 50 ms of a 1 s run, in 10 ms bins; then two handing over.
        const QList<RequestRecord> records = {record(0, 0.0, 0.01, 0.05, Outcome::Ok)};
        const ThroughputSeries series = throughputSeries(records, qint64(1.0e9));
        QCOMPARE(series.binSeconds, 0.01);
        QCOMPARE(series.inFlight.at(0), 1.0);
        QCOMPARE(series.inFlight.at(5), 0.0);
        QCOMPARE(series.maxInFlight, 1);
        const QList<RequestRecord> handOver = {record(0, 0.0, 0.1, 0.505, Outcome::Ok),
                                               record(1, 0.505, 0.6, 1.0, Outcome::Ok)};
        const ThroughputSeries steady = throughputSeries(handOver, qint64(1.0e9));
        for (int i = 0; i + 1 < steady.inFlight.size(); ++i)
            QVERIFY2(qAbs(steady.inFlight.at(i) - 1.0) < 1e-9, qPrintable(QString::number(steady.inFlight.at(i))));
    }
};

QTEST_MAIN(TestPlotData)
#include "tst_plotdata.moc"
