#pragma once

#include <QList>
#include <limits>

namespace flaglab {

struct Span {
    qint64 start = 0;
    qint64 end = std::numeric_limits<qint64>::max();   // max: still going
};

// Puts each span in the lowest lane that is free when it starts, in order of
// start time: the classic interval partitioning, which uses exactly as many
// lanes as the most spans that overlap. For requests, that is the peak number
// in flight, so the height of the stack shows the concurrency. A span ending
// when another starts hands its lane over. Returns one lane per span, by index.
QList<int> packLanes(const QList<Span> &spans);

} // namespace flaglab
