#include "littleslaw.h"

#include <algorithm>

namespace flaglab {

LittlesLaw LittlesLaw::measure(const QList<RequestRecord> &records, qint64 nowNs, qint64 windowNs)
{
    const qint64 from = std::max<qint64>(0, nowNs - windowNs);
    const qint64 span = nowNs - from;
    LittlesLaw law;
    if (span <= 0)
        return law;
    double busyNs = 0;
    double latencyNs = 0;
    for (const RequestRecord &r : records) {
        if (r.startedNs < 0 || r.startedNs > nowNs)
            continue;
        const qint64 end = (r.finishedNs >= 0 && r.finishedNs <= nowNs) ? r.finishedNs : nowNs;
        busyNs += std::max<qint64>(0, end - std::max(r.startedNs, from));
        if (r.finishedNs >= from && r.finishedNs <= nowNs && r.outcome != Outcome::Cancelled) {
            ++law.completed;
            latencyNs += r.finishedNs - r.startedNs;
        }
    }
    law.inFlight = busyNs / span;
    law.completionRate = law.completed / (span / 1e9);
    law.meanLatencyS = law.completed ? latencyNs / law.completed / 1e9 : 0.0;
    return law;
}

} // namespace flaglab
