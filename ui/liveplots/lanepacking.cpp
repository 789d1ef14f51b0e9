#include "liveplots/lanepacking.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>
#include <utility>
#include <vector>

namespace flaglab {

QList<int> packLanes(const QList<Span> &spans)
{
    QList<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&spans](int a, int b) { return spans.at(a).start < spans.at(b).start; });

    using Busy = std::pair<qint64, int>;      // (end, lane), the earliest end on top
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    int lanes = 0;
    QList<int> lane(spans.size(), -1);
    for (int index : order) {
        const Span &span = spans.at(index);
        while (!busy.empty() && busy.top().first <= span.start) {
            free.push(busy.top().second);
            busy.pop();
        }
        int chosen;
        if (free.empty()) {
            chosen = lanes++;
        } else {
            chosen = free.top();
            free.pop();
        }
        lane[index] = chosen;
        busy.push({span.end, chosen});
    }
    return lane;
}

} // namespace flaglab
