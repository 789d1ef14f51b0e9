#pragma once

#include "engine/requestrecord.h"

#include <QList>
#include <QVector>

namespace flaglab {

// The curves of the throughput plot, computed from the run's records: flags
// per second and KB per second, sampled at the end of each time bin over a
// window of kWindowBins bins (a moving average: arrivals are discrete, and a
// rate over one short bin jumps about), and the requests in flight averaged
// over time in each bin (the exact count dips for an instant at every
// hand-over, which would draw as a comb). Times are seconds since the run started.
struct ThroughputSeries {
    static constexpr int kWindowBins = 4;

    double binSeconds = 0;
    QVector<double> binTimes;               // the end of each bin
    QVector<double> flagsPerSecond;         // OK outcomes finished in the window up to the bin's end
    QVector<double> kilobytesPerSecond;     // body bytes of the requests finished in the window
    QVector<double> inFlightTimes;          // the start of each bin, then the present
    QVector<double> inFlight;               // to be drawn as steps from each time on
    int maxInFlight = 0;                    // exact
};

// Bins get wider as the run gets longer, so that there are about 50 to 100.
double throughputBinSeconds(double runSeconds);
// windowBins: how many bins the rates are averaged over (the compare plot smooths more).
ThroughputSeries throughputSeries(const QList<RequestRecord> &records, qint64 nowNs,
                                  int windowBins = ThroughputSeries::kWindowBins);
// OK outcomes per second over the last windowNs (or the whole run when shorter).
double recentFlagRate(const QList<RequestRecord> &records, qint64 nowNs, qint64 windowNs = 1000000000);

} // namespace flaglab
