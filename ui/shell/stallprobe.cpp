#include "shell/stallprobe.h"

#include <algorithm>

namespace flaglab {

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::onWakeUp);
}

void StallProbe::start()
{
    m_maxStallNs = 0;
    m_wakeUps = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    if (!m_timer.isActive())
        return;
    onWakeUp();     // a block that is still going on when the probe stops counts too
    m_timer.stop();
}

void StallProbe::onWakeUp()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 stall = now - m_lastNs - qint64(kIntervalMs) * 1000000;
    m_maxStallNs = std::max(m_maxStallNs, stall);
    m_lastNs = now;
    ++m_wakeUps;
}

} // namespace flaglab
