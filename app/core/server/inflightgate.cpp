#include "inflightgate.h"

namespace flaglab {

InFlightGate::InFlightGate()
{
    m_limit.setSingleShot(true);
    QObject::connect(&m_limit, &QTimer::timeout, [this] { open(); });
}

void InFlightGate::arm(int threshold, int limitMs)
{
    m_threshold = threshold;
    m_limit.setInterval(limitMs);
    m_limit.stop();
    if (threshold <= 0) {
        open();
        return;
    }
    m_open = false;
    if (!m_held.isEmpty())
        m_limit.start();
}

void InFlightGate::pass(QObject *context, std::function<void()> work)
{
    if (m_open) {
        work();
        return;
    }
    if (m_held.isEmpty())
        m_limit.start();
    m_held.append({context, std::move(work)});
}

void InFlightGate::noteInFlight(qint64 inFlight)
{
    if (!m_open && inFlight >= m_threshold)
        open();
}

void InFlightGate::open()
{
    m_open = true;
    m_limit.stop();
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &each : held) {
        if (each.context)
            each.work();
    }
}

} // namespace flaglab
