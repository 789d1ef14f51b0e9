#include "exchangetimer.h"

#include <QElapsedTimer>
#include <algorithm>

namespace flaglab {

ExchangeTimer::ExchangeTimer(const QElapsedTimer &clock, int budgetMs, int deadlineMs, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_budgetNs(qint64(budgetMs) * 1000000),
      m_totalDeadlineNs(deadlineMs > 0 ? clock.nsecsElapsed() + qint64(deadlineMs) * 1000000 : 0),
      m_phaseStartNs(clock.nsecsElapsed())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExchangeTimer::check);
    arm();
}

qint64 ExchangeTimer::nowNs() const
{
    return m_clock.nsecsElapsed();
}

void ExchangeTimer::connecting()
{
    if (m_sent)
        return;
    m_phaseStartNs = nowNs();
    arm();
}

void ExchangeTimer::sent()
{
    m_sent = true;
    m_phaseStartNs = nowNs();
    arm();
}

// Called for every chunk of the body: it only moves the start of the budget.
// The timer, armed for the old end, finds the new one in check() and waits on.
void ExchangeTimer::activity()
{
    if (m_sent)
        m_phaseStartNs = nowNs();
}

void ExchangeTimer::arm()
{
    qint64 endNs = m_phaseStartNs + m_budgetNs;
    if (m_totalDeadlineNs > 0)
        endNs = std::min(endNs, m_totalDeadlineNs);
    const qint64 waitNs = std::max<qint64>(0, endNs - nowNs());
    m_timer.start(int((waitNs + 999999) / 1000000));    // whole milliseconds, rounded up
}

void ExchangeTimer::check()
{
    const qint64 now = nowNs();
    if (m_totalDeadlineNs > 0 && now >= m_totalDeadlineNs)
        return Q_EMIT expired(Budget::Total);
    if (now >= m_phaseStartNs + m_budgetNs)
        return Q_EMIT expired(m_sent ? Budget::Data : Budget::Connection);
    arm();
}

QString ExchangeTimer::expiryText(Budget budget, int ms)
{
    const double seconds = ms / 1000.0;
    switch (budget) {
    case Budget::Connection:
        return QStringLiteral("timed out: no connection in %1s").arg(seconds);
    case Budget::Data:
        return QStringLiteral("timed out: no data for %1s").arg(seconds);
    case Budget::Total:
        return QStringLiteral("timed out: no complete answer in %1s").arg(seconds);
    }
    return {};
}

} // namespace flaglab
