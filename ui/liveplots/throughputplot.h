#pragma once

#include "engine/requestrecord.h"
#include "look/qcustomplot_nokeywords.h"

namespace flaglab {

// Flags per second and KB per second over the run, with the requests in
// flight on the right axis against the concurrency cap. Thick lines, large
// type: it is meant to be read from the back of a classroom.
class ThroughputPlot : public QCustomPlot {
    Q_OBJECT    // for tr(): its strings are in the "flaglab::ThroughputPlot" context
public:
    explicit ThroughputPlot(QWidget *parent = nullptr);

    void startRun(int concurrencyCap);
    // The KB/s curve and its axis, when the plot is wide enough for a third
    // axis (presentation mode leaves them out: they follow flags/s closely).
    void setShowBytes(bool show);
    // Recomputes the curves; the replot is queued, so call it at most ~10 times a second.
    void showRecords(const QList<RequestRecord> &records, qint64 nowNs);

    QSize minimumSizeHint() const override;

private:
    void fitLabels();

    QCPGraph *m_flags;
    QCPGraph *m_kilobytes;
    QCPGraph *m_inFlight;
    QCPAxis *m_kilobyteAxis;
    QCPItemStraightLine *m_capLine;
    QCPItemText *m_capLabel;
    int m_cap = 1;
    bool m_showBytes = true;    // when there is room for a third axis
};

} // namespace flaglab
