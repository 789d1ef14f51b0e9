#pragma once

#include "look/qcustomplot_nokeywords.h"

#include <QList>

namespace flaglab {

// Ticks of a time axis from 0 to `span` seconds: about `wanted` steps of 1, 2
// or 5 times a power of ten, never fewer than two labelled ticks (0 and one
// more). Rounding the step up alone can leave only "0" (45 s in two steps
// asks for 22.5, which rounds to 50); then the step is the nice one below the span.
double timeTickStep(double span, int wanted);
QList<double> timeTicks(double span, int wanted);

// The same steps for a QCustomPlot axis whose range starts at 0; tickCount() is `wanted`.
class TimeTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange &range) override;
};

} // namespace flaglab
