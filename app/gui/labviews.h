#pragma once

#include "controlspanel.h"
#include "lab/presets.h"

#include <QList>
#include <QObject>

namespace Ui { class MainWindow; }

namespace flaglab {

class LabSession;
class LogBuffer;

// The lab's scenes and sweeps in the window's views: a scene's title and
// lesson in the log and the status bar, and its runs compared when it is
// over; a sweep's levels and points in the Sweep view as its runs go; a run
// started by hand on the compare plot, beside the ones before it.
class LabViews : public QObject {
    Q_OBJECT
public:
    LabViews(LabSession *lab, const Ui::MainWindow &form, LogBuffer *log);   // a child of the lab

private:
    void showSceneStarting(const Preset &preset);
    void showSceneOver(const QList<int> &historyRows);
    void showSweepStarting(const RunRequest &base, const QList<int> &levels);

    const Ui::MainWindow &ui;   // the window's form
    LogBuffer *m_log;
};

} // namespace flaglab
