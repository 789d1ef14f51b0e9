#pragma once

#include "engine/requestrecord.h"

#include <QList>
#include <QVector>

namespace flaglab {

// flags/s, one definition for every figure that shows it (the live count,
// the throughput plot, the history's compare plot): OK flags finished over
// the last kRateWindowSeconds, per second, or since the start while the run
// is younger than that. Arrivals are discrete: a rate over a shorter window
// jumps about, and a sequential run against DELAY would read 0 between flags.
// A finished run is summed up by its average: OK flags / elapsed.
constexpr double kRateWindowSeconds = 5.0;

// The curves of the throughput plot, computed from the run's records: flags
// per second and KB per second as defined above, sampled at the end of each
// time bin, and the requests in flight averaged over time in each bin (the
// exact count dips for an instant at every hand-over, which would draw as a
// comb). Times are seconds since the run started.
struct ThroughputSeries {
    double binSeconds = 0;
    QVector<double> binTimes;               // the end of each bin
    QVector<double> flagsPerSecond;         // flagRate() at the bin's end
    QVector<double> kilobytesPerSecond;     // body bytes of the requests finished in the same window
    QVector<double> inFlightTimes;          // the start of each bin, then the present
    QVector<double> inFlight;               // to be drawn as steps from each time on
    int maxInFlight = 0;                    // exact
};

// Bins get wider as the run gets longer, so that there are about 50 to 100.
double throughputBinSeconds(double runSeconds);
ThroughputSeries throughputSeries(const QList<RequestRecord> &records, qint64 nowNs);
// flags/s at nowNs, as defined above.
double flagRate(const QList<RequestRecord> &records, qint64 nowNs);

} // namespace flaglab
