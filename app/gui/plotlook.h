#pragma once

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

private:
    static inline double s_lineScale = 1.0;
};

} // namespace flaglab
