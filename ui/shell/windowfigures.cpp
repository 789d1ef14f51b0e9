#include "shell/windowfigures.h"

#include "servers/builtinservers.h"
#include "shell/stallprobe.h"
#include "flaggrid/thumbnailview.h"

namespace flaglab {

namespace {

// Each server: "running", "off", or why it did not start.
QJsonObject serverStates(const BuiltInServers &servers)
{
    QJsonObject states;
    for (auto mode : BuiltInServers::kModes) {
        const QString problem = servers.problem(mode);
        states.insert(BuiltInServers::label(mode), servers.isRunning(mode) ? QStringLiteral("running")
                                                   : problem.isEmpty()      ? QStringLiteral("off")
                                                                            : problem);
    }
    return states;
}

} // namespace

QJsonObject windowFigures(const StallProbe &probe, const ThumbnailView &grid, int timelineLanes,
                          const QString &destination, const BuiltInServers &servers)
{
    const ThumbnailLatency latency = grid.latency();
    const QSize tileSize = grid.tileSize();
    return {
        {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
        {QStringLiteral("stall_probe_interval_ms"), StallProbe::kIntervalMs},
        {QStringLiteral("stall_probe_wake_ups"), probe.wakeUps()},   // how many times it looked: 0 if it never ran
        {QStringLiteral("thumbnail_latency_ms_max"), latency.maxMs},
        {QStringLiteral("thumbnail_latency_ms_p95"), latency.p95Ms},
        {QStringLiteral("thumbnails"), latency.tiles},
        {QStringLiteral("thumbnails_painted"), latency.painted},
        {QStringLiteral("grid_rows"), grid.tileCount()},
        {QStringLiteral("tile_size"), QStringLiteral("%1x%2").arg(tileSize.width()).arg(tileSize.height())},
        {QStringLiteral("timeline_lanes"), timelineLanes},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("builtin_servers"), serverStates(servers)},
    };
}

} // namespace flaglab
