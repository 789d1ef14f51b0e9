#pragma once

#include "lab/runsummary.h"
#include "lab/sweep.h"

#include <QByteArray>
#include <QSize>
#include <QString>

class QWidget;

namespace flaglab {

// The lab's files: what File > Export writes and reads back. Each writer is
// atomic (the whole file or nothing) and returns false with *error set.
namespace labfiles {

// One run's report, exactly as flaglab-cli --json writes it (RunSummary::report).
// A run opened from a saved history has none: false, and *error says so.
bool saveReport(const QString &path, const RunSummary &run, QString *error = nullptr);
// The same run as an HTTP Archive (harFromReport(), as flaglab-cli --har writes it).
bool saveHar(const QString &path, const RunSummary &run, QString *error = nullptr);

// Per-request timings of a run (RunHistory::timingsCsv) or a sweep's table (SweepRunner::csv).
bool saveTimingsCsv(const QString &path, const RunSummary &run, QString *error = nullptr);
bool saveSweepCsv(const QString &path, const QList<SweepPoint> &points, QString *error = nullptr);

// A plot, or any view, as a PNG or SVG image (chosen by the file's suffix),
// at the view's size on screen, or at `size` when given.
bool saveImage(QWidget *view, const QString &path, QSize size = {}, QString *error = nullptr);

// A plot as a figure for a projector or a page: laid out at kFigureSize, as a
// view of that size shows it (labels spaced for it), and drawn at twice that,
// 1920 pixels wide, in PNG; in SVG, at kFigureSize.
inline constexpr QSize kFigureSize{960, 540};
inline constexpr qreal kFigureScale = 2.0;
bool saveFigure(QWidget *view, const QString &path, QString *error = nullptr);

// path, with "." + suffix added when its file name has no extension.
QString withSuffix(const QString &path, const QString &suffix);

} // namespace labfiles

} // namespace flaglab
