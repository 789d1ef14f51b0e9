#include "look/plotlook.h"

#include "look/qcustomplot_nokeywords.h"

#include <QApplication>
#include <algorithm>

namespace flaglab {

namespace {

constexpr double kTickScale = 1.1;      // tick labels and legend, against the application font
constexpr double kLabelScale = 1.21;    // axis labels, bold
constexpr double kTitleScale = 1.35;    // a plot's title, bold

// The width (or font size ratio) an element had when first seen, kept on the element.
double remembered(QObject *owner, const char *key, double value)
{
    const QVariant kept = owner->property(key);
    if (kept.isValid())
        return kept.toDouble();
    owner->setProperty(key, value);
    return value;
}

QPen widened(QObject *owner, QPen pen, const char *key = "flaglabBaseWidth")
{
    const double base = remembered(owner, key, pen.widthF());
    if (base > 0)
        pen.setWidthF(base * PlotLook::lineScale());
    return pen;
}

QFont scaledFont(double scale, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace

void PlotLook::setLineScale(double scale)
{
    s_lineScale = scale > 0 ? scale : 1.0;
}

void PlotLook::apply(QCustomPlot *plot)
{
    const QFont tick = scaledFont(kTickScale, false);
    const QFont label = scaledFont(kLabelScale, true);
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setLabelFont(label);
            axis->setTickLabelFont(tick);
            const QPen pen = widened(axis, axis->basePen());
            axis->setBasePen(pen);
            axis->setTickPen(pen);
            axis->setSubTickPen(pen);
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        plottable->setPen(widened(plottable, plottable->pen()));
        if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone()) {
                const double size = remembered(graph, "flaglabBaseScatter", scatter.size());
                scatter.setSize(size * lineScale());
                scatter.setPen(widened(graph, scatter.pen(), "flaglabBaseScatterWidth"));
                graph->setScatterStyle(scatter);
            }
        }
    }
    const double pointSize = QApplication::font().pointSizeF();
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            const double ratio = remembered(text, "flaglabFontRatio", text->font().pointSizeF() / pointSize);
            QFont font = text->font();
            font.setPointSizeF(pointSize * ratio);
            text->setFont(font);
        } else if (auto *line = qobject_cast<QCPItemStraightLine *>(item)) {
            line->setPen(widened(line, line->pen()));
        } else if (auto *segment = qobject_cast<QCPItemLine *>(item)) {
            segment->setPen(widened(segment, segment->pen()));
        }
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            title->setFont(scaledFont(kTitleScale, true));
    }
    if (plot->legend) {
        plot->legend->setFont(tick);
        const double iconWidth = remembered(plot->legend, "flaglabIconWidth", plot->legend->iconSize().width());
        const double iconHeight = remembered(plot->legend, "flaglabIconHeight", plot->legend->iconSize().height());
        const double scale = tick.pointSizeF() / (remembered(plot->legend, "flaglabFontSize", tick.pointSizeF()));
        plot->legend->setIconSize(int(iconWidth * scale), int(iconHeight * scale));
    }
    plot->updateGeometry();     // the type, and so the axes' width, may have changed
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotLook::placeLegendAbove(QCustomPlot *plot, int columns)
{
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(columns);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
}

void PlotLook::fitLegendColumns(QCustomPlot *plot, int maxColumns)
{
    QCPLegend *legend = plot->legend;
    QList<int> widths;      // of the entries, in order (a wrapped grid also has empty cells)
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i))
            widths << item->minimumOuterSizeHint().width();
    }
    const int count = int(widths.size());
    int columns = std::clamp(count, 1, std::max(maxColumns, 1));
    for (; columns > 1; --columns) {
        int width = legend->margins().left() + legend->margins().right() + (columns - 1) * legend->columnSpacing();
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (int i = column; i < count; i += columns)
                widest = std::max(widest, widths.at(i));
            width += widest;
        }
        if (width <= plot->width())
            break;
    }
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(legend->fillOrder(), true);    // rearranges the entries
    }
}

int PlotLook::axisWidth(const QCPAxis *axis)
{
    if (!axis->visible())
        return 0;
    int width = axis->offset() + axis->padding() + axis->tickLengthOut() + axis->tickLabelPadding()
                + QFontMetrics(axis->tickLabelFont()).horizontalAdvance(QStringLiteral("00000"));
    if (!axis->label().isEmpty())
        width += axis->labelPadding() + QFontMetrics(axis->labelFont()).height();
    return width;
}

QSize PlotLook::minimumSize(const QCustomPlot *plot, QSize layoutMinimum)
{
    const QMargins laidOut = plot->axisRect()->margins();
    int left = 0;
    int right = 0;
    for (const QCPAxis *axis : plot->axisRect()->axes(QCPAxis::atLeft))
        left += axisWidth(axis);
    for (const QCPAxis *axis : plot->axisRect()->axes(QCPAxis::atRight))
        right += axisWidth(axis);
    const int axes = std::max(left, laidOut.left()) + std::max(right, laidOut.right());
    const QCPAxis *x = plot->xAxis;
    const int title = x && x->visible() ? QFontMetrics(x->labelFont()).horizontalAdvance(x->label()) + 8 : 0;
    return {std::max(axes + kReadableData, title), layoutMinimum.height()};
}

} // namespace flaglab
