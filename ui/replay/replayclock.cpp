#include "replay/replayclock.h"

#include "shell/steadyclock.h"

#include <algorithm>
#include <cmath>

namespace flaglab {

ReplayClock::ReplayClock(WallClock wall)
    : m_wall(wall ? std::move(wall) : WallClock(&steadyNowNs))
{
    m_anchorWallNs = m_wall();
}

void ReplayClock::setDuration(qint64 durationNs)
{
    m_durationNs = std::max<qint64>(0, durationNs);
    seek(positionNs());
}

qint64 ReplayClock::positionNs() const
{
    qint64 position = m_anchorPositionNs;
    if (!m_paused)
        position += qint64(std::llround(double(m_wall() - m_anchorWallNs) * m_speed));
    return std::clamp<qint64>(position, 0, m_durationNs);
}

void ReplayClock::anchor()
{
    m_anchorPositionNs = positionNs();
    m_anchorWallNs = m_wall();
}

void ReplayClock::setSpeed(double speed)
{
    anchor();
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void ReplayClock::setPaused(bool paused)
{
    anchor();
    m_paused = paused;
}

void ReplayClock::seek(qint64 positionNs)
{
    m_anchorPositionNs = std::clamp<qint64>(positionNs, 0, m_durationNs);
    m_anchorWallNs = m_wall();
}

qint64 ReplayClock::wallNsToEnd() const
{
    if (m_paused)
        return 0;
    return qint64(std::llround(double(m_durationNs - positionNs()) / m_speed));
}

} // namespace flaglab
