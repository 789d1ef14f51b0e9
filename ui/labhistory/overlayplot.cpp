#include "labhistory/overlayplot.h"

#include <QFontMetrics>

#include "look/guicolors.h"
#include "look/plotlook.h"

#include <algorithm>

namespace flaglab {

namespace {

constexpr double kLineWidth = 3.5;
constexpr int kLegendColumns = 2;

} // namespace

OverlayPlot::OverlayPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    xAxis->setLabel(tr("time since start (s)"));
    xAxis->grid()->setVisible(true);
    yAxis->grid()->setVisible(true);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(palette().color(QPalette::WindowText), 1.5));
        axis->ticker()->setTickCount(5);
    }

    PlotLook::placeLegendAbove(this, kLegendColumns);
    legend->setMargins(QMargins(4, 2, 4, 0));

    m_hint = new QCPItemText(this);
    m_hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_hint->position->setCoords(0.5, 0.45);
    m_hint->setText(tr("Tick runs in the table to compare them here."));
    m_hint->setColor(palette().color(QPalette::PlaceholderText));
    setPlottingHint(QCP::phImmediateRefresh, false);
    rebuild();
}

void OverlayPlot::showRuns(const QList<RunSummary> &runs, const QList<QColor> &colors)
{
    m_runs = runs;
    m_colors = colors;
    rebuild();
}

void OverlayPlot::setMeasure(OverlayMeasure measure)
{
    m_measure = measure;
    rebuild();
}

void OverlayPlot::resizeEvent(QResizeEvent *event)
{
    fitLegend();
    fitAxes();
    QCustomPlot::resizeEvent(event);
}

// Each legend entry gets its column's share of the width; a longer name loses
// its middle, keeping the run's label and its figures.
void OverlayPlot::fitLegend()
{
    const QFontMetrics metrics(legend->font());
    const int perEntry = width() / kLegendColumns - legend->iconSize().width() - legend->iconTextPadding()
                         - legend->margins().left() - legend->margins().right() - 12;
    for (int i = 0; i < graphCount() && i < m_runs.size(); ++i)
        graph(i)->setName(metrics.elidedText(overlayLegend(m_runs.at(i)), Qt::ElideMiddle, std::max(perEntry, 40)));
}

// A count of flags has whole ticks (never 2.5 flags); and in a short plot (a
// race's, under its lanes) the long label would run into the legend above.
void OverlayPlot::fitAxes()
{
    if (m_measure == OverlayMeasure::FlagsPerSecond) {
        yAxis->setLabel(tr("flags/s"));
        if (yAxis->ticker().dynamicCast<QCPAxisTickerFixed>())
            yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    } else {
        const QString label = tr("flags downloaded");
        const bool fits = QFontMetrics(yAxis->labelFont()).horizontalAdvance(label) < height() / 2;
        yAxis->setLabel(fits ? label : tr("flags"));
        if (!yAxis->ticker().dynamicCast<QCPAxisTickerFixed>()) {
            auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
            whole->setTickStep(1);
            whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
            yAxis->setTicker(whole);
        }
    }
    yAxis->ticker()->setTickCount(5);
}

void OverlayPlot::rebuild()
{
    clearGraphs();
    fitAxes();
    double right = 0;
    double top = 0;
    for (int i = 0; i < m_runs.size(); ++i) {
        const RunSummary &run = m_runs.at(i);
        const OverlayCurve curve = overlayCurve(run, m_measure);
        QCPGraph *graph = addGraph();
        graph->setName(overlayLegend(run));
        // Past the distinct colours, darker ones come round again: dashed, to tell them apart.
        const Qt::PenStyle style = i < colors::kDistinctRuns ? Qt::SolidLine : Qt::DashLine;
        graph->setPen(QPen(m_colors.value(i, Qt::black), kLineWidth, style, Qt::RoundCap, Qt::RoundJoin));
        graph->setLineStyle(curve.steps ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
        graph->setData(curve.times, curve.values, true);
        right = std::max(right, run.elapsedS);
        if (!curve.values.isEmpty())
            top = std::max(top, *std::max_element(curve.values.cbegin(), curve.values.cend()));
    }
    fitLegend();
    m_hint->setVisible(m_runs.isEmpty());
    legend->setVisible(!m_runs.isEmpty());
    xAxis->setRange(0, std::max(right * 1.02, 1.0));
    yAxis->setRange(0, std::max(top * 1.12, 1.0));
    PlotLook::apply(this);
}

} // namespace flaglab
