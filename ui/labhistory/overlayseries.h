#pragma once

#include "engine/requestrecord.h"
#include "lab/runsummary.h"

#include <QList>
#include <QString>
#include <QVector>

namespace flaglab {

// What the compare plot shows of a run from the history.
enum class OverlayMeasure {
    FlagsPerSecond,     // the live plot's flags/s curve, as the class saw it during the run
    FlagsDone,          // flags downloaded so far: the slope is the throughput, the end the elapsed time
};

struct OverlayCurve {
    QVector<double> times;      // seconds since the run started
    QVector<double> values;
    bool steps = false;         // draw as steps (a count), not a line (a rate)
};

// A run's timings as records again, as far as the curves need them.
QList<RequestRecord> recordsOf(const RunSummary &run);
// flags/s is the live plot's curve (throughputSeries), over the run's whole time.
OverlayCurve overlayCurve(const RunSummary &run, OverlayMeasure measure);
// The legend's words for a run: its name and how it went.
QString overlayLegend(const RunSummary &run);

} // namespace flaglab
