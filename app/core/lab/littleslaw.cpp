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
    // In flight means on the wire, as the server counts: a request waiting
    // inside Qt for a connection is neither in L nor in W.
    for (const RequestRecord &r : records) {
        if (r.sentNs < 0 || r.sentNs > nowNs)
            continue;
        const qint64 end = (r.finishedNs >= 0 && r.finishedNs <= nowNs) ? r.finishedNs : nowNs;
        busyNs += std::max<qint64>(0, end - std::max(r.sentNs, from));
        if (r.finishedNs >= from && r.finishedNs <= nowNs && r.outcome != Outcome::Cancelled) {
            ++law.completed;
            latencyNs += r.finishedNs - r.sentNs;
        }
    }
    law.inFlight = busyNs / span;
    law.completionRate = law.completed / (span / 1e9);
    law.meanLatencyS = law.completed ? latencyNs / law.completed / 1e9 : 0.0;
    return law;
}

} // namespace flaglab
