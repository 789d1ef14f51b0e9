#include "exchangetimer.h"

#include <algorithm>

namespace flaglab {

ExchangeTimer::ExchangeTimer(qint64 nowNs, int budgetMs, int deadlineMs)
    : m_budgetNs(qint64(budgetMs) * 1000000),
      m_totalDeadlineNs(deadlineMs > 0 ? nowNs + qint64(deadlineMs) * 1000000 : 0),
      m_phaseStartNs(nowNs)
{
}

void ExchangeTimer::connecting(qint64 nowNs)
{
    if (!m_sent)
        m_phaseStartNs = nowNs;
}

void ExchangeTimer::sent(qint64 nowNs)
{
    m_sent = true;
    m_phaseStartNs = nowNs;
}

qint64 ExchangeTimer::endNs() const
{
    const qint64 end = m_phaseStartNs + m_budgetNs;
    return m_totalDeadlineNs > 0 ? std::min(end, m_totalDeadlineNs) : end;
}

std::optional<ExchangeTimer::Budget> ExchangeTimer::expired(qint64 nowNs) const
{
    if (m_totalDeadlineNs > 0 && nowNs >= m_totalDeadlineNs)
        return Budget::Total;
    if (nowNs >= m_phaseStartNs + m_budgetNs)
        return m_sent ? Budget::Data : Budget::Connection;
    return std::nullopt;
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
