#include "plotlook.h"

#include "qcustomplot_nokeywords.h"

#include <QApplication>

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
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace flaglab
