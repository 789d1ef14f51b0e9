#pragma once

#include <QObject>
#include <QTimer>

class QElapsedTimer;

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
// Time is read from the run's clock, so the records and the time-outs agree
// to the nanosecond; the timer is precise and never ends a budget early.
class ExchangeTimer : public QObject {
    Q_OBJECT
public:
    enum class Budget { Connection, Data, Total };

    // deadlineMs 0: no total deadline.
    ExchangeTimer(const QElapsedTimer &clock, int budgetMs, int deadlineMs, QObject *parent = nullptr);

    void connecting();  // Qt started opening a connection for this exchange
    void sent();        // the request is on the wire: from now on, Data
    void activity();    // bytes arrived
    void stop() { m_timer.stop(); }

    static QString expiryText(Budget budget, int ms);   // "timed out: no data for 3.1s", ...

Q_SIGNALS:
    void expired(flaglab::ExchangeTimer::Budget budget);

private:
    qint64 nowNs() const;
    void arm();
    void check();

    const QElapsedTimer &m_clock;
    const qint64 m_budgetNs;
    const qint64 m_totalDeadlineNs;     // on the run's clock; 0: none
    bool m_sent = false;
    qint64 m_phaseStartNs;              // when the current budget started
    QTimer m_timer;
};

} // namespace flaglab
