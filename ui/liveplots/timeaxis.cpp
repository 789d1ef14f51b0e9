#include "liveplots/timeaxis.h"

#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

constexpr double kFactors[] = {1.0, 2.0, 5.0, 10.0};

// The smallest of 1, 2 or 5 times a power of ten at or above `value`.
double niceAtOrAbove(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : kFactors) {
        if (factor * power >= value * (1 - 1e-9))
            return factor * power;
    }
    return 10 * power;
}

// The largest at or below it.
double niceAtOrBelow(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    double nice = power;
    for (double factor : kFactors) {
        if (factor * power <= value * (1 + 1e-9))
            nice = factor * power;
    }
    return nice;
}

} // namespace

double timeTickStep(double span, int wanted)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double step = niceAtOrAbove(span / std::max(wanted, 1));
    return step <= span * (1 + 1e-9) ? step : niceAtOrBelow(span);
}

QList<double> timeTicks(double span, int wanted)
{
    const double step = timeTickStep(span, wanted);
    QList<double> ticks;
    // Multiplied, not summed: 0.1 added thirty times is not 3.0.
    for (int i = 0; i * step <= span * (1 + 1e-9); ++i)
        ticks.append(i * step);
    return ticks;
}

double TimeTicker::getTickStep(const QCPRange &range)
{
    return timeTickStep(range.size(), tickCount());
}

} // namespace flaglab
