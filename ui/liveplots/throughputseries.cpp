#include "liveplots/throughputseries.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace flaglab {

double throughputBinSeconds(double runSeconds)
{
    static constexpr double kSteps[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 30, 60};
    for (double step : kSteps) {
        if (runSeconds / step <= 100)
            return step;
    }
    return 120;
}

namespace {

struct Arrival {
    qint64 atNs;
    bool ok;
    qint64 bytes;
};

// Finished requests in order of their end: what the rates count.
QList<Arrival> arrivals(const QList<RequestRecord> &records)
{
    QList<Arrival> list;
    for (const RequestRecord &record : records) {
        if (record.finishedNs >= 0 && record.isDone())
            list.append({record.finishedNs, record.outcome == Outcome::Ok, record.bytes});
    }
    std::sort(list.begin(), list.end(), [](const Arrival &a, const Arrival &b) { return a.atNs < b.atNs; });
    return list;
}

qint64 rateWindowNs(qint64 nowNs)
{
    return std::min(nowNs, qint64(kRateWindowSeconds * 1e9));
}

} // namespace

ThroughputSeries throughputSeries(const QList<RequestRecord> &records, qint64 nowNs)
{
    ThroughputSeries series;
    const double now = double(nowNs) / 1e9;
    const double bin = throughputBinSeconds(now);
    series.binSeconds = bin;

    // Whole bins only: a rate over a sliver of a bin would be noise.
    const int bins = int(now / bin);
    const QList<Arrival> ends = arrivals(records);
    series.binTimes.append(0);
    series.flagsPerSecond.append(0);
    series.kilobytesPerSecond.append(0);
    qsizetype first = 0;    // the oldest arrival in the window
    qsizetype last = 0;     // one past the newest
    double windowFlags = 0;
    double windowBytes = 0;
    for (int i = 1; i <= bins; ++i) {
        const qint64 endNs = qint64(std::llround(i * bin * 1e9));
        const qint64 windowNs = rateWindowNs(endNs);
        for (; last < ends.size() && ends.at(last).atNs <= endNs; ++last) {
            windowFlags += ends.at(last).ok;
            windowBytes += double(ends.at(last).bytes);
        }
        for (; first < last && ends.at(first).atNs <= endNs - windowNs && endNs > windowNs; ++first) {
            windowFlags -= ends.at(first).ok;
            windowBytes -= double(ends.at(first).bytes);
        }
        const double window = double(windowNs) / 1e9;
        series.binTimes.append(i * bin);
        series.flagsPerSecond.append(window > 0 ? windowFlags / window : 0.0);
        series.kilobytesPerSecond.append(window > 0 ? windowBytes / 1024.0 / window : 0.0);
    }

    QList<std::pair<qint64, int>> steps;      // (time, +1 start / -1 end)
    steps.reserve(records.size() * 2);
    for (const RequestRecord &record : records) {
        if (record.sentNs >= 0) {       // in flight: on the wire
            steps.append({record.sentNs, +1});
            if (record.finishedNs >= 0)
                steps.append({record.finishedNs, -1});
        }
    }

    // Ends before starts at the same instant: a slot handed over is not two in flight.
    std::sort(steps.begin(), steps.end());
    const int allBins = std::max(int(std::ceil(now / bin)), 1);
    QVector<double> busy(allBins, 0.0);         // request-seconds in flight in each bin
    const auto accumulate = [&](int level, double from, double to) {
        for (int i = int(from / bin); level > 0 && i < allBins && i * bin < to; ++i)
            busy[i] += level * (std::min(to, (i + 1) * bin) - std::max(from, i * bin));
    };
    int level = 0;
    double t = 0;
    for (const auto &[ns, delta] : steps) {
        const double at = std::min(double(ns) / 1e9, now);
        accumulate(level, t, at);
        t = std::max(t, at);
        level += delta;
        series.maxInFlight = std::max(series.maxInFlight, level);
    }
    accumulate(level, t, now);
    for (int i = 0; i < allBins; ++i) {
        const double width = std::min(bin, now - i * bin);
        series.inFlightTimes.append(i * bin);
        series.inFlight.append(width > 0 ? busy.at(i) / width : 0.0);
    }
    series.inFlightTimes.append(now);
    series.inFlight.append(series.inFlight.last());
    return series;
}

double flagRate(const QList<RequestRecord> &records, qint64 nowNs)
{
    const qint64 window = rateWindowNs(nowNs);
    if (window <= 0)
        return 0;
    const bool full = window < nowNs;      // the oldest flags have left the window
    int flags = 0;
    for (const RequestRecord &record : records) {
        if (record.outcome == Outcome::Ok && record.finishedNs >= 0 && record.finishedNs <= nowNs
            && (!full || record.finishedNs > nowNs - window))
            ++flags;
    }
    return flags / (double(window) / 1e9);
}

} // namespace flaglab
