#include "labhistory/labviews.h"
#include "labhistory/historymodel.h"
#include "labhistory/historyview.h"
#include "labhistory/sweepview.h"
#include "labhistory/labsession.h"
#include "shell/logbuffer.h"
#include "runcontrols/runname.h"

namespace flaglab {

LabViews::LabViews(LabSession *lab, const Widgets &widgets, LogBuffer *log)
    : QObject(lab), ui(widgets), m_log(log)
{
    connect(lab, &LabSession::sceneStarting, this, &LabViews::showSceneStarting);
    connect(lab, &LabSession::sceneOver, this, &LabViews::showSceneOver);
    connect(lab, &LabSession::sweepStarting, this, &LabViews::showSweepStarting);
    connect(lab, &LabSession::sweepRunStarting, ui.sweepView, &SweepView::showRunning);
    connect(lab, &LabSession::sweepProgressed, ui.sweepView, &SweepView::showPoints);
    connect(lab, &LabSession::ownRunRecorded, this, [this](int row) { ui.historyView->model()->setOverlaid(row, true); });
}

void LabViews::showSceneStarting(const Preset &preset)
{
    ui.viewTabs->setCurrentWidget(ui.flagsTab);
    m_log->appendSection({tr("== Scene: %1 ==").arg(preset.title), preset.lesson});
    // Whole, wrapped, above the views, and still there while the class looks
    // at the result; the status bar cut it mid-word and forgot it at the end.
    ui.sceneCaption->setText(tr("%1: %2").arg(preset.title, preset.lesson));
    ui.sceneCaption->show();
}

void LabViews::showSceneOver(const QList<int> &historyRows)
{
    // A scene of several runs ends in their comparison.
    if (historyRows.size() > 1) {
        ui.historyView->model()->setOverlaidRows(historyRows);
        ui.viewTabs->setCurrentWidget(ui.historyView);
    }
}

void LabViews::showSweepStarting(const RunRequest &base, const QList<int> &levels)
{
    ui.sweepView->setLevels(levels);
    const int requests = int(base.codes.size());
    ui.sweepView->begin(requests == 1 ? tr("%1, 1 request a run").arg(sweepName(base))
                                      : tr("%1, %2 requests a run").arg(sweepName(base)).arg(requests),
                        levels);
    ui.viewTabs->setCurrentWidget(ui.sweepView);
    QStringList values;
    for (int level : levels)
        values << QString::number(level);
    m_log->appendSection({tr("== Sweep: %1 at -m %2 ==").arg(sweepName(base), values.join(u','))});
}

} // namespace flaglab
