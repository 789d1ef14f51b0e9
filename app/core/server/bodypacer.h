#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace flaglab {

// How much of a response body may have been sent by now at a bandwidth
// limit: the rate from start() on, one tick ahead, so the first chunk goes at
// once. Unpaced (0 bytes per second), all of it may go.
class BodyPacer {
public:
    static constexpr int kTickMs = 50;   // how often a paced sender should look again

    void start(qint64 bytesPerSecond)
    {
        m_bytesPerSecond = qMax<qint64>(0, bytesPerSecond);
        m_clock.start();
    }
    bool isPaced() const { return m_bytesPerSecond > 0; }
    qsizetype allowedBytes(qsizetype bodySize) const
    {
        if (!isPaced())
            return bodySize;
        return qsizetype(qMin<qint64>(bodySize, m_bytesPerSecond * (m_clock.elapsed() + kTickMs) / 1000));
    }

private:
    qint64 m_bytesPerSecond = 0;
    QElapsedTimer m_clock;
};

} // namespace flaglab
