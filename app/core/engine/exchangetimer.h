#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace flaglab {

// The time budgets of one HTTP exchange, counted as httpx counts its
// `timeout=3.1` (the book's clients): separate budgets, each `budgetMs`.
//  - Connection: from the hand-off to Qt until the request is on the wire.
//    The budget starts again when Qt starts opening a socket for it, so
//    waiting for a free connection inside Qt (httpx's pool) and connecting
//    (httpx's connect) are each given the full budget.
//  - Data: once the request is on the wire, the longest silence allowed
//    before the first byte and between bytes (httpx's read).
//  - Total: FlagLab's own guard, over the whole exchange: a server that
//    trickles a byte now and then never trips the Data budget.
// Times are read from the run's clock, so the records and the time-outs
// agree to the nanosecond, and a budget never ends early.
//
// A plain value, kept with its exchange: the run has one timer for all its
// exchanges (DownloadRun::armBudgetTimer), set for the earliest endNs(),
// instead of a QObject and a QTimer per exchange.
class ExchangeTimer {
public:
    enum class Budget { Connection, Data, Total };

    ExchangeTimer() = default;
    // deadlineMs 0: no total deadline.
    ExchangeTimer(qint64 nowNs, int budgetMs, int deadlineMs);

    void connecting(qint64 nowNs);  // Qt started opening a connection for this exchange
    void sent(qint64 nowNs);        // the request is on the wire: from now on, Data
    void activity(qint64 nowNs)     // bytes arrived: only moves the start of the budget
    {
        if (m_sent)
            m_phaseStartNs = nowNs;
    }

    qint64 endNs() const;           // when a budget runs out, unless there is activity before
    std::optional<Budget> expired(qint64 nowNs) const;

    static QString expiryText(Budget budget, int ms);   // "timed out: no data for 3.1s", ...

private:
    qint64 m_budgetNs = 0;
    qint64 m_totalDeadlineNs = 0;   // on the run's clock; 0: none
    qint64 m_phaseStartNs = 0;      // when the current budget started
    bool m_sent = false;
};

} // namespace flaglab
