// libFuzzer: reading a recorded run for replay (RunImport: a FlagLab JSON
// report, a FlagLab HAR or any other tool's HAR), from any bytes. Invariants:
// - the input is refused with a message, or read into a report whose counts
//   add up to its requests;
// - what was read exports as a HAR (harFromReport) that reads back with the
//   same number of requests: replay and export agree on every run they take;
// - as records (RecordedRun), its state at the end has every outcome the
//   report counts, the event times ascend, and no flight count is negative.

#include "har/harexport.h"
#include "har/harimport.h"
#include "replay/recordedrun.h"
#include "replay/replaytimeline.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace flaglab;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

int countOf(const QJsonObject &report, const char *key)
{
    return report.value(QLatin1String(key)).toInt(-1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto run = RunImport::fromData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!run) {
        require(!error.isEmpty());
        return 0;
    }
    const QJsonObject &report = run->report;
    const int requested = countOf(report, "requested");
    require(requested == report.value(u"requests").toArray().size());
    require(countOf(report, "ok") + countOf(report, "not_found") + countOf(report, "errors")
                + countOf(report, "cancelled") <= requested);
    const auto again = RunImport::fromData(QJsonDocument(harFromReport(report)).toJson(QJsonDocument::Compact), &error);
    require(!again || countOf(again->report, "requested") == requested);

    const RecordedRun recorded = RecordedRun::fromImport(*run);
    require(recorded.records.size() == requested);
    const ReplayTimeline timeline(recorded.records, recorded.durationNs);
    const QList<qint64> &times = timeline.eventTimes();
    require(std::adjacent_find(times.cbegin(), times.cend(), std::greater_equal<qint64>()) == times.cend());
    const ReplayState end = timeline.stateAt(timeline.durationNs());
    require(end.counts.done() == countOf(report, "ok") + countOf(report, "not_found") + countOf(report, "errors")
                                     + countOf(report, "cancelled"));
    require(timeline.finishedBetween(-1, timeline.durationNs()).size() == end.counts.done());
    const ReplayState middle = timeline.stateAt(timeline.durationNs() / 2);
    require(middle.counts.done() <= end.counts.done());
    require(middle.flight.queuedInClient >= 0 && middle.flight.connecting >= 0 && middle.flight.onTheWire >= 0);
    require(end.flight.onTheWire == 0 || end.counts.done() < requested);
    return 0;
}
