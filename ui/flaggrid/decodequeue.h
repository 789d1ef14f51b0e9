#pragma once

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace flaglab {

// The pictures waiting for a decoder thread, each under its ticket: taken in
// the order they came, except that deferred ones wait until every other one
// is taken. ThumbnailDecoder defers the pictures of tiles a page turn took
// out of view. Safe to use from any thread.
template <typename Job>
class DecodeQueue {
public:
    void push(quint64 ticket, Job job)
    {
        QMutexLocker lock(&m_mutex);
        m_waiting.append({ticket, std::move(job), false});
    }

    // Tickets not waiting (taken already, or never pushed) are ignored.
    void defer(const QSet<quint64> &tickets)
    {
        QMutexLocker lock(&m_mutex);
        for (Entry &entry : m_waiting) {
            if (tickets.contains(entry.ticket))
                entry.deferred = true;
        }
    }

    std::optional<std::pair<quint64, Job>> take()
    {
        QMutexLocker lock(&m_mutex);
        if (m_waiting.isEmpty())
            return std::nullopt;
        const auto first = std::find_if(m_waiting.begin(), m_waiting.end(),
                                        [](const Entry &entry) { return !entry.deferred; });
        Entry entry = m_waiting.takeAt(first == m_waiting.end() ? 0 : first - m_waiting.begin());
        return std::pair{entry.ticket, std::move(entry.job)};
    }

private:
    struct Entry {
        quint64 ticket;
        Job job;
        bool deferred;
    };
    QMutex m_mutex;
    QList<Entry> m_waiting;     // in the order they came
};

} // namespace flaglab
