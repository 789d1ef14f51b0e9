#pragma once

#include "runcontrols/controlspanel.h"
#include "runcontrols/enginethread.h"
#include "shell/guioptions.h"
#include "labhistory/labsession.h"
#include "shell/stallprobe.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>
#include <memory>

namespace Ui { class MainWindow; }

namespace flaglab {

class BuiltInServers;
class DockLayout;
class FileActions;
class LogBuffer;
class PresentationMode;
class ReplaySession;
class RaceWindow;
class ScriptedRun;
struct ReplayState;
class ThumbnailModel;
class WindowSettings;

// The window: a thin layer over DownloadEngine (run on its own thread by
// EngineThread). The engine's signals feed the thumbnail grid and the log as
// results arrive; the progress strip, the plot, the timeline and Little's law
// are redrawn from the engine's records ten times a second. Every run lands in
// the session's history, and a book scene or a sweep is a series of such runs
// (LabSession). Helpers do the rest: DockLayout places the docks,
// WindowSettings keeps the window as the user left it, LogBuffer feeds the
// log, and ScriptedRun runs the window from its command line. A replay
// (ui/replay, ReplaySession) draws a recorded run with the same functions.
class MainWindow : public QMainWindow, private RunStarter {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 100;
    static constexpr qint64 kLittlesLawWindowNs = 2'000'000'000;

    explicit MainWindow(const GuiOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isRunning() const { return m_engine.isRunning(); }
    // A run, a scene or a sweep is going (or a run is settling).
    bool isBusy() const;
    const EngineThread &engine() const { return m_engine; }
    const ThumbnailModel &thumbnails() const { return *m_thumbnails; }
    const RunHistory &history() const { return *m_lab->history(); }
    RunHistory &history() { return *m_lab->history(); }
    BuiltInServers &servers() const { return *m_servers; }
    QString destination() const;    // the Save to field's folder
    // The CLI's JSON report of the last run plus the window's own figures in "ui" (windowFigures()).
    QJsonObject report() const;
    // The plot of the view in front (--save-plot).
    QWidget *shownPlot() const;
    // The replay open in the window, if any (ui/replay): its player drives the same views as a run.
    const ReplaySession &replay() const { return *m_replay; }
    ReplaySession &replay() { return *m_replay; }
    // Race mode's window, made the first time it is asked for.
    RaceWindow *raceWindow();
    // The window in front for --screenshot: race mode's once it has raced, else this one.
    QWidget *frontWindow() const;

public Q_SLOTS:
    // The Start action and scripts: the controls' request, once their checks pass.
    bool startRun();
    // A run of one's own, as the controls' Start asked for it.
    bool startRequest(const flaglab::RunRequest &request);
    void stopRun();
    bool playPreset(const QString &id);         // one of bookPresets()
    bool playPreset(const Preset &preset);
    bool startSweep(const QList<int> &levels);
    // Race mode with these lanes (flags2 command lines); started at once when asked.
    bool openRace(const QStringList &lanes, bool start);
    void setPresentation(bool on);
    // Opens a recorded run (a report or a HAR) and plays it at speed (as last
    // time if not given); a file of no use gets a dialog, or in a script a
    // line on stderr and exit code 1.
    bool startReplay(const QString &path, std::optional<double> speed = std::nullopt);
    void closeReplay();

Q_SIGNALS:
    // The last run is over and the views show all of it.
    void runSettled();
    // Nothing more is coming: a run, a scene or a sweep is over (report and screenshot are written).
    void idle();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void previewRun();
    void updateServerNote();
    std::optional<RunRequest> showRun(const GuiOptions &options) override;
    RunConfig configFor(const RunRequest &request) const override;
    bool launchRun(const RunRequest &request, const RunConfig &config, const QString &name, bool loadAgreed) override;
    bool loadIsAgreed(const RunConfig &config, int actualReq);
    void sayWhyNotStarted(const QString &why, int exitCode = 1);
    void onRequestFinished(int id);
    // What a run and a replay share: clear the views for one, show a result, draw the state at now.
    void startViews(int total, const QString &name, int actualReq);
    void showResult(const RequestRecord &record, qint64 arrivedNs = -1);
    void showState(const QList<RequestRecord> &records, qint64 now, const RunCounts &counts,
                   const FlightCounts &flight, bool running);
    void showReplayState(const ReplayState &state);
    void onReplayFinished();
    void settleReplay();
    void onEngineFinished();
    void settle();
    void finishWork();
    void refreshLive();
    void updateRunState();
    void setUpLab();
    void setLogFont();

    std::unique_ptr<Ui::MainWindow> ui;
    GuiOptions m_options;
    EngineThread m_engine;
    BuiltInServers *m_servers;
    ThumbnailModel *m_thumbnails;
    LabSession *m_lab;
    PresentationMode *m_presentation;
    DockLayout *m_docks;
    LogBuffer *m_log;
    ScriptedRun *m_script;
    ReplaySession *m_replay = nullptr;
    RaceWindow *m_race = nullptr;
    std::unique_ptr<WindowSettings> m_settings;
    FileActions *m_fileActions = nullptr;
    StallProbe m_stallProbe;
    QTimer m_refreshTimer;
    QJsonObject m_uiFigures;        // of the last settled run
    QString m_runName;              // of the run under way, for the history
    QString m_title;                // the window's title outside replays
    int m_actualReq = 1;
    bool m_settling = false;
    bool m_launching = false;      // in launchRun(), before the engine has the run
    bool m_startedOnce = false;
    bool m_ranOnce = false;         // a run has been launched: its views stay until the next
};

} // namespace flaglab
