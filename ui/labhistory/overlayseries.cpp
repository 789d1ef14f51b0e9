#include "labhistory/overlayseries.h"

#include "liveplots/throughputseries.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

qint64 nanoseconds(double seconds)
{
    return seconds < 0 ? -1 : qint64(std::llround(seconds * 1e9));
}

} // namespace

QList<RequestRecord> recordsOf(const RunSummary &run)
{
    QList<RequestRecord> records;
    records.reserve(run.timings.size());
    for (const RunSummary::Timing &t : run.timings) {
        RequestRecord r;
        r.id = int(records.size());
        r.cc = t.cc;
        r.outcome = t.outcome;
        r.bytes = t.bytes;
        r.startedNs = nanoseconds(t.startedS);
        r.connectingNs = nanoseconds(t.connectingS);
        r.sentNs = nanoseconds(t.sentS);
        r.firstByteNs = nanoseconds(t.firstByteS);
        r.finishedNs = nanoseconds(t.finishedS);
        records.append(r);
    }
    return records;
}

OverlayCurve overlayCurve(const RunSummary &run, OverlayMeasure measure)
{
    OverlayCurve curve;
    if (measure == OverlayMeasure::FlagsPerSecond) {
        const ThroughputSeries series = throughputSeries(recordsOf(run), nanoseconds(std::max(run.elapsedS, 0.0)));
        curve.times = series.binTimes;
        curve.values = series.flagsPerSecond;
        return curve;
    }
    QList<double> arrivals;
    for (const RunSummary::Timing &t : run.timings) {
        if (t.outcome == Outcome::Ok && t.finishedS >= 0)
            arrivals.append(t.finishedS);
    }
    std::sort(arrivals.begin(), arrivals.end());
    curve.steps = true;
    curve.times.append(0);
    curve.values.append(0);
    for (int i = 0; i < arrivals.size(); ++i) {
        curve.times.append(arrivals.at(i));
        curve.values.append(i + 1);
    }
    curve.times.append(std::max(run.elapsedS, arrivals.isEmpty() ? 0.0 : arrivals.last()));
    curve.values.append(double(arrivals.size()));
    return curve;
}

QString overlayLegend(const RunSummary &run)
{
    return QCoreApplication::translate("flaglab::OverlayPlot", "%1: %2 s, %3 flags/s")
        .arg(run.name)
        .arg(run.elapsedS, 0, 'f', run.elapsedS < 10 ? 2 : 1)
        .arg(run.flagsPerSecond(), 0, 'f', 1);
}

} // namespace flaglab
