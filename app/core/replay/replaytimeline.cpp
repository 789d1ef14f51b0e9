#include "replaytimeline.h"

#include <algorithm>
#include <map>

namespace flaglab {

namespace {

enum class Stage { Waiting, Queued, Connecting, OnTheWire, Done };

qint64 finishOf(const RequestRecord &r, qint64 durationNs)
{
    if (r.finishedNs >= 0)
        return r.finishedNs;
    return r.isDone() ? durationNs : -1;
}

bool reached(qint64 phaseNs, qint64 t)
{
    return phaseNs >= 0 && phaseNs <= t;
}

Stage stageAt(const RequestRecord &r, qint64 t, qint64 durationNs)
{
    if (reached(finishOf(r, durationNs), t))
        return Stage::Done;
    if (reached(r.sentNs, t))
        return Stage::OnTheWire;
    if (reached(r.connectingNs, t))
        return Stage::Connecting;
    if (reached(r.startedNs, t))
        return Stage::Queued;
    return Stage::Waiting;
}

int *counterOf(FlightCounts &flight, Stage stage)
{
    switch (stage) {
    case Stage::Queued: return &flight.queuedInClient;
    case Stage::Connecting: return &flight.connecting;
    case Stage::OnTheWire: return &flight.onTheWire;
    case Stage::Waiting:
    case Stage::Done:
        break;
    }
    return nullptr;
}

} // namespace

ReplayTimeline::ReplayTimeline(const QList<RequestRecord> &recorded, qint64 durationNs)
    : m_recorded(recorded), m_durationNs(std::max<qint64>(0, durationNs))
{
    for (const RequestRecord &r : recorded)
        for (qint64 t : {r.startedNs, r.connectingNs, r.sentNs, r.firstByteNs, r.finishedNs})
            m_durationNs = std::max(m_durationNs, t);

    // Each request's changes of stage, then the counts after each instant.
    std::map<qint64, QList<std::pair<Stage, Stage>>> changes;
    QList<qint64> times{0, m_durationNs};
    for (const RequestRecord &r : std::as_const(m_recorded)) {
        QList<qint64> own;
        for (qint64 t : {r.startedNs, r.connectingNs, r.sentNs, r.firstByteNs, finishOf(r, m_durationNs)})
            if (t >= 0)
                own.append(t);
        for (qint64 t : r.attemptStartsNs + r.attemptEndsNs)
            if (t >= 0)
                own.append(t);
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        times += own;
        Stage before = Stage::Waiting;
        for (qint64 t : own) {
            const Stage now = stageAt(r, t, m_durationNs);
            if (now != before)
                changes[t].append({before, now});
            before = now;
        }
    }
    for (qsizetype i = 0; i < m_recorded.size(); ++i)
        if (m_recorded.at(i).isDone())
            m_finishes.append({finishOf(m_recorded.at(i), m_durationNs), int(i)});
    std::sort(m_finishes.begin(), m_finishes.end());
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    m_eventTimes = times;

    FlightCounts flight;
    for (const auto &[t, moves] : changes) {
        for (const auto &[from, to] : moves) {
            if (int *counter = counterOf(flight, from))
                --*counter;
            if (int *counter = counterOf(flight, to))
                ++*counter;
        }
        flight.maxOnTheWire = std::max(flight.maxOnTheWire, flight.onTheWire);
        flight.maxQueuedInClient = std::max(flight.maxQueuedInClient, flight.queuedInClient);
        m_tallies.append({t, flight});
    }
}

std::optional<qint64> ReplayTimeline::nextEventAfter(qint64 t) const
{
    const auto next = std::upper_bound(m_eventTimes.cbegin(), m_eventTimes.cend(), t);
    if (next == m_eventTimes.cend())
        return std::nullopt;
    return *next;
}

RequestRecord ReplayTimeline::recordAt(const RequestRecord &recorded, qint64 t, qint64 durationNs)
{
    if (reached(finishOf(recorded, durationNs), t))
        return recorded;
    RequestRecord r;
    r.id = recorded.id;
    r.cc = recorded.cc;
    r.url = recorded.url;
    r.connectionGroup = recorded.connectionGroup;
    r.connectionSlot = recorded.connectionSlot;
    const auto upTo = [t](qint64 phaseNs) { return reached(phaseNs, t) ? phaseNs : -1; };
    r.startedNs = upTo(recorded.startedNs);
    r.connectingNs = upTo(recorded.connectingNs);
    r.sentNs = upTo(recorded.sentNs);
    r.firstByteNs = upTo(recorded.firstByteNs);
    for (qsizetype i = 0; i < recorded.attemptStartsNs.size(); ++i)
        if (reached(recorded.attemptStartsNs.at(i), t))
            r.attemptStartsNs.append(recorded.attemptStartsNs.at(i));
    for (qsizetype i = 0; i < recorded.attemptEndsNs.size(); ++i)
        if (reached(recorded.attemptEndsNs.at(i), t)) {
            r.attemptEndsNs.append(recorded.attemptEndsNs.at(i));
            r.attemptErrors.append(recorded.attemptErrors.value(i));
        }
    r.attempts = int(r.attemptStartsNs.size());
    return r;
}

QList<int> ReplayTimeline::finishedBetween(qint64 after, qint64 upTo) const
{
    QList<int> ids;
    auto it = std::upper_bound(m_finishes.cbegin(), m_finishes.cend(), after,
                               [](qint64 time, const std::pair<qint64, int> &finish) { return time < finish.first; });
    for (; it != m_finishes.cend() && it->first <= upTo; ++it)
        ids.append(it->second);
    return ids;
}

ReplayState ReplayTimeline::stateAt(qint64 t) const
{
    ReplayState state;
    state.nowNs = std::clamp<qint64>(t, 0, m_durationNs);
    state.records.reserve(m_recorded.size());
    for (const RequestRecord &recorded : m_recorded) {
        state.records.append(recordAt(recorded, state.nowNs, m_durationNs));
        state.counts.add(state.records.constLast().outcome);
    }
    state.counts.requested = int(m_recorded.size());
    const auto after = std::upper_bound(m_tallies.cbegin(), m_tallies.cend(), state.nowNs,
                                        [](qint64 time, const Tally &tally) { return time < tally.time; });
    if (after != m_tallies.cbegin())
        state.flight = std::prev(after)->flight;
    return state;
}

} // namespace flaglab
