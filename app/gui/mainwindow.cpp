#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "builtinservers.h"
#include "engine/loadpolicy.h"
#include "engine/runreport.h"
#include "scrollfollower.h"
#include "flags2/textreport.h"
#include "thumbnailmodel.h"
#include "throughputseries.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QUrl>
#include <cstdio>

namespace flaglab {

namespace {

// After the last result: time for the view to lay out and paint the last tiles.
constexpr int kSettleMs = 150;

} // namespace

MainWindow::MainWindow(const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent),
      ui(new Ui::MainWindow),
      m_options(options),
      m_destination(QDir(options.destination.isEmpty() ? defaultDestination() : options.destination).absolutePath()),
      m_servers(new BuiltInServers(this)),
      m_thumbnails(new ThumbnailModel(this))
{
    ui->setupUi(this);
    ui->thumbnailView->setThumbnailModel(m_thumbnails);
    ui->serverPanel->setServers(m_servers);
    setUpDocks();

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    ui->logView->setFont(mono);
    // The end stays in sight (the final report above all), unless the user scrolls up to read.
    new ScrollFollower(ui->logView->verticalScrollBar());

    ui->actionStart->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    ui->actionStop->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
    for (QAction *action : {ui->actionStart, ui->actionStop})
        action->setShortcutContext(Qt::ApplicationShortcut);   // docks may float
    connect(ui->actionStart, &QAction::triggered, this, &MainWindow::startRun);
    connect(ui->actionStop, &QAction::triggered, this, &MainWindow::stopRun);
    connect(ui->controlsPanel, &ControlsPanel::startRequested, this, &MainWindow::startRun);
    connect(ui->controlsPanel, &ControlsPanel::stopRequested, this, &MainWindow::stopRun);
    connect(ui->controlsPanel, &ControlsPanel::validityChanged, this, &MainWindow::updateRunState);
    connect(ui->controlsPanel, &ControlsPanel::serverChanged, ui->serverPanel, &ServerPanel::showSettingsOf);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionOpenDownloads, &QAction::triggered, this, [this] {
        QDir().mkpath(m_destination);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_destination));
    });
    connect(ui->actionSaveScreenshot, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a screenshot"),
                                                          QStringLiteral("flaglab.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saveScreenshot(path);
    });
    connect(ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About FlagLab"),
                           tr("<h3>FlagLab %1</h3><p>Downloads the world's flags with as many concurrent "
                              "requests as you choose, and shows it happening: the flags2 examples of "
                              "<i>Fluent Python</i>, made visible.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    connect(&m_engine, &EngineThread::requestFinished, this, &MainWindow::onRequestFinished);
    connect(&m_engine, &EngineThread::finished, this, &MainWindow::onEngineFinished);
    connect(m_servers, &BuiltInServers::stateChanged, this, &MainWindow::showServerStatus);
    m_logTimer.setSingleShot(true);
    connect(&m_logTimer, &QTimer::timeout, this, [this] { flushLog(); });
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshLive);

    m_serverStatus = new QLabel;
    ui->statusBar->addWidget(m_serverStatus, 1);
    auto *destinationLabel = new QLabel(tr("Saving to %1").arg(QDir::toNativeSeparators(m_destination)));
    destinationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ui->statusBar->addPermanentWidget(destinationLabel);

    readSettings();
    applyOptions();
    ui->serverPanel->showSettingsOf(ui->controlsPanel->request().server.label);
    if (!m_options.noServers)
        m_servers->startAll();
    showServerStatus();
    updateRunState();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_options.start || m_startedOnce)
        return;
    m_startedOnce = true;
    // Once the window is on screen: its first paint is no part of the run.
    QTimer::singleShot(kScriptedStartDelayMs, this, [this] {
        if (!startRun())
            finishScripted();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpDocks()
{
    // The panels scroll up and down on a small screen, never sideways.
    for (QScrollArea *scroll : {ui->controlsScroll, ui->serversScroll}) {
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width()
                                + scroll->verticalScrollBar()->sizeHint().width());
    }
    // Controls on the left, with the servers and the log under them; the plot
    // and the timeline side by side under the grid, as wide as they can be.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    splitDockWidget(ui->plotDock, ui->timelineDock, Qt::Horizontal);
    tabifyDockWidget(ui->serversDock, ui->logDock);
    ui->logDock->raise();
    for (QDockWidget *dock : {ui->controlsDock, ui->serversDock, ui->plotDock, ui->timelineDock, ui->logDock})
        ui->menuView->addAction(dock->toggleViewAction());
}

void MainWindow::applyOptions()
{
    if (m_options.server)
        ui->controlsPanel->setServer(*m_options.server);
    if (m_options.selection)
        ui->controlsPanel->setSelection(*m_options.selection);
    if (m_options.maxReq)
        ui->controlsPanel->setMaxReq(*m_options.maxReq);
    if (m_options.timeoutMs)
        ui->controlsPanel->setTimeoutMs(*m_options.timeoutMs);
    if (m_options.model)
        ui->controlsPanel->setModel(*m_options.model);
    if (m_options.retries)
        ui->controlsPanel->setRetries(*m_options.retries);
}

void MainWindow::readSettings()
{
    // A scripted run (demo, benchmark, screenshot) is the same every time: what
    // its options do not say is the defaults, and the window fills the screen.
    const QSettings settings;
    if (!m_options.isScripted()) {
        ui->controlsPanel->restoreSettings(settings);
        m_servers->restoreSettings(settings);
    }
    const QRect available = screen()->availableGeometry();
    if (m_options.isScripted() || !restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        if (m_options.isScripted())
            setGeometry(available);
        else
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, available.size() * 0.9, available));
    }
    if (m_options.isScripted() || !restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        const int side = std::max(std::clamp(width() * 2 / 9, 300, 440), ui->controlsPanel->sizeHint().width());
        const int half = (width() - side) / 2;
        resizeDocks({ui->controlsDock}, {side}, Qt::Horizontal);
        resizeDocks({ui->plotDock, ui->timelineDock}, {half, half}, Qt::Horizontal);
        resizeDocks({ui->plotDock}, {int(height() * 0.40)}, Qt::Vertical);
        // The controls whole (they scroll only on a small screen), the log under them.
        const int room = height() - menuBar()->sizeHint().height() - statusBar()->sizeHint().height();
        const int controls = ui->controlsPanel->sizeHint().height() + fontMetrics().height() + 8;   // + title bar
        const int log = std::max(room - controls, 6 * fontMetrics().height());
        resizeDocks({ui->controlsDock, ui->logDock}, {room - log, log}, Qt::Vertical);
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    ui->controlsPanel->saveSettings(settings);
    m_servers->saveSettings(settings);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_engine.cancel();
    // Scripted runs leave the user's own settings alone.
    if (!m_options.isScripted())
        writeSettings();
    event->accept();
}

void MainWindow::showServerStatus()
{
    QStringList running;
    for (auto mode : BuiltInServers::kModes) {
        if (m_servers->isRunning(mode))
            running << QStringLiteral("%1 :%2").arg(BuiltInServers::label(mode)).arg(m_servers->port(mode));
        else if (!m_servers->problem(mode).isEmpty())
            running << tr("%1 :%2 taken, using what is there").arg(BuiltInServers::label(mode)).arg(m_servers->port(mode));
    }
    m_serverStatus->setText(running.isEmpty() ? tr("Built-in servers off")
                                              : tr("Built-in servers: %1").arg(running.join(QStringLiteral(", "))));
}

void MainWindow::updateRunState()
{
    const bool running = m_engine.isRunning() || m_settling;
    ui->actionStart->setEnabled(!running && ui->controlsPanel->isValid());
    ui->actionStop->setEnabled(m_engine.isRunning());
    ui->controlsPanel->setRunning(running);
    ui->serverPanel->setRunning(running);
}

bool MainWindow::startRun()
{
    if (m_engine.isRunning() || m_settling || !ui->controlsPanel->isValid())
        return false;
    const RunRequest request = ui->controlsPanel->request();
    RunConfig config;
    config.baseUrl = request.server.baseUrl;
    config.serverLabel = request.server.label;
    config.codes = request.codes;
    config.concurrency = std::min(request.maxReq, RunConfig::kMaxConcurrency);
    config.timeoutMs = request.timeoutMs;
    config.destination = m_destination;
    config.naming = m_options.nameByCountry ? RunConfig::Naming::ByCountry : RunConfig::Naming::ByCode;
    config.singleManager = m_options.singleManager;
    config.model = request.model;
    config.retries = request.retries;
    if (!loadIsAgreed(config, request.actualReq()))
        return false;
    m_actualReq = request.actualReq();

    const int total = int(request.codes.size());
    m_thumbnails->clear();
    ui->thumbnailView->setExpectedCount(total);
    ui->progressStrip->startRun(total);
    ui->throughputPlot->startRun(m_actualReq);
    ui->timelineView->startRun(m_actualReq);
    m_uiFigures = {};
    if (!ui->logView->document()->isEmpty())
        log({QString()});
    log(initialReport(config.serverLabel, config.baseUrl.toString(), config.codes, m_actualReq));

    m_stallProbe.start();
    QString error;
    if (!m_engine.start(config, &error)) {
        m_stallProbe.stop();
        log({QStringLiteral("*** ") + error});
        flushLog(m_pendingLog.size());
        m_exitCode = 1;
        return false;
    }
    m_refreshTimer.start();
    updateRunState();
    return true;
}

bool MainWindow::loadIsAgreed(const RunConfig &config, int actualReq)
{
    // The CLI's rule: a heavy run against somebody else's server needs consent.
    const QString why = LoadPolicy::fromEnvironment().confirmationNeeded(config.baseUrl, config.serverLabel, actualReq,
                                                                         int(config.codes.size()));
    if (why.isEmpty() || m_options.allowRemoteLoad)
        return true;
    if (m_options.isScripted()) {
        const QString refusal = tr("Not started. %1 Use -m %2 or less (and fewer codes), or add --allow-remote-load "
                                   "if the server's owner agrees to this load.")
                                    .arg(why)
                                    .arg(LoadPolicy().safeConcurrency(config.serverLabel));
        std::fprintf(stderr, "flaglab: %s\n", qPrintable(refusal));
        log({QStringLiteral("*** ") + refusal});
        m_exitCode = 2;     // as flaglab-cli
        return false;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Somebody else's server"),
        tr("%1\n\nGo ahead only if the server's owner agrees to this load.").arg(why),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void MainWindow::stopRun()
{
    m_engine.cancel();
}

void MainWindow::onRequestFinished(int id, const QByteArray &body)
{
    const RequestRecord &record = m_engine.records().at(id);
    m_thumbnails->addResult(record, body, m_engine.finishReportedNs(id));
    log({verboseLine(record)});
}

void MainWindow::refreshLive()
{
    const QList<RequestRecord> &records = m_engine.records();
    const qint64 now = m_engine.elapsedNs();
    const RunCounts counts = m_engine.counts();
    // Live: the rate of the last second. Over: the run's average, as the final report implies.
    const double rate = m_engine.isRunning() ? recentFlagRate(records, now)
                                             : (now > 0 ? counts.ok / (double(now) / 1e9) : 0.0);
    ui->progressStrip->showProgress(counts, now, rate, m_engine.inFlight());
    ui->throughputPlot->showRecords(records, now);
    ui->timelineView->showRecords(records, now);
    flushLog();
}

void MainWindow::onEngineFinished()
{
    m_refreshTimer.stop();
    refreshLive();
    log(finalReport(m_engine.counts(), double(m_engine.elapsedNs()) / 1e9));
    m_settling = true;
    updateRunState();
    // Results still being decoded become rows first; then the view gets time to paint them.
    const auto paintThenSettle = [this] { QTimer::singleShot(kSettleMs, this, &MainWindow::settle); };
    if (!m_thumbnails->isBusy())
        paintThenSettle();
    else
        connect(m_thumbnails, &ThumbnailModel::idle, this, paintThenSettle, Qt::SingleShotConnection);
}

void MainWindow::settle()
{
    m_stallProbe.stop();
    flushLog(m_pendingLog.size());
    m_settling = false;
    const ThumbnailLatency latency = m_thumbnails->latency();
    const QSize tile = ui->thumbnailView->tileSize();
    QJsonObject servers;
    for (auto mode : BuiltInServers::kModes) {
        const QString problem = m_servers->problem(mode);
        servers.insert(BuiltInServers::label(mode), m_servers->isRunning(mode) ? QStringLiteral("running")
                                                    : problem.isEmpty()       ? QStringLiteral("off")
                                                                              : problem);
    }
    m_uiFigures = {
        {QStringLiteral("max_stall_ms"), m_stallProbe.maxStallMs()},
        {QStringLiteral("stall_probe_interval_ms"), StallProbe::kIntervalMs},
        {QStringLiteral("thumbnail_latency_ms_max"), latency.maxMs},
        {QStringLiteral("thumbnail_latency_ms_p95"), latency.p95Ms},
        {QStringLiteral("thumbnails"), latency.tiles},
        {QStringLiteral("thumbnails_painted"), latency.painted},
        {QStringLiteral("grid_rows"), m_thumbnails->rowCount()},
        {QStringLiteral("tile_size"), QStringLiteral("%1x%2").arg(tile.width()).arg(tile.height())},
        {QStringLiteral("timeline_lanes"), ui->timelineView->laneCount()},
        {QStringLiteral("destination"), m_destination},
        {QStringLiteral("builtin_servers"), servers},
    };
    updateRunState();
    finishScripted();
    Q_EMIT runSettled();
}

QJsonObject MainWindow::report() const
{
    QJsonObject report = m_engine.report();
    report.insert(QStringLiteral("ui"), m_uiFigures);
    return report;
}

void MainWindow::finishScripted()
{
    if (!m_options.reportPath.isEmpty()) {
        QString error;
        if (!writeJsonFile(m_options.reportPath, report(), &error)) {
            std::fprintf(stderr, "flaglab: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    if (!m_options.screenshotPath.isEmpty() && !saveScreenshot(m_options.screenshotPath))
        m_exitCode = 1;
    if (m_options.quitWhenDone) {
        const int code = m_exitCode;
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    }
}

bool MainWindow::saveScreenshot(const QString &path)
{
    if (grab().save(path, "PNG"))
        return true;
    std::fprintf(stderr, "flaglab: cannot save the screenshot %s\n", qPrintable(path));
    return false;
}

void MainWindow::log(const QStringList &lines)
{
    m_pendingLog.append(lines);
    if (!m_refreshTimer.isActive() && !m_logTimer.isActive())
        m_logTimer.start(0);
}

void MainWindow::flushLog(qsizetype maxLines)
{
    if (m_pendingLog.isEmpty())
        return;
    // A few lines per append, the rest a moment later: appending a burst of a
    // thousand lines at once would block the event loop for several milliseconds.
    const qsizetype count = std::min(maxLines, m_pendingLog.size());
    const QString text = m_pendingLog.mid(0, count).join(u'\n');
    m_pendingLog.remove(0, count);
    if (!m_pendingLog.isEmpty())
        m_logTimer.start(0);
    ui->logView->appendPlainText(text);
    if (m_options.verbose) {
        std::fputs(qPrintable(text + u'\n'), stdout);
        std::fflush(stdout);
    }
}

} // namespace flaglab
