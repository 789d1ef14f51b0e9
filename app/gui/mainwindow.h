#pragma once

#include "controlspanel.h"
#include "enginethread.h"
#include "guioptions.h"
#include "labsession.h"
#include "stallprobe.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QStringList>
#include <QTimer>
#include <memory>

class QLabel;
namespace Ui { class MainWindow; }

namespace flaglab {

class BuiltInServers;
class FileActions;
class PresentationMode;
class ThumbnailModel;

// The window: a thin layer over DownloadEngine (run on its own thread by
// EngineThread). The engine's signals feed the thumbnail grid and the log as
// results arrive; the progress strip, the plot, the timeline and Little's law
// are redrawn from the engine's records ten times a second. Every run lands in
// the session's history, and a book scene or a sweep is a series of such runs
// (LabSession).
class MainWindow : public QMainWindow, private RunStarter {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 100;
    static constexpr int kScriptedStartDelayMs = 300;   // --start: after the window's first paint
    static constexpr int kLogLinesPerSlice = 100;
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
    QString destination() const { return m_destination; }
    // The CLI's JSON report of the last run plus the window's own figures in "ui".
    QJsonObject report() const;

public Q_SLOTS:
    bool startRun();
    void stopRun();
    bool playPreset(const QString &id);         // one of bookPresets()
    bool playPreset(const Preset &preset);
    bool startSweep(const QList<int> &levels);
    void setPresentation(bool on);

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
    RunConfig configFor(const RunRequest &request) const override;
    bool launchRun(const RunRequest &request, const RunConfig &config, const QString &name, bool loadAgreed) override;
    bool loadIsAgreed(const RunConfig &config, int actualReq);
    void onRequestFinished(int id, const QByteArray &body);
    void onEngineFinished();
    void settle();
    void showSceneStarting(const Preset &preset);
    void showSweepStarting(const RunRequest &base, const QList<int> &levels);
    void showSceneOver(const QList<int> &historyRows);
    void finishWork();
    void startScripted();
    void refreshLive();
    void updateRunState();
    void log(const QStringList &lines);
    void flushLog(qsizetype maxLines = kLogLinesPerSlice);
    bool saveScreenshot(const QString &path);
    void finishScripted();
    void setUpDocks();
    void fitPanels();
    void sizeDocks();
    void arrangeForPresentation(bool on);
    void setUpScenes();
    void setUpLab();
    void setLogFont();
    void applyOptions();
    void applyServerOptions();
    void showView(const QString &name);
    QWidget *shownPlot() const;
    void readSettings();
    void writeSettings() const;
    void showServerStatus();

    std::unique_ptr<Ui::MainWindow> ui;
    GuiOptions m_options;
    QString m_destination;
    EngineThread m_engine;
    BuiltInServers *m_servers;
    ThumbnailModel *m_thumbnails;
    LabSession *m_lab;
    PresentationMode *m_presentation;
    FileActions *m_fileActions = nullptr;
    QLabel *m_serverStatus;
    StallProbe m_stallProbe;
    QTimer m_refreshTimer;
    QTimer m_logTimer;
    QStringList m_pendingLog;
    QJsonObject m_uiFigures;        // of the last settled run
    QByteArray m_normalDockState;   // before presentation mode hid the log and the servers
    QString m_runName;              // of the run under way, for the history
    int m_actualReq = 1;
    bool m_settling = false;
    bool m_startedOnce = false;
    int m_exitCode = 0;
};

} // namespace flaglab
