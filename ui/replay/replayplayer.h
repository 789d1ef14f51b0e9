#pragma once

#include "replay/recordedrun.h"
#include "replay/replayclock.h"
#include "replay/replaytimeline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace flaglab {

// Plays a recorded run back through the window's views, at any speed: every
// kTickMs it moves to the clock's position and reports what changed as the
// engine would have: each request that finished since the last move
// (requestDownloaded with its picture, if there is one, then
// requestFinished), then the whole state at that moment (frame). Moving
// back (seek) first says rewound(), and then the requests done by then
// come again, so the views show the run as it stood.
class ReplayPlayer : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 40;

    explicit ReplayPlayer(QObject *parent = nullptr, ReplayClock::WallClock wall = {});

    // At 0, paused, nothing shown until the first tick(). The speed stays as it was.
    void load(const RecordedRun &run);
    void unload();
    bool isLoaded() const { return m_loaded; }
    const RecordedRun &run() const { return m_run; }
    const ReplayTimeline &timeline() const { return m_timeline; }
    const ReplayClock &clock() const { return m_clock; }
    // What the views show now.
    const ReplayState &state() const { return m_state; }
    qint64 positionNs() const { return m_state.nowNs; }
    qint64 durationNs() const { return m_clock.durationNs(); }
    bool isPlaying() const { return m_loaded && !m_clock.isPaused(); }
    bool isAtEnd() const { return m_loaded && m_state.nowNs >= durationNs(); }
    double speed() const { return m_clock.speed(); }
    // Wall time spent playing since load(), measured apart from the clock (QElapsedTimer).
    qint64 playedWallNs() const;

public Q_SLOTS:
    void play();                    // from the start again when at the end
    void pause();
    void togglePause();
    void setSpeed(double speed);
    void seek(qint64 positionNs);
    // Paused, at the next moment something happens; false at the end.
    bool stepToNextEvent();
    // The views follow the clock now (the timer does it every kTickMs).
    void tick();
    // Once, when playing reaches positionNs (> 0): pause exactly there and say
    // pausePointReached(). For --pause-at: a picture of a moment, scripted.
    void setPausePoint(qint64 positionNs);

Q_SIGNALS:
    void rewound(qint64 positionNs);    // the views go back to nothing, then to positionNs
    void requestDownloaded(int id, const QByteArray &body);
    void requestFinished(const flaglab::RequestRecord &record);
    void frame(const flaglab::ReplayState &state);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    // The end was reached while playing.
    void finished();
    void pausePointReached();

private:
    void moveTo(qint64 positionNs);
    void setPlaying(bool playing);

    RecordedRun m_run;
    ReplayTimeline m_timeline;
    ReplayClock m_clock;
    ReplayState m_state;
    QTimer m_timer;
    QElapsedTimer m_playing;        // since the latest play()
    qint64 m_playedWallNs = 0;      // of the plays before it
    qint64 m_pausePointNs = -1;     // -1: none
    qint64 m_shownNs = -1;          // the position the views show; -1: nothing yet
    bool m_loaded = false;
};

} // namespace flaglab
