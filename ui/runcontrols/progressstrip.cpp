#include "runcontrols/progressstrip.h"
#include "ui_progressstrip.h"

#include "look/guicolors.h"
#include "liveplots/throughputseries.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QProgressBar>
#include <utility>

namespace flaglab {

namespace {

void setLabelText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

// QProgressBar::setValue() repaints at once when its text shows the value. Inside
// a refresh that is a synchronous paint of the whole window (every widget with a
// pending update, the thumbnail grid's new tiles too) and a wait for the X
// server; a scheduled update joins the window's next paint instead.
void setValueSoftly(QProgressBar *bar, int value)
{
    bar->setUpdatesEnabled(false);
    bar->setValue(value);
    bar->setUpdatesEnabled(true);       // schedules the update
}

} // namespace

namespace {

constexpr qreal kLargestScale = 1.45;
constexpr qreal kSmallestScale = 0.6;      // presentation mode's type is large already: a race's four lanes at 1280 px
constexpr qreal kTwoRowsBelow = 1.0;
constexpr int kMostCodes = 1000;           // in a run: the widest count
constexpr double kHighestRate = 9999;      // flags/s
constexpr qint64 kLongestNs = 9'999'990'000'000;

int textWidth(const QFontMetrics &metrics, const QStringList &texts)
{
    int width = 0;
    for (const QString &text : texts)
        width += metrics.horizontalAdvance(text);
    return width;
}

} // namespace

ProgressStrip::ProgressStrip(QWidget *parent)
    : QWidget(parent), ui(new Ui::ProgressStrip)
{
    ui->setupUi(this);
    m_basePointSize = font().pointSizeF();
    QFont big = font();
    big.setPointSizeF(m_basePointSize * kLargestScale);
    big.setBold(true);
    const struct {
        QLabel *label;
        QColor color;
    } labels[] = {
        {ui->okLabel, colors::ok()},
        {ui->notFoundLabel, colors::notFound()},
        {ui->errorsLabel, colors::error()},
        {ui->inFlightLabel, colors::inFlight()},
        {ui->rateLabel, colors::flagsRate()},
        {ui->elapsedLabel, palette().color(QPalette::WindowText)},
    };
    for (const auto &entry : labels) {
        entry.label->setFont(big);
        entry.label->setStyleSheet(QStringLiteral("color: %1;").arg(entry.color.name()));
        // fitText() keeps them whole; their text must not hold the window wide.
        entry.label->setMinimumWidth(1);
    }
    ui->progressBar->setFont(big);
    ui->progressBar->setMinimumHeight(QFontMetrics(big).height() + 10);
    ui->progressBar->setAlignment(Qt::AlignCenter);
    startRun(0);
}

ProgressStrip::~ProgressStrip() = default;

QList<QLabel *> ProgressStrip::labels() const
{
    return {ui->okLabel, ui->notFoundLabel, ui->errorsLabel, ui->inFlightLabel, ui->rateLabel, ui->elapsedLabel};
}

void ProgressStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitText();
}

void ProgressStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)     // presentation mode
        return;
    m_basePointSize = QApplication::font(this).pointSizeF();
    QFont big = ui->progressBar->font();
    big.setPointSizeF(m_basePointSize * kLargestScale);
    ui->progressBar->setMinimumHeight(QFontMetrics(big).height() + 10);
    for (QLabel *label : labels())
        label->setFont(big);
    ui->progressBar->setFont(big);
    fitText();
}

// The largest type in which the widest counts of a run stand whole, in the
// window's language: on one row, or else on two (the outcomes over the
// requests in flight), rather than in type too small to read.
void ProgressStrip::fitText()
{
    RunCounts counts;
    counts.ok = counts.notFound = counts.errors = kMostCodes;
    counts.cancelled = m_stopped ? kMostCodes : 0;
    FlightCounts flight;
    flight.onTheWire = flight.maxOnTheWire = kMostCodes;
    flight.queuedInClient = flight.maxQueuedInClient = m_showsQueue ? kMostCodes : 0;
    const QStringList widest = countTexts(counts, kLongestNs, kHighestRate, flight);
    const QStringList outcomes = widest.mid(0, 3);
    QStringList inFlight = widest.mid(3);
    inFlight[1] = rateText(kHighestRate, true);      // "avg" is the longer
    QString bar = ui->progressBar->format();
    bar.replace(QStringLiteral("%v"), QStringLiteral("%m")).replace(QStringLiteral("%m"), QString::number(kMostCodes));

    const int spacing = ui->outcomesLayout->spacing();
    const int outcomesSpacing = spacing * int(outcomes.size());      // the last one before the spacer
    const int inFlightSpacing = spacing * int(inFlight.size() - 1);
    const auto fits = [&](qreal scale, bool twoRows) {
        QFont font = ui->okLabel->font();
        font.setPointSizeF(m_basePointSize * scale);
        const QFontMetrics metrics(font);
        const int outcomesWidth = textWidth(metrics, outcomes) + outcomesSpacing;
        const int inFlightWidth = textWidth(metrics, inFlight) + inFlightSpacing;
        const int needed = twoRows ? std::max(outcomesWidth, inFlightWidth) : outcomesWidth + inFlightWidth;
        return needed <= width() && metrics.horizontalAdvance(bar) <= width();
    };
    // One row in type down to the window's own size; else two rows, in type no larger than that.
    bool oneRow = true;
    qreal scale = kLargestScale;
    constexpr qreal kStep = 0.05;
    while (scale > kTwoRowsBelow - kStep / 2 && !fits(scale, false))
        scale -= kStep;
    if (scale <= kTwoRowsBelow - kStep / 2) {
        oneRow = false;
        scale = kTwoRowsBelow;
        while (scale > kSmallestScale && !fits(scale, true))
            scale -= kStep;
    }
    QFont font = ui->okLabel->font();
    font.setPointSizeF(m_basePointSize * scale);
    ui->countsLayout->setDirection(oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (font == ui->okLabel->font())
        return;
    for (QLabel *label : labels())
        label->setFont(font);
    ui->progressBar->setFont(font);
}

void ProgressStrip::startRun(int total, const QString &title)
{
    m_title = title;
    m_stopped = true;       // so that setStopped() sets the format
    setStopped(false);
    ui->progressBar->setRange(0, std::max(total, 1));
    ui->progressBar->setValue(0);
    if (std::exchange(m_showsQueue, false))
        fitText();
    showProgress(RunCounts{}, 0, 0, FlightCounts{});
}

void ProgressStrip::setStopped(bool stopped)
{
    if (std::exchange(m_stopped, stopped) == stopped)
        return;
    QString format = QStringLiteral("%v / %m");
    if (stopped)
        format += tr(" · stopped");
    if (!m_title.isEmpty())
        format.prepend(m_title + QStringLiteral("   ·   "));
    ui->progressBar->setFormat(format);
    fitText();
    // The bar in the timeline's colour for stopped requests, as tqdm's notebook bar turns red.
    QPalette palette;       // only the role set here; the rest is inherited
    if (stopped)
        palette.setColor(QPalette::Highlight, colors::cancelled());
    ui->progressBar->setPalette(palette);
}

void ProgressStrip::showProgress(const RunCounts &counts, qint64 elapsedNs, double flagsPerSecond,
                                 const FlightCounts &flight)
{
    setStopped(counts.cancelled > 0);
    const int finished = counts.done() - counts.cancelled;
    if (ui->progressBar->value() != finished)
        setValueSoftly(ui->progressBar, finished);
    if (flight.maxQueuedInClient > 0 && !std::exchange(m_showsQueue, true))
        fitText();
    const QStringList texts = countTexts(counts, elapsedNs, flagsPerSecond, flight);
    const QList<QLabel *> all = labels();
    for (int i = 0; i < all.size(); ++i)
        setLabelText(all.at(i), texts.at(i));
    const bool over = flagsPerSecond < 0;
    ui->rateLabel->setToolTip(over ? tr("OK flags per second of the whole run")
                                   : tr("OK flags per second over the last %1 s").arg(kRateWindowSeconds));
}

QStringList ProgressStrip::countTexts(const RunCounts &counts, qint64 elapsedNs, double flagsPerSecond,
                                      const FlightCounts &flight) const
{
    QString errors = counts.errors == 1 ? tr("✖ 1 error") : tr("✖ %1 errors").arg(counts.errors);
    if (counts.cancelled)
        errors += tr(" · %1 cancelled").arg(counts.cancelled);
    QString inFlight = tr("%1 in flight").arg(flight.onTheWire);
    if (m_showsQueue)
        inFlight += tr(" · %1 queued in Qt").arg(flight.queuedInClient);
    const bool over = flagsPerSecond < 0;
    const double seconds = double(elapsedNs) / 1e9;
    const double rate = over ? (seconds > 0 ? counts.ok / seconds : 0.0) : flagsPerSecond;
    return {tr("✔ %1 OK").arg(counts.ok),
            tr("%1 not found").arg(counts.notFound),
            errors,
            inFlight,
            rateText(rate, over),
            tr("%1 s").arg(QLocale().toString(seconds, 'f', 2))};
}

QString ProgressStrip::rateText(double rate, bool over) const
{
    const QString figure = QLocale().toString(rate, 'f', rate < 10 ? 1 : 0);
    return over ? tr("%1 flags/s avg").arg(figure) : tr("%1 flags/s").arg(figure);
}

} // namespace flaglab
