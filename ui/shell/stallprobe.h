#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace flaglab {

// Measures how long the event loop of the thread it lives in is blocked.
//
// A Qt::PreciseTimer asks to be woken every kIntervalMs. While the loop is
// free the wake-ups come on time; while something holds it (a slot, layout,
// painting, or the OS not scheduling the thread) the next wake-up comes late.
// The stall of one wake-up is the observed gap since the previous one minus
// the interval; maxStallMs() is the largest over the probe's active time. A
// block that starts just after a wake-up is under-counted by at most one
// interval, hence the short interval.
class StallProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 2;

    explicit StallProbe(QObject *parent = nullptr);

    void start();       // resets the figures
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    double maxStallMs() const { return double(m_maxStallNs) / 1e6; }
    qint64 wakeUps() const { return m_wakeUps; }

private:
    void onWakeUp();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxStallNs = 0;
    qint64 m_wakeUps = 0;
};

} // namespace flaglab
