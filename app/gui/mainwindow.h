#pragma once

#include "enginethread.h"
#include "guioptions.h"
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
class ThumbnailModel;

// The window: a thin layer over DownloadEngine (run on its own thread by
// EngineThread). The engine's signals feed the thumbnail grid and the log as
// results arrive; the progress strip, the plot and the timeline are redrawn
// from the engine's records ten times a second.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 100;
    static constexpr int kScriptedStartDelayMs = 300;   // --start: after the window's first paint
    static constexpr int kLogLinesPerSlice = 100;

    explicit MainWindow(const GuiOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isRunning() const { return m_engine.isRunning(); }
    const EngineThread &engine() const { return m_engine; }
    const ThumbnailModel &thumbnails() const { return *m_thumbnails; }
    QString destination() const { return m_destination; }
    // The CLI's JSON report of the last run plus the window's own figures in "ui".
    QJsonObject report() const;

public Q_SLOTS:
    bool startRun();
    void stopRun();

Q_SIGNALS:
    // The last run is over and the views show all of it (report and screenshot are written).
    void runSettled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool loadIsAgreed(const RunConfig &config, int actualReq);
    void onRequestFinished(int id, const QByteArray &body);
    void onEngineFinished();
    void settle();
    void refreshLive();
    void updateRunState();
    void log(const QStringList &lines);
    void flushLog(qsizetype maxLines = kLogLinesPerSlice);
    bool saveScreenshot(const QString &path);
    void finishScripted();
    void setUpDocks();
    void applyOptions();
    void readSettings();
    void writeSettings() const;
    void showServerStatus();

    std::unique_ptr<Ui::MainWindow> ui;
    GuiOptions m_options;
    QString m_destination;
    EngineThread m_engine;
    BuiltInServers *m_servers;
    ThumbnailModel *m_thumbnails;
    QLabel *m_serverStatus;
    StallProbe m_stallProbe;
    QTimer m_refreshTimer;
    QTimer m_logTimer;
    QStringList m_pendingLog;
    QJsonObject m_uiFigures;        // of the last settled run
    int m_actualReq = 1;
    bool m_settling = false;
    bool m_startedOnce = false;
    int m_exitCode = 0;
};

} // namespace flaglab
