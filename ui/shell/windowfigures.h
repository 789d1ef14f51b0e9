#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>

namespace flaglab {

class BuiltInServers;
class StallProbe;
class ThumbnailView;

// The window's own figures of a run, the "ui" object of its report (read by
// bench/gui-smooth.sh): the longest stall of the event loop, how soon each
// thumbnail was painted, the grid, the timeline, where the files went, and
// the state of each built-in server. Taken once the run has settled.
QJsonObject windowFigures(const StallProbe &probe, const ThumbnailView &grid, int timelineLanes, const QString &destination, const BuiltInServers &servers);

} // namespace flaglab
