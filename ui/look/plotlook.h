#pragma once

#include <QSize>

class QCPAxis;
class QCustomPlot;

namespace flaglab {

// How every plot looks: type sized from the application's font (so that the
// larger type of presentation mode reaches the plots too) and lines as thick
// as the projector needs. The line scale is one for the whole application.
class PlotLook {
public:
    static double lineScale() { return s_lineScale; }
    static void setLineScale(double scale);

    // Fonts of the axes, legend and text items from the application font;
    // widths of the axes, graphs and line items times lineScale(). Each
    // element's own size is remembered the first time, so applying it again
    // never compounds. Call it after adding graphs or items.
    static void apply(QCustomPlot *plot);

    // The legend in a row of its own above the axes, where it hides no curve:
    // no frame, no ground, its entries row by row in the given columns.
    static void placeLegendAbove(QCustomPlot *plot, int columns);
    // As many legend columns, up to maxColumns, as the plot's width takes:
    // the legend wraps onto more rows rather than widen the plot.
    static void fitLegendColumns(QCustomPlot *plot, int maxColumns);
    // The plot's narrowest: its axes and a readable data area beside them,
    // and the time axis's title whole; the legend and the plot's title, which
    // wrap or elide, do not count.
    // layoutMinimum: QCustomPlot::minimumSizeHint(), whose height it keeps.
    static QSize minimumSize(const QCustomPlot *plot, QSize layoutMinimum);
    // The width a vertical axis takes beside the data, from its fonts (so
    // known before the plot is first laid out); 0 when hidden.
    static int axisWidth(const QCPAxis *axis);
    static constexpr int kReadableData = 80;    // pixels of data beside the axes

private:
    static inline double s_lineScale = 1.0;
};

} // namespace flaglab
