#pragma once

#include "lab/runsummary.h"
#include "labhistory/overlayseries.h"
#include "look/qcustomplot_nokeywords.h"

#include <QColor>
#include <QList>

namespace flaglab {

// Runs from the history side by side: one curve per run against the time
// since its start, each in its own colour, named in the legend with its
// elapsed time and throughput. Sequential against 6 against 100, threads
// against the event loop, one manager against the pool: one picture.
class OverlayPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit OverlayPlot(QWidget *parent = nullptr);

    void showRuns(const QList<RunSummary> &runs, const QList<QColor> &colors);
    void setMeasure(OverlayMeasure measure);
    OverlayMeasure measure() const { return m_measure; }

    // The legend's names are elided to the width there is, so that no run's
    // name can make the plot, and the window, wider than the screen.
    // Short enough to leave History's table its rows on a 1280x800 screen.
    QSize minimumSizeHint() const override { return {240, 120}; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitLegend();
    void fitAxes();

    QList<RunSummary> m_runs;
    QList<QColor> m_colors;
    OverlayMeasure m_measure = OverlayMeasure::FlagsPerSecond;
    QCPItemText *m_hint;
};

} // namespace flaglab
