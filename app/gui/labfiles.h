#pragma once

#include "lab/runsummary.h"
#include "lab/sweep.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <optional>

class QWidget;

namespace flaglab {

// The lab's files: what File > Export writes and reads back. Each writer is
// atomic (the whole file or nothing) and returns false with *error set.
namespace labfiles {

// One run: its settings, outcomes and per-request timings (RunSummary JSON).
bool saveRun(const QString &path, const RunSummary &run, QString *error = nullptr);
std::optional<RunSummary> loadRun(const QString &path, QString *error = nullptr);

// Per-request timings of a run (RunHistory::timingsCsv) or a sweep's table (SweepRunner::csv).
bool saveTimingsCsv(const QString &path, const RunSummary &run, QString *error = nullptr);
bool saveSweepCsv(const QString &path, const QList<SweepPoint> &points, QString *error = nullptr);

// A plot, or any view, as a PNG or SVG image (chosen by the file's suffix),
// at the view's size on screen, or at `size` when given.
bool saveImage(QWidget *view, const QString &path, QSize size = {}, QString *error = nullptr);

} // namespace labfiles

} // namespace flaglab
