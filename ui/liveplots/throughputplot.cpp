#include "liveplots/throughputplot.h"

#include "look/guicolors.h"
#include "look/plotlook.h"
#include "liveplots/throughputseries.h"
#include "liveplots/timeaxis.h"

#include <algorithm>

namespace flaglab {

namespace {

void styleAxis(QCPAxis *axis, const QString &label, const QColor &color, const QFont &labelFont,
               const QFont &tickFont)
{
    axis->setVisible(true);
    axis->setLabel(label);
    axis->setLabelFont(labelFont);
    axis->setTickLabelFont(tickFont);
    axis->setLabelColor(color);
    axis->setTickLabelColor(color);
    QPen pen(color, 1.5);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setRange(0, 1);
}

constexpr int kTickCount = 4;

double niceTop(double value)
{
    return std::max(value * 1.15, 1.0);
}

} // namespace

ThroughputPlot::ThroughputPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    QFont tickFont = font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 1.1);
    QFont labelFont = tickFont;
    labelFont.setPointSizeF(tickFont.pointSizeF() * 1.1);
    labelFont.setBold(true);

    styleAxis(xAxis, tr("time since start (s)"), palette().color(QPalette::WindowText), labelFont, tickFont);
    styleAxis(yAxis, tr("flags/s"), colors::flagsRate(), labelFont, tickFont);
    m_kilobyteAxis = axisRect()->addAxis(QCPAxis::atLeft);
    styleAxis(m_kilobyteAxis, tr("KB/s"), colors::bytesRate(), labelFont, tickFont);
    styleAxis(yAxis2, tr("requests in flight"), colors::inFlight(), labelFont, tickFont);
    xAxis->grid()->setVisible(true);
    xAxis->setTicker(QSharedPointer<TimeTicker>::create());
    for (QCPAxis *axis : {xAxis, yAxis, yAxis2, m_kilobyteAxis})
        axis->ticker()->setTickCount(kTickCount);    // few, big numbers
    connect(this, &QCustomPlot::beforeReplot, this, &ThroughputPlot::fitLabels);
    yAxis->grid()->setVisible(true);

    m_inFlight = addGraph(xAxis, yAxis2);
    m_inFlight->setName(tr("in flight"));
    m_inFlight->setLineStyle(QCPGraph::lsStepLeft);
    m_inFlight->setPen(QPen(colors::inFlight(), 2.5));
    QColor fill = colors::inFlight();
    fill.setAlpha(28);
    m_inFlight->setBrush(fill);
    // Steps are axis-aligned: antialiasing would only cost time (it is most of a replot's).
    m_inFlight->setAntialiased(false);
    m_inFlight->setAntialiasedFill(false);

    m_flags = addGraph(xAxis, yAxis);
    m_flags->setName(tr("flags/s"));
    m_flags->setPen(QPen(colors::flagsRate(), 4.0));

    // Over the flags: when every flag is about the same size the two curves
    // coincide, and the dashes keep both in sight.
    m_kilobytes = addGraph(xAxis, m_kilobyteAxis);
    m_kilobytes->setName(tr("KB/s"));
    m_kilobytes->setPen(QPen(colors::bytesRate(), 2.5, Qt::DashLine));

    m_capLine = new QCPItemStraightLine(this);
    m_capLine->setPen(QPen(colors::inFlight(), 1.5, Qt::DotLine));
    for (QCPItemPosition *position : {m_capLine->point1, m_capLine->point2})
        position->setAxes(xAxis, yAxis2);
    m_capLabel = new QCPItemText(this);
    m_capLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_capLabel->position->setAxes(xAxis, yAxis2);
    m_capLabel->setColor(colors::inFlight());
    m_capLabel->setFont(tickFont);

    legend->setFont(tickFont);
    PlotLook::placeLegendAbove(this, 4);
    legend->setMargins(QMargins(4, 2, 4, 0));
    // Only the flags curve is smoothed (dashes with antialiasing cost a lot per replot);
    // each graph's own setting decides.
    setNotAntialiasedElements(QCP::AntialiasedElements(QCP::aeAll) & ~QCP::AntialiasedElements(QCP::aePlottables));
    m_flags->setAntialiased(true);
    m_kilobytes->setAntialiased(false);
    setPlottingHint(QCP::phFastPolylines, true);
    // A soft update(): Qt paints the plot in the window's next paint pass with
    // everything else, instead of repainting (and flushing) the window at once.
    setPlottingHint(QCP::phImmediateRefresh, false);
    startRun(1);
}

QSize ThroughputPlot::minimumSizeHint() const
{
    QSize size = PlotLook::minimumSize(this, QCustomPlot::minimumSizeHint());
    size.rwidth() -= PlotLook::axisWidth(m_kilobyteAxis);     // it gives way on a narrow plot
    return size;
}

// A third axis only when it leaves the data most of the plot's width: KB/s,
// which follows flags/s closely, gives way first. Then fewer time ticks when the plot is narrow (a small window, a projector's 1280
// pixels shared with the other views): labels such as "0.075" must not run
// into each other. And on a short plot the right axis's title, written
// upwards, says only "in flight" (elided if need be) rather than run past the plot's ends;
// a short plot gets fewer value ticks.
void ThroughputPlot::fitLabels()
{
    const bool bytes = m_showBytes && 3 * PlotLook::axisWidth(yAxis) <= width() / 3;
    if (bytes != m_kilobyteAxis->visible()) {
        m_kilobyteAxis->setVisible(bytes);
        m_kilobytes->setVisible(bytes);
        if (bytes)
            m_kilobytes->addToLegend();
        else
            m_kilobytes->removeFromLegend();
    }
    PlotLook::fitLegendColumns(this, 4);

    const QString fullTitle = tr("requests in flight");
    const bool fits = QFontMetrics(yAxis2->labelFont()).horizontalAdvance(fullTitle) <= axisRect()->height();
    // The short one, centred on the axis, must still end within the widget.
    const int room = axisRect()->height() + 2 * axisRect()->top();
    yAxis2->setLabel(fits ? fullTitle
                          : QFontMetrics(yAxis2->labelFont()).elidedText(m_inFlight->name(), Qt::ElideRight, room));

    const QFontMetrics metrics(xAxis->tickLabelFont());
    const int label = metrics.horizontalAdvance(QStringLiteral("0.000")) + 2 * metrics.averageCharWidth();
    const int fit = axisRect()->width() / std::max(label, 1) - 1;
    xAxis->ticker()->setTickCount(std::clamp(fit, 1, kTickCount));
    // And fewer value ticks when the plot is short: a line of space between numbers.
    const int rows = axisRect()->height() / std::max(2 * metrics.height(), 1);
    for (QCPAxis *axis : {yAxis, yAxis2, m_kilobyteAxis})
        axis->ticker()->setTickCount(std::clamp(rows, 1, kTickCount));
}

void ThroughputPlot::setShowBytes(bool show)
{
    m_showBytes = show;
    fitLabels();
    replot(rpQueuedReplot);
}

void ThroughputPlot::startRun(int concurrencyCap)
{
    m_cap = std::max(concurrencyCap, 1);
    for (QCPGraph *graph : {m_flags, m_kilobytes, m_inFlight})
        graph->data()->clear();
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    m_kilobyteAxis->setRange(0, 1);
    yAxis2->setRange(0, niceTop(m_cap));
    m_capLine->point1->setCoords(0, m_cap);
    m_capLine->point2->setCoords(1, m_cap);
    m_capLabel->setText(tr("max_req %1").arg(m_cap));
    m_capLabel->position->setCoords(1, m_cap);
    replot(rpQueuedReplot);
}

void ThroughputPlot::showRecords(const QList<RequestRecord> &records, qint64 nowNs)
{
    const ThroughputSeries series = throughputSeries(records, nowNs);
    m_flags->setData(series.binTimes, series.flagsPerSecond, true);
    m_kilobytes->setData(series.binTimes, series.kilobytesPerSecond, true);
    m_inFlight->setData(series.inFlightTimes, series.inFlight, true);

    const double right = std::max(double(nowNs) / 1e9, 0.1);
    xAxis->setRange(0, right);
    const auto top = [](const QVector<double> &values) {
        return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
    };
    yAxis->setRange(0, niceTop(top(series.flagsPerSecond)));
    m_kilobyteAxis->setRange(0, niceTop(top(series.kilobytesPerSecond)));
    yAxis2->setRange(0, niceTop(std::max(m_cap, series.maxInFlight)));
    m_capLabel->position->setCoords(right, m_cap);
    replot(rpQueuedReplot);
}

} // namespace flaglab
