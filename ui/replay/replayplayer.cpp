#include "replay/replayplayer.h"

#include <utility>

namespace flaglab {

ReplayPlayer::ReplayPlayer(QObject *parent, ReplayClock::WallClock wall)
    : QObject(parent), m_clock(std::move(wall))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplayPlayer::tick);
}

void ReplayPlayer::load(const RecordedRun &run)
{
    setPlaying(false);
    m_run = run;
    m_timeline = ReplayTimeline(run.records, run.durationNs);
    m_clock.setDuration(m_timeline.durationNs());
    m_clock.seek(0);
    m_loaded = true;
    m_playedWallNs = 0;
    m_pausePointNs = -1;
    m_state = m_timeline.stateAt(0);
    m_shownNs = -1;         // the first tick() shows the moment 0
}

void ReplayPlayer::unload()
{
    setPlaying(false);
    m_loaded = false;
    m_run = {};
    m_timeline = {};
    m_state = {};
    m_shownNs = -1;
}

void ReplayPlayer::play()
{
    if (!m_loaded)
        return;
    if (isAtEnd())
        seek(0);
    setPlaying(true);
}

void ReplayPlayer::pause()
{
    setPlaying(false);
    if (m_loaded)
        moveTo(m_clock.positionNs());   // the views stop where the clock stops
}

void ReplayPlayer::togglePause()
{
    if (isPlaying())
        pause();
    else
        play();
}

void ReplayPlayer::setSpeed(double speed)
{
    const double before = m_clock.speed();
    m_clock.setSpeed(speed);
    if (m_clock.speed() != before)
        Q_EMIT speedChanged(m_clock.speed());
}

void ReplayPlayer::seek(qint64 positionNs)
{
    if (!m_loaded)
        return;
    m_clock.seek(positionNs);
    moveTo(m_clock.positionNs());
}

bool ReplayPlayer::stepToNextEvent()
{
    if (!m_loaded)
        return false;
    setPlaying(false);
    const std::optional<qint64> next = m_timeline.nextEventAfter(m_state.nowNs);
    if (!next)
        return false;
    seek(*next);
    return true;
}

qint64 ReplayPlayer::playedWallNs() const
{
    return m_playedWallNs + (isPlaying() ? m_playing.nsecsElapsed() : 0);
}

void ReplayPlayer::tick()
{
    if (!m_loaded)
        return;
    const qint64 position = m_clock.positionNs();
    if (isPlaying() && m_pausePointNs > m_shownNs && position >= m_pausePointNs) {
        setPlaying(false);
        m_clock.seek(std::exchange(m_pausePointNs, -1));
        moveTo(m_clock.positionNs());
        Q_EMIT pausePointReached();
        return;
    }
    moveTo(position);
    if (isPlaying() && isAtEnd()) {
        setPlaying(false);
        Q_EMIT finished();
    }
}

void ReplayPlayer::setPausePoint(qint64 positionNs)
{
    m_pausePointNs = positionNs > 0 ? positionNs : -1;
}

void ReplayPlayer::moveTo(qint64 positionNs)
{
    if (positionNs == m_shownNs)
        return;
    m_state = m_timeline.stateAt(positionNs);
    qint64 after = m_shownNs;
    if (m_state.nowNs < m_shownNs) {
        after = -1;
        Q_EMIT rewound(m_state.nowNs);
    }
    m_shownNs = m_state.nowNs;
    for (int id : m_timeline.finishedBetween(after, m_shownNs)) {
        const auto picture = m_run.pictures.constFind(id);
        if (picture != m_run.pictures.cend())
            Q_EMIT requestDownloaded(id, *picture);
        Q_EMIT requestFinished(m_state.records.at(id));
    }
    Q_EMIT frame(m_state);
}

void ReplayPlayer::setPlaying(bool playing)
{
    if (playing == !m_clock.isPaused())
        return;
    m_clock.setPaused(!playing);
    if (playing) {
        m_playing.start();
        m_timer.start();
    } else {
        m_playedWallNs += m_playing.nsecsElapsed();
        m_timer.stop();
    }
    Q_EMIT playingChanged(playing);
}

} // namespace flaglab
