#include "labhistory/sweepplot.h"

#include "look/guicolors.h"
#include "look/plotlook.h"

#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

constexpr double kLevelMargin = 1.35;     // room left and right of the outer levels, on the log axis
constexpr double kLabelGap = 1.12;   // between the knee's line and its label, on the log axis

void colourAxis(QCPAxis *axis, const QString &label, const QColor &color)
{
    axis->setVisible(true);
    axis->setLabel(label);
    axis->setLabelColor(color);
    axis->setTickLabelColor(color);
    axis->setBasePen(QPen(color, 1.5));
    axis->setTickPen(QPen(color, 1.5));
    axis->setSubTickPen(QPen(color, 1.5));
}

QCPScatterStyle marker(QCPScatterStyle::ScatterShape shape, const QColor &color, double size)
{
    return QCPScatterStyle(shape, QPen(color, 2), QBrush(Qt::white), size);
}

} // namespace

SweepPlot::SweepPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    xAxis->setLabel(tr("concurrent requests (-m), log₂ scale"));
    xAxis->setBasePen(QPen(palette().color(QPalette::WindowText), 1.5));
    xAxis->grid()->setVisible(true);
    colourAxis(yAxis, tr("elapsed (s)"), colors::elapsed());
    colourAxis(yAxis2, tr("flags/s"), colors::flagsRate());
    yAxis->grid()->setVisible(true);
    for (QCPAxis *axis : {yAxis, yAxis2})
        axis->ticker()->setTickCount(5);

    m_ideal = addGraph(xAxis, yAxis);
    m_ideal->setName(tr("elapsed at -m 1 ÷ N"));
    m_ideal->setPen(QPen(colors::elapsed().lighter(150), 2, Qt::DotLine));

    m_elapsed = addGraph(xAxis, yAxis);
    m_elapsed->setName(tr("elapsed"));
    m_elapsed->setPen(QPen(colors::elapsed(), 3.5));
    m_elapsed->setScatterStyle(marker(QCPScatterStyle::ssCircle, colors::elapsed(), 10));

    m_throughput = addGraph(xAxis, yAxis2);
    m_throughput->setName(tr("flags/s"));
    m_throughput->setPen(QPen(colors::flagsRate(), 3.5));
    m_throughput->setScatterStyle(marker(QCPScatterStyle::ssSquare, colors::flagsRate(), 10));

    m_kneeMark = addGraph(xAxis, yAxis2);
    m_kneeMark->setLineStyle(QCPGraph::lsNone);
    m_kneeMark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colors::knee(), 3), Qt::NoBrush, 26));
    m_kneeMark->removeFromLegend();

    m_kneeLine = new QCPItemStraightLine(this);
    m_kneeLine->setPen(QPen(colors::knee(), 2, Qt::DashLine));
    m_kneeLabel = new QCPItemText(this);
    m_kneeLabel->setColor(colors::knee());
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_kneeLabel->setFont(bold);
    m_kneeLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_kneeLabel->setPadding(QMargins(6, 4, 6, 4));
    m_kneeLabel->setBrush(QColor(255, 255, 255, 220));
    m_kneeLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_kneeLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_kneeLabel->position->setAxes(xAxis, yAxis);
    m_kneeLabel->position->setAxisRect(axisRect());

    PlotLook::placeLegendAbove(this, 3);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this);
    m_title->setTextColor(palette().color(QPalette::WindowText));
    plotLayout()->addElement(0, 0, m_title);
    plotLayout()->setRowStretchFactor(0, 0.001);
    m_title->setVisible(false);
    connect(this, &QCustomPlot::beforeReplot, this, &SweepPlot::fitTitleAndLegend);
    setPlottingHint(QCP::phImmediateRefresh, false);
    showPoints({});
}

void SweepPlot::setTitle(const QString &title)
{
    m_fullTitle = title;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    PlotLook::apply(this);
}

QString SweepPlot::title() const
{
    return m_fullTitle;
}

QSize SweepPlot::minimumSizeHint() const
{
    return PlotLook::minimumSize(this, QCustomPlot::minimumSizeHint());
}

void SweepPlot::fitTitleAndLegend()
{
    const QFontMetrics metrics(m_title->font());
    m_title->setText(metrics.elidedText(m_fullTitle, Qt::ElideMiddle, std::max(width() - 16, 40)));
    PlotLook::fitLegendColumns(this, 3);
}

void SweepPlot::setLevels(const QList<int> &levels)
{
    m_levels = levels;
    std::sort(m_levels.begin(), m_levels.end());
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(xAxis->ticker());
    ticker->clear();
    for (int level : m_levels)
        ticker->addTick(level, QString::number(level));
    showPoints({});
}

void SweepPlot::showPoints(const QList<SweepPoint> &points)
{
    QVector<double> levels, elapsed, rates, ideal;
    for (const SweepPoint &p : points) {
        levels.append(p.concurrency);
        elapsed.append(p.run.elapsedS);
        rates.append(p.run.flagsPerSecond());
    }
    // The ideal: every doubling of N halves the time, as long as the server keeps up.
    const auto single = std::find_if(points.cbegin(), points.cend(), [](const SweepPoint &p) { return p.concurrency == 1; });
    for (double level : levels)
        ideal.append(single == points.cend() ? 0.0 : single->run.elapsedS / level);
    m_elapsed->setData(levels, elapsed);
    m_throughput->setData(levels, rates);
    m_ideal->setData(single == points.cend() ? QVector<double>() : levels, ideal);
    m_ideal->setVisible(single != points.cend());

    m_knee = SweepRunner::kneeIndex(points);
    const bool knee = m_knee >= 0;
    m_kneeLine->setVisible(knee);
    m_kneeLabel->setVisible(knee);
    m_kneeMark->data()->clear();
    if (knee) {
        const SweepPoint &p = points.at(m_knee);
        m_kneeLine->point1->setCoords(p.concurrency, 0);
        m_kneeLine->point2->setCoords(p.concurrency, 1);
        m_kneeMark->addData(p.concurrency, p.run.flagsPerSecond());
        m_kneeLabel->setText(tr("knee: -m %1\n%2 flags/s (≥ 90% of the best)")
                                 .arg(p.concurrency)
                                 .arg(p.run.flagsPerSecond(), 0, 'f', 1));
    }
    fitAxes(points);
    if (knee) {
        // Beside its line, on the side with more room, clear of the line.
        const double at = points.at(m_knee).concurrency;
        const bool left = at > std::sqrt(xAxis->range().lower * xAxis->range().upper);
        m_kneeLabel->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        m_kneeLabel->position->setCoords(left ? at / kLabelGap : at * kLabelGap, 0.02);
    }
    PlotLook::apply(this);
}

void SweepPlot::fitAxes(const QList<SweepPoint> &points)
{
    QList<int> levels = m_levels;
    double topElapsed = 0;
    double topRate = 0;
    for (const SweepPoint &p : points) {
        levels.append(p.concurrency);
        topElapsed = std::max(topElapsed, p.run.elapsedS);
        topRate = std::max(topRate, p.run.flagsPerSecond());
    }
    if (levels.isEmpty())
        levels = SweepRunner::defaultLevels();
    const auto [low, high] = std::minmax_element(levels.cbegin(), levels.cend());
    xAxis->setRange(*low / kLevelMargin, *high * kLevelMargin);
    yAxis->setRange(0, topElapsed > 0 ? topElapsed * 1.15 : 1.0);
    yAxis2->setRange(0, topRate > 0 ? topRate * 1.15 : 1.0);
}

} // namespace flaglab
