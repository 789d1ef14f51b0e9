#include "throughputseries.h"

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

ThroughputSeries throughputSeries(const QList<RequestRecord> &records, qint64 nowNs, int windowBins)
{
    windowBins = std::max(windowBins, 1);
    ThroughputSeries series;
    const double now = double(nowNs) / 1e9;
    const double bin = throughputBinSeconds(now);
    series.binSeconds = bin;

    // Whole bins only: a rate over a sliver of a bin would be noise.
    const int bins = int(now / bin);
    QVector<double> flags(bins, 0.0);
    QVector<double> bytes(bins, 0.0);
    QList<std::pair<qint64, int>> steps;      // (time, +1 start / -1 end)
    steps.reserve(records.size() * 2);
    for (const RequestRecord &record : records) {
        if (record.sentNs >= 0) {       // in flight: on the wire
            steps.append({record.sentNs, +1});
            if (record.finishedNs >= 0)
                steps.append({record.finishedNs, -1});
        }
        if (record.finishedNs < 0 || !record.isDone())
            continue;
        const int index = int(double(record.finishedNs) / 1e9 / bin);
        if (index < 0 || index >= bins)
            continue;
        if (record.outcome == Outcome::Ok)
            flags[index] += 1;
        bytes[index] += double(record.bytes);
    }
    series.binTimes.append(0);
    series.flagsPerSecond.append(0);
    series.kilobytesPerSecond.append(0);
    double windowFlags = 0;
    double windowBytes = 0;
    for (int i = 0; i < bins; ++i) {
        windowFlags += flags.at(i);
        windowBytes += bytes.at(i);
        if (i >= windowBins) {
            windowFlags -= flags.at(i - windowBins);
            windowBytes -= bytes.at(i - windowBins);
        }
        const double window = bin * std::min(i + 1, windowBins);
        series.binTimes.append((i + 1) * bin);
        series.flagsPerSecond.append(windowFlags / window);
        series.kilobytesPerSecond.append(windowBytes / 1024.0 / window);
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

double recentFlagRate(const QList<RequestRecord> &records, qint64 nowNs, qint64 windowNs)
{
    const qint64 window = std::min(windowNs, nowNs);
    if (window <= 0)
        return 0;
    int flags = 0;
    for (const RequestRecord &record : records) {
        if (record.outcome == Outcome::Ok && record.finishedNs > nowNs - window)
            ++flags;
    }
    return flags / (double(window) / 1e9);
}

} // namespace flaglab
