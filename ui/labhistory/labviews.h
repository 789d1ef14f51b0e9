#pragma once

#include "lab/runrequest.h"
#include "lab/presets.h"

#include <QList>
#include <QObject>

class QLabel;
class QTabWidget;

namespace flaglab {

class HistoryView;
class LabSession;
class LogBuffer;
class SweepView;

// The lab's scenes and sweeps in the window's views: a scene's title and
// lesson in the log and the status bar, and its runs compared when it is
// over; a sweep's levels and points in the Sweep view as its runs go; a run
// started by hand on the compare plot, beside the ones before it.
class LabViews : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        QTabWidget *viewTabs;   // shows the flags, the history or the sweep
        QWidget *flagsTab;
        HistoryView *historyView;
        SweepView *sweepView;
        QLabel *sceneCaption;   // over the flags: the scene's title and lesson
    };
    LabViews(LabSession *lab, const Widgets &widgets, LogBuffer *log);   // a child of the lab

private:
    void showSceneStarting(const Preset &preset);
    void showSceneOver(const QList<int> &historyRows);
    void showSweepStarting(const RunRequest &base, const QList<int> &levels);

    const Widgets ui;
    LogBuffer *m_log;
};

} // namespace flaglab
