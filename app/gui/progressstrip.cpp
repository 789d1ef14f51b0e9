#include "progressstrip.h"
#include "ui_progressstrip.h"

#include "guicolors.h"
#include "throughputseries.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <utility>

namespace flaglab {

namespace {

void setLabelText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

} // namespace

namespace {

constexpr qreal kLargestScale = 1.45;
constexpr qreal kSmallestScale = 0.75;     // presentation mode's type is large already

// The widest each label gets in a run of at most 1000 codes.
const char *const kWidestTexts[] = {"✔ 1000 OK", "1000 not found", "✖ 1000 errors", "1000 in flight",
                                    "9999 flags/s avg", "9999.99 s"};
const char *const kWidestQueue = " · 1000 queued in Qt";

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

void ProgressStrip::fitText()
{
    const QList<QLabel *> all = labels();
    const int spacing = ui->countsLayout->spacing() * int(all.size());
    QFont font = all.first()->font();
    for (qreal scale = kLargestScale; scale > kSmallestScale; scale -= 0.05) {
        font.setPointSizeF(m_basePointSize * scale);
        const QFontMetrics metrics(font);
        int needed = spacing;
        for (const char *text : kWidestTexts)
            needed += metrics.horizontalAdvance(QString::fromUtf8(text));
        if (m_showsQueue)
            needed += metrics.horizontalAdvance(QString::fromUtf8(kWidestQueue));
        if (needed <= width())
            break;
    }
    if (font == all.first()->font())
        return;
    for (QLabel *label : all)
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
        ui->progressBar->setValue(finished);
    setLabelText(ui->okLabel, tr("✔ %1 OK").arg(counts.ok));
    setLabelText(ui->notFoundLabel, tr("%1 not found").arg(counts.notFound));
    QString errors = counts.errors == 1 ? tr("✖ 1 error") : tr("✖ %1 errors").arg(counts.errors);
    if (counts.cancelled)
        errors += tr(" · %1 cancelled").arg(counts.cancelled);
    setLabelText(ui->errorsLabel, errors);
    if (flight.maxQueuedInClient > 0 && !std::exchange(m_showsQueue, true))
        fitText();
    QString inFlight = tr("%1 in flight").arg(flight.onTheWire);
    if (m_showsQueue)
        inFlight += tr(" · %1 queued in Qt").arg(flight.queuedInClient);
    setLabelText(ui->inFlightLabel, inFlight);
    const bool over = flagsPerSecond < 0;
    const double seconds = double(elapsedNs) / 1e9;
    const double rate = over ? (seconds > 0 ? counts.ok / seconds : 0.0) : flagsPerSecond;
    const QString figure = QLocale().toString(rate, 'f', rate < 10 ? 1 : 0);
    setLabelText(ui->rateLabel, over ? tr("%1 flags/s avg").arg(figure) : tr("%1 flags/s").arg(figure));
    ui->rateLabel->setToolTip(over ? tr("OK flags per second of the whole run")
                                   : tr("OK flags per second over the last %1 s").arg(kRateWindowSeconds));
    setLabelText(ui->elapsedLabel, tr("%1 s").arg(QLocale().toString(double(elapsedNs) / 1e9, 'f', 2)));
}

} // namespace flaglab
