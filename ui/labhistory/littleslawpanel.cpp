#include "labhistory/littleslawpanel.h"

#include "look/guicolors.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <cmath>

namespace flaglab {

namespace {

constexpr double kNumberScale = 1.8;
constexpr double kSymbolScale = 1.3;
constexpr int kMinimumCompletions = 3;      // fewer: too few to judge

// The widest figures a run shows in practice: the numbers get this much room
// from the start, so that the panel does not widen as they grow, pushing the
// plots beside it narrower in the middle of a run (a relayout and replot of
// every dock in the bottom row).
constexpr double kWidestCount = 9999.9;     // L and λ·W: up to 1000 in flight
constexpr double kWidestRate = 99999.9;     // λ: answers per second, early in a fast run
constexpr double kWidestSeconds = 999.9;    // W

QString figure(double value)
{
    return QLocale().toString(value, 'f', value < 9.995 ? 2 : 1);     // 9.999 is "10.0", not "10.00"
}

QString rateText(double perSecond)
{
    return LittlesLawPanel::tr("%1/s").arg(figure(perSecond));
}

QString secondsText(double seconds)
{
    return LittlesLawPanel::tr("%1 s").arg(figure(seconds));
}

void reserveWidth(QLabel *label, const QString &widest)
{
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(widest));
}

} // namespace

LittlesLawPanel::LittlesLawPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 2, 6, 2);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(0);
    m_scope = new QLabel;
    m_scope->setWordWrap(true);
    grid->addWidget(m_scope, 0, 0, 1, 2);
    // L and λ·W side by side: the two that Little's law says are equal.
    m_inFlight = addFigure(1, 0, QStringLiteral("L"), tr("in flight"), colors::inFlight());
    m_predicted = addFigure(1, 1, QStringLiteral("λ·W"), tr("λ times W"), colors::inFlight().darker(125));
    m_rate = addFigure(4, 0, QStringLiteral("λ"), tr("answers per second"), palette().color(QPalette::WindowText));
    m_latency = addFigure(4, 1, QStringLiteral("W"), tr("seconds each"), palette().color(QPalette::WindowText));
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    grid->addWidget(m_verdict, 6, 0, 1, 2);
    grid->setRowMinimumHeight(3, 4);
    grid->setRowStretch(7, 1);
    for (int column : {0, 1})
        grid->setColumnStretch(column, 1);
    sizeFonts();
    clear();
}

QLabel *LittlesLawPanel::addFigure(int row, int column, const QString &symbol, const QString &meaning,
                                   const QColor &color)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *symbolLabel = new QLabel(symbol);
    auto *number = new QLabel;
    auto *meaningLabel = new QLabel(meaning);
    meaningLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    number->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    symbolLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    // The symbol beside its number, the meaning under them: short enough for a
    // projector's bottom row.
    auto *line = new QHBoxLayout;
    line->setSpacing(8);
    line->addWidget(symbolLabel, 0, Qt::AlignBaseline);
    line->addWidget(number, 1, Qt::AlignBaseline);
    grid->addLayout(line, row, column);
    grid->addWidget(meaningLabel, row + 1, column);
    m_symbols << symbolLabel;
    m_numbers << number;
    m_meanings << meaningLabel;
    return number;
}

void LittlesLawPanel::sizeFonts()
{
    const QFont base = QApplication::font(this);
    QFont number = base;
    number.setPointSizeF(base.pointSizeF() * kNumberScale);
    number.setBold(true);
    QFont symbol = base;
    symbol.setPointSizeF(base.pointSizeF() * kSymbolScale);
    symbol.setBold(true);
    symbol.setItalic(true);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    for (QLabel *label : m_numbers)
        label->setFont(number);
    for (QLabel *label : m_symbols)
        label->setFont(symbol);
    for (QLabel *label : m_meanings)
        label->setFont(small);
    QFont verdict = base;
    verdict.setBold(true);
    m_verdict->setFont(verdict);
    reserveWidth(m_inFlight, figure(kWidestCount));
    reserveWidth(m_predicted, figure(kWidestCount));
    reserveWidth(m_rate, rateText(kWidestRate));
    reserveWidth(m_latency, secondsText(kWidestSeconds));
}

void LittlesLawPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeFonts();
}

bool LittlesLawPanel::holds(const LittlesLaw &law)
{
    if (law.completed < kMinimumCompletions || law.inFlight <= 0)
        return false;
    return std::abs(law.predictedInFlight() - law.inFlight) <= kHoldsWithin * law.inFlight;
}

void LittlesLawPanel::clear()
{
    m_scope->setText(tr("Little's law, live during a run"));
    for (QLabel *label : m_numbers)
        label->setText(QStringLiteral("–"));
    m_verdict->clear();
}

void LittlesLawPanel::showLaw(const LittlesLaw &law, Scope scope, double windowS)
{
    const bool whole = scope == Scope::WholeRun;
    m_scope->setText(whole ? tr("Over the whole run:") : tr("Over the last %1 s:").arg(windowS));
    m_inFlight->setText(figure(law.inFlight));
    m_rate->setText(rateText(law.completionRate));
    m_latency->setText(secondsText(law.meanLatencyS));
    m_predicted->setText(figure(law.predictedInFlight()));
    if (law.completed < kMinimumCompletions) {
        m_verdict->setText(tr("Waiting for answers…"));
        m_verdict->setStyleSheet(QStringLiteral("color: palette(dark);"));
    } else if (holds(law)) {
        m_verdict->setText(whole ? tr("✔ L = λ·W over the whole run") : tr("✔ L = λ·W: steady state"));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colors::ok().name()));
    } else {
        m_verdict->setText(law.predictedInFlight() < law.inFlight
                               ? tr("✖ λ·W < L: the pool is filling, answers still to come")
                               : tr("✖ λ·W > L: the pool is draining"));
        m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colors::inFlight().darker(120).name()));
    }
}

QString LittlesLawPanel::inFlightText() const
{
    return m_inFlight->text();
}

QString LittlesLawPanel::predictedText() const
{
    return m_predicted->text();
}

QString LittlesLawPanel::verdictText() const
{
    return m_verdict->text();
}

} // namespace flaglab
