#pragma once

#include "engine/runconfig.h"
#include "lab/presets.h"
#include "lab/runrequest.h"
#include "lab/runhistory.h"
#include "lab/sweep.h"

#include <QList>
#include <QObject>
#include <optional>

namespace flaglab {

class BuiltInServers;
struct GuiOptions;
class PresetPlayer;
class SweepDriver;

// How the lab starts one run: the window's own way, with its views, its log
// and its engine thread.
class RunStarter {
public:
    // A scene's run into the controls, for all to see: the request they now
    // make, or nothing when they find it wrong.
    virtual std::optional<RunRequest> showRun(const GuiOptions &options) = 0;
    virtual RunConfig configFor(const RunRequest &request) const = 0;
    // loadAgreed: the consent for a heavy run against somebody else's server is already given.
    virtual bool launchRun(const RunRequest &request, const RunConfig &config, const QString &name,
                           bool loadAgreed) = 0;

protected:
    ~RunStarter() = default;
};

// The lab around the window's runs: every run goes into the session's
// history, and a book scene (PresetPlayer) or a sweep (SweepDriver) is a
// series of runs, each started a moment after the one before has settled,
// so that the class sees every end.
class LabSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kBetweenRunsMs = 400;

    LabSession(RunStarter *starter, BuiltInServers *servers, QObject *parent = nullptr);
    ~LabSession() override;

    RunHistory *history() const { return m_history; }
    bool isActive() const;              // a scene or a sweep is going
    bool isSweeping() const;
    const QList<SweepPoint> &sweepPoints() const;

    // Start the first run; false (and *error set) when the scene or the sweep cannot start.
    bool playPreset(const Preset &preset, QString *error = nullptr);
    bool startSweep(const RunRequest &base, const QList<int> &levels);
    // The run under way ends as it does; nothing comes after it.
    void cancel();

    // The window's last run is over: into the history (unless the engine
    // refused it), then the next run of the scene or sweep, or the end.
    void runSettled(const RunSummary &run);

Q_SIGNALS:
    void sceneStarting(const Preset &preset);
    void sweepStarting(const RunRequest &base, const QList<int> &levels);
    void sweepRunStarting(int index, int level);
    void sweepProgressed(const QList<SweepPoint> &points, bool over);
    void sceneOver(const QList<int> &historyRows);
    void ownRunRecorded(int historyRow);    // a run started by hand
    void finished();                        // nothing more is coming

private:
    void startPresetRun();
    void finishPreset();
    void startSweepPoint();
    void finishSweep();

    RunStarter *m_starter;
    RunHistory *m_history;
    PresetPlayer *m_presets;
    SweepDriver *m_sweep;
};

} // namespace flaglab
