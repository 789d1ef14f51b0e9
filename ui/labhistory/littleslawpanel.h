#pragma once

#include "lab/littleslaw.h"

#include <QWidget>

class QLabel;

namespace flaglab {

// Little's law live: L (requests in flight, averaged over the window), λ
// (completions per second) and W (mean time a request spends in the
// system), with λ·W next to L. In a steady state the two match; while the
// pool fills or drains they do not, and the panel says so. Large numbers,
// for the back of the room.
class LittlesLawPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr double kHoldsWithin = 0.15;     // |λ·W − L| ≤ 15% of L: the law holds

    explicit LittlesLawPanel(QWidget *parent = nullptr);

    // Live: over the trailing window of a run under way. Over: the whole run,
    // which starts and ends empty, so that the law holds whatever happened.
    enum class Scope { Window, WholeRun };
    void showLaw(const LittlesLaw &law, Scope scope, double windowS = 0);
    void clear();
    static bool holds(const LittlesLaw &law);

    QString inFlightText() const;       // L, λ·W and the verdict as shown, for tests
    QString predictedText() const;
    QString verdictText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // One figure: its symbol, its number (large) and what it means (small).
    QLabel *addFigure(int row, int column, const QString &symbol, const QString &meaning, const QColor &color);
    void sizeFonts();

    QLabel *m_scope;
    QLabel *m_inFlight;
    QLabel *m_rate;
    QLabel *m_latency;
    QLabel *m_predicted;
    QLabel *m_verdict;
    QList<QLabel *> m_symbols;
    QList<QLabel *> m_numbers;
    QList<QLabel *> m_meanings;
};

} // namespace flaglab
