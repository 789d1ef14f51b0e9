#pragma once

#include "engine/requestrecord.h"

#include <QList>

namespace flaglab {

// Little's law, L = λ·W, measured over a trailing window of a run:
//   L: the time-averaged number of requests in flight,
//   λ: requests completed per second,
//   W: mean time in the system (start to finish) of those completed.
// In a steady state λ·W matches L; while the pool fills or drains, it does not.
struct LittlesLaw {
    double inFlight = 0;            // L
    double completionRate = 0;      // λ, per second
    double meanLatencyS = 0;        // W
    int completed = 0;              // completions the window saw

    double predictedInFlight() const { return completionRate * meanLatencyS; }

    static LittlesLaw measure(const QList<RequestRecord> &records, qint64 nowNs, qint64 windowNs);
};

} // namespace flaglab
