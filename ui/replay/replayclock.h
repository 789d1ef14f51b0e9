#pragma once

#include <QtGlobal>
#include <functional>

namespace flaglab {

// The replay's time: a position in the recorded run (ns since it started)
// that moves with the wall clock times the speed, unless paused, and stops
// at the run's end. Changing the speed or seeking keeps the position
// continuous. The wall clock is given, so that a test can move it by hand.
class ReplayClock {
public:
    static constexpr double kMinSpeed = 0.05;
    static constexpr double kMaxSpeed = 4.0;
    using WallClock = std::function<qint64()>;      // monotonic ns

    explicit ReplayClock(WallClock wall = {});

    void setDuration(qint64 durationNs);
    qint64 durationNs() const { return m_durationNs; }
    qint64 positionNs() const;
    bool atEnd() const { return positionNs() >= m_durationNs; }

    double speed() const { return m_speed; }
    void setSpeed(double speed);        // clamped to kMinSpeed..kMaxSpeed
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void seek(qint64 positionNs);       // clamped to the run
    // Wall time the rest of the run takes at this speed; 0 when paused or at the end.
    qint64 wallNsToEnd() const;

private:
    void anchor();                      // the position now becomes the new origin

    WallClock m_wall;
    qint64 m_durationNs = 0;
    double m_speed = 1.0;
    bool m_paused = true;
    qint64 m_anchorPositionNs = 0;
    qint64 m_anchorWallNs = 0;
};

} // namespace flaglab
