#include "labhistory/labsession.h"

#include "runcontrols/presetplayer.h"
#include "runcontrols/runname.h"
#include "shell/guioptions.h"
#include "labhistory/sweepdriver.h"

#include <QTimer>

namespace flaglab {

LabSession::LabSession(RunStarter *starter, BuiltInServers *servers, QObject *parent)
    : QObject(parent),
      m_starter(starter),
      m_history(new RunHistory(this)),
      m_presets(new PresetPlayer(servers, this)),
      m_sweep(new SweepDriver(this))
{
}

LabSession::~LabSession() = default;

bool LabSession::isActive() const
{
    return m_presets->isActive() || m_sweep->isActive();
}

bool LabSession::isSweeping() const
{
    return m_sweep->isActive();
}

const QList<SweepPoint> &LabSession::sweepPoints() const
{
    return m_sweep->points();
}

bool LabSession::playPreset(const Preset &preset, QString *error)
{
    if (isActive() || !m_presets->begin(preset, error))
        return false;
    Q_EMIT sceneStarting(preset);
    startPresetRun();
    return true;
}

bool LabSession::startSweep(const RunRequest &base, const QList<int> &levels)
{
    if (isActive() || levels.isEmpty())
        return false;
    m_sweep->begin(base, levels);
    Q_EMIT sweepStarting(base, levels);
    startSweepPoint();
    return true;
}

void LabSession::cancel()
{
    m_presets->cancel();
    m_sweep->cancel();
}

void LabSession::runSettled(const RunSummary &run)
{
    int row = -1;
    if (run.counts.requested > 0) {
        m_history->add(run);
        row = int(m_history->runs().size()) - 1;
    }
    if (m_sweep->isActive()) {
        // A stopped run is no point of the sweep (it is in the history all the same).
        if (row >= 0 && run.counts.cancelled == 0)
            m_sweep->addPoint(run);
        Q_EMIT sweepProgressed(m_sweep->points(), false);
        if (m_sweep->hasNext())
            QTimer::singleShot(kBetweenRunsMs, this, &LabSession::startSweepPoint);
        else
            finishSweep();
        return;
    }
    if (m_presets->isActive()) {
        if (row >= 0)
            m_presets->noteHistoryRow(row);
        if (m_presets->hasNext())
            QTimer::singleShot(kBetweenRunsMs, this, &LabSession::startPresetRun);
        else
            finishPreset();
        return;
    }
    if (row >= 0)
        Q_EMIT ownRunRecorded(row);
    Q_EMIT finished();
}

void LabSession::startPresetRun()
{
    if (!m_presets->hasNext()) {        // stopped between two runs
        finishPreset();
        return;
    }
    // The controls show the run, and the window starts it as any other.
    const std::optional<RunRequest> request = m_starter->showRun(m_presets->nextRun());
    if (!request || !m_starter->launchRun(*request, m_starter->configFor(*request), runName(*request), false)) {
        m_presets->cancel();
        finishPreset();
    }
}

void LabSession::finishPreset()
{
    Q_EMIT sceneOver(m_presets->end());
    Q_EMIT finished();
}

void LabSession::startSweepPoint()
{
    if (!m_sweep->hasNext()) {          // stopped between two runs
        finishSweep();
        return;
    }
    const RunRequest request = m_sweep->nextRequest();
    Q_EMIT sweepRunStarting(m_sweep->pointIndex(), m_sweep->pointLevel());
    // Consent, when needed, was asked once for the whole sweep.
    if (!m_starter->launchRun(request, m_sweep->pointConfig(m_starter->configFor(request)), runName(request), true)) {
        m_sweep->cancel();
        finishSweep();
    }
}

void LabSession::finishSweep()
{
    const QList<SweepPoint> points = m_sweep->points();
    m_sweep->end();
    Q_EMIT sweepProgressed(points, true);
    Q_EMIT finished();
}

} // namespace flaglab
