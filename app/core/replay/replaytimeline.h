#pragma once

#include "engine/requestrecord.h"

#include <QList>

#include <optional>

namespace flaglab {

// A recorded run as it stood at a moment t (ns since it started): what the
// window's views are drawn from, as DownloadEngine's records and counters
// would have been at t.
struct ReplayState {
    qint64 nowNs = 0;
    QList<RequestRecord> records;   // phase times after t are -1; Pending until finishedNs
    RunCounts counts;
    FlightCounts flight;            // now and the most seen up to t
};

// The run's moments: every phase time of every request, in order, and the
// state at any t. Made once per replay; stateAt() is O(requests).
//
// A request is done at its finishedNs (at the run's end when the file gave
// it an outcome but no time). In the flight counts it is queued in the
// client from startedNs until Qt opens a connection for it (connectingNs),
// connecting until it is sent, and on the wire from sentNs to finishedNs:
// the engine's own definitions, from the times the file kept. A phase time
// that comes before an earlier phase (a foreign HAR's rounding) counts from
// the moment the earlier phase is reached.
class ReplayTimeline {
public:
    ReplayTimeline() = default;
    explicit ReplayTimeline(const QList<RequestRecord> &recorded, qint64 durationNs = 0);

    const QList<RequestRecord> &recorded() const { return m_recorded; }
    qint64 durationNs() const { return m_durationNs; }
    // Every distinct time at which something happens, ascending (0 and the end included).
    const QList<qint64> &eventTimes() const { return m_eventTimes; }
    // The first event time after t; nullopt at or past the last.
    std::optional<qint64> nextEventAfter(qint64 t) const;

    ReplayState stateAt(qint64 t) const;
    // The indexes in recorded() of the requests done in (after, upTo], in the order they finished
    // (ties by id): the tiles to add when the replay moves from after to upTo.
    // after < 0 takes those done at 0 too.
    QList<int> finishedBetween(qint64 after, qint64 upTo) const;
    // One request as it stood at t.
    static RequestRecord recordAt(const RequestRecord &recorded, qint64 t, qint64 durationNs);

private:
    struct Tally {
        qint64 time;
        FlightCounts flight;
    };
    QList<RequestRecord> m_recorded;
    qint64 m_durationNs = 0;
    QList<qint64> m_eventTimes;
    QList<Tally> m_tallies;         // the flight counts from each event time on, ascending
    QList<std::pair<qint64, int>> m_finishes;   // (when done, id), ascending
};

} // namespace flaglab
