#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "builtinservers.h"
#include "engine/loadpolicy.h"
#include "engine/runreport.h"
#include "fileactions.h"
#include "flags2/textreport.h"
#include "historymodel.h"
#include "historyview.h"
#include "lab/littleslaw.h"
#include "lab/presets.h"
#include "labfiles.h"
#include "littleslawpanel.h"
#include "overlayplot.h"
#include "qcustomplot_nokeywords.h"
#include "presentationmode.h"
#include "runname.h"
#include "scrollfollower.h"
#include "sweepplot.h"
#include "sweepview.h"
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
#include <QToolButton>
#include <QUrl>
#include <cstdio>

namespace flaglab {

namespace {

// After the last result: time for the view to lay out and paint the last tiles.
constexpr int kSettleMs = 150;

// --save-plot: a picture for a page or a slide, whatever the window's size.
constexpr QSize kPlotImageSize(1200, 675);

const QString kPresentationKey = QStringLiteral("view/presentation");
const QString kViewKey = QStringLiteral("view/shown");
const QString kSweepLevelsKey = QStringLiteral("sweep/levels");

} // namespace

MainWindow::MainWindow(const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent),
      ui(new Ui::MainWindow),
      m_options(options),
      m_destination(QDir(options.destination.isEmpty() ? defaultDestination() : options.destination).absolutePath()),
      m_servers(new BuiltInServers(this)),
      m_thumbnails(new ThumbnailModel(this)),
      m_presentation(new PresentationMode(this))
{
    ui->setupUi(this);
    m_lab = new LabSession(this, ui->controlsPanel, m_servers, this);
    ui->thumbnailView->setThumbnailModel(m_thumbnails);
    ui->serverPanel->setServers(m_servers);
    ui->historyView->setHistory(m_lab->history());
    setUpDocks();
    setUpLab();
    setUpScenes();

    setLogFont();
    // The end stays in sight (the final report above all), unless the user scrolls up to read.
    new ScrollFollower(ui->logView->verticalScrollBar());

    ui->actionStart->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    ui->actionStop->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
    ui->actionPresentation->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    for (QAction *action : {ui->actionStart, ui->actionStop, ui->actionPresentation})
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

    connect(&m_engine, &EngineThread::requestDownloaded, m_thumbnails, &ThumbnailModel::addDownload);
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

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_startedOnce)
        return;
    m_startedOnce = true;
    if (m_options.presentation || (!m_options.isScripted() && QSettings().value(kPresentationKey).toBool()))
        QTimer::singleShot(0, this, [this] { setPresentation(true); });
    if (m_options.startsSomething()) {
        // Once the window is on screen: its first paint is no part of the run.
        QTimer::singleShot(kScriptedStartDelayMs, this, &MainWindow::startScripted);
    }
}

void MainWindow::startScripted()
{
    bool started = false;
    if (!m_options.presetId.isEmpty())
        started = playPreset(m_options.presetId);
    else if (!m_options.sweepLevels.isEmpty())
        started = startSweep(m_options.sweepLevels);
    else
        started = startRun();
    if (!started) {
        if (m_exitCode == 0)
            m_exitCode = 1;
        finishScripted();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange)     // presentation mode
        setLogFont();
}

void MainWindow::setLogFont()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font(this).pointSizeF());
    ui->logView->setFont(mono);
}

void MainWindow::setUpDocks()
{
    fitPanels();
    // Controls on the left, with the servers and the log under them; the plot,
    // the timeline and Little's law side by side under the views, as wide as they can be.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    splitDockWidget(ui->plotDock, ui->timelineDock, Qt::Horizontal);
    splitDockWidget(ui->timelineDock, ui->littlesLawDock, Qt::Horizontal);
    tabifyDockWidget(ui->serversDock, ui->logDock);
    ui->logDock->raise();
    for (QDockWidget *dock : {ui->controlsDock, ui->serversDock, ui->plotDock, ui->timelineDock, ui->littlesLawDock,
                              ui->logDock})
        ui->menuView->addAction(dock->toggleViewAction());
    ui->menuView->addAction(ui->labToolBar->toggleViewAction());
}

void MainWindow::setUpLab()
{
    ui->viewTabs->setTabToolTip(ui->viewTabs->indexOf(ui->flagsTab), tr("The flags of the run, as they arrive"));
    ui->viewTabs->setTabToolTip(ui->viewTabs->indexOf(ui->historyView),
                                tr("Every run of the session; tick runs to compare them"));
    ui->viewTabs->setTabToolTip(ui->viewTabs->indexOf(ui->sweepView),
                                tr("Throughput against concurrency: find the knee"));
    connect(ui->actionSweep, &QAction::triggered, this, [this] {
        showView(QStringLiteral("sweep"));
        const QList<int> levels = ui->sweepView->levels();
        if (!levels.isEmpty())
            startSweep(levels);
    });
    connect(ui->sweepView, &SweepView::sweepRequested, this, &MainWindow::startSweep);
    connect(m_lab, &LabSession::sceneStarting, this, &MainWindow::showSceneStarting);
    connect(m_lab, &LabSession::sceneOver, this, &MainWindow::showSceneOver);
    connect(m_lab, &LabSession::sweepStarting, this, &MainWindow::showSweepStarting);
    connect(m_lab, &LabSession::sweepRunStarting, ui->sweepView, &SweepView::showRunning);
    connect(m_lab, &LabSession::sweepProgressed, ui->sweepView, &SweepView::showPoints);
    // A run of one's own goes on the compare plot, beside the ones before it.
    connect(m_lab, &LabSession::ownRunRecorded, this,
            [this](int row) { ui->historyView->model()->setOverlaid(row, true); });
    connect(m_lab, &LabSession::finished, this, &MainWindow::finishWork);
    connect(ui->sweepView, &SweepView::stopRequested, this, &MainWindow::stopRun);
    connect(ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    connect(m_presentation, &PresentationMode::toggled, ui->actionPresentation, &QAction::setChecked);

    m_fileActions = new FileActions(this, m_lab->history(), ui->historyView, ui->sweepView,
                                    {{tr("Throughput"), ui->throughputPlot},
                                     {tr("Requests over time"), ui->timelineView},
                                     {tr("Compared runs"), ui->historyView->plot()},
                                     {tr("Sweep"), ui->sweepView->plot()}});
    m_fileActions->addTo(ui->menuFile, ui->actionOpenDownloads);
}

void MainWindow::setUpScenes()
{
    // The book's scenes, each one click: they set the controls and the servers, and play every run in turn.
    QAction *scenes = ui->menuScenes->menuAction();
    scenes->setToolTip(tr("Replay a scene of the book: the controls, the servers and every run"));
    ui->labToolBar->insertAction(ui->actionSweep, scenes);
    ui->labToolBar->insertSeparator(ui->actionSweep);
    if (auto *button = qobject_cast<QToolButton *>(ui->labToolBar->widgetForAction(scenes)))
        button->setPopupMode(QToolButton::InstantPopup);
    for (const Preset &preset : bookPresets()) {
        QAction *action = ui->menuScenes->addAction(preset.title);
        action->setToolTip(preset.lesson);
        action->setStatusTip(preset.lesson);
        action->setData(preset.id);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { playPreset(id); });
    }
    ui->menuScenes->setToolTipsVisible(true);
}

void MainWindow::applyOptions()
{
    ui->controlsPanel->applyOptions(m_options);
    applyServerOptions();
    if (!m_options.showView.isEmpty())
        showView(m_options.showView);
}

void MainWindow::applyServerOptions()
{
    if (!m_options.serverDelayMinMs && !m_options.serverSeed)
        return;
    for (auto mode : {BuiltInServers::Mode::Delay, BuiltInServers::Mode::Error}) {
        ServerConfig config = m_servers->config(mode);
        if (m_options.serverDelayMinMs) {
            config.delayMinMs = *m_options.serverDelayMinMs;
            config.delayMaxMs = *m_options.serverDelayMaxMs;
        }
        if (m_options.serverSeed)
            config.seed = *m_options.serverSeed;
        m_servers->setConfig(mode, config);
    }
}

void MainWindow::showView(const QString &name)
{
    QWidget *page = name == u"history" ? static_cast<QWidget *>(ui->historyView)
                    : name == u"sweep" ? static_cast<QWidget *>(ui->sweepView)
                                       : ui->flagsTab;
    ui->viewTabs->setCurrentWidget(page);
}

QWidget *MainWindow::shownPlot() const
{
    QWidget *page = ui->viewTabs->currentWidget();
    if (page == ui->historyView)
        return ui->historyView->plot();
    if (page == ui->sweepView)
        return ui->sweepView->plot();
    return ui->throughputPlot;
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presentation->isOn())
        return;
    if (on)
        m_normalDockState = saveState();
    m_presentation->setOn(on);
    arrangeForPresentation(on);
}

void MainWindow::arrangeForPresentation(bool on)
{
    ui->throughputPlot->setShowBytes(!on);
    if (!on) {
        restoreState(m_normalDockState);
        return;
    }
    // Room for the large type: the log and the servers go (the View menu brings
    // them back), Little's law moves up beside the flags so that the plots
    // share the bottom row, and the rest is laid out afresh once the window
    // fills the screen.
    ui->logDock->hide();
    ui->serversDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, ui->littlesLawDock);
    QTimer::singleShot(0, this, [this] {
        if (m_presentation->isOn())
            sizeDocks();
    });
}

void MainWindow::readSettings()
{
    // A scripted run (demo, benchmark, screenshot) is the same every time: what
    // its options do not say is the defaults, and the window fills the screen.
    const QSettings settings;
    if (!m_options.isScripted()) {
        ui->controlsPanel->restoreSettings(settings);
        m_servers->restoreSettings(settings);
        QString unreadable;
        const QList<int> levels = SweepRunner::parseLevels(settings.value(kSweepLevelsKey).toString(), &unreadable);
        if (!levels.isEmpty())
            ui->sweepView->setLevels(levels);
        showView(settings.value(kViewKey).toString());
    }
    const QRect available = screen()->availableGeometry();
    if (m_options.isScripted() || !restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        if (m_options.isScripted())
            setGeometry(available);
        else
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, available.size() * 0.9, available));
    }
    if (m_options.isScripted() || !restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        sizeDocks();
}

void MainWindow::fitPanels()
{
    // The panels scroll up and down on a small screen, never sideways.
    for (QScrollArea *scroll : {ui->controlsScroll, ui->serversScroll}) {
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width()
                                + scroll->verticalScrollBar()->sizeHint().width());
    }
}

void MainWindow::sizeDocks()
{
    fitPanels();       // the type may have changed size since
    // Presentation mode's large type needs wider panels and taller plots.
    const bool large = m_presentation->isOn();
    const int side = large ? ui->controlsScroll->minimumSizeHint().width()
                           : std::max(std::clamp(width() * 2 / 9, 300, 440), ui->controlsPanel->sizeHint().width());
    const int law = std::max(std::clamp(width() / 6, 240, 320), ui->littlesLawPanel->sizeHint().width());
    resizeDocks({ui->controlsDock}, {side}, Qt::Horizontal);
    if (dockWidgetArea(ui->littlesLawDock) == Qt::BottomDockWidgetArea) {
        const int plots = width() - side - law;
        resizeDocks({ui->plotDock, ui->timelineDock, ui->littlesLawDock}, {plots / 2, plots - plots / 2, law},
                    Qt::Horizontal);
    } else {
        const int plots = width() - side;
        resizeDocks({ui->littlesLawDock}, {law}, Qt::Horizontal);
        resizeDocks({ui->plotDock, ui->timelineDock}, {plots / 2, plots - plots / 2}, Qt::Horizontal);
    }
    resizeDocks({ui->plotDock}, {int(height() * (large ? 0.44 : 0.36))}, Qt::Vertical);
    // The controls whole (they scroll only on a small screen), the log under them.
    const int room = height() - menuBar()->sizeHint().height() - statusBar()->sizeHint().height()
                     - ui->labToolBar->sizeHint().height();
    const int controls = ui->controlsPanel->sizeHint().height() + fontMetrics().height() + 8;   // + title bar
    const int log = std::max(room - controls, 6 * fontMetrics().height());
    resizeDocks({ui->controlsDock, ui->logDock}, {room - log, log}, Qt::Vertical);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    ui->controlsPanel->saveSettings(settings);
    m_servers->saveSettings(settings);
    settings.setValue(kPresentationKey, m_presentation->isOn());
    const QWidget *page = ui->viewTabs->currentWidget();
    settings.setValue(kViewKey, page == ui->historyView ? QStringLiteral("history")
                                : page == ui->sweepView  ? QStringLiteral("sweep")
                                                         : QStringLiteral("flags"));
    QStringList levels;
    for (int level : ui->sweepView->levels())
        levels << QString::number(level);
    settings.setValue(kSweepLevelsKey, levels.join(u','));
    // Presentation mode goes full screen by itself: the geometry to keep is the one before it.
    settings.setValue(QStringLiteral("window/geometry"), m_presentation->normalGeometry());
    settings.setValue(QStringLiteral("window/state"), m_presentation->isOn() ? m_normalDockState : saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_lab->cancel();
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

bool MainWindow::isBusy() const
{
    return m_engine.isRunning() || m_settling || m_lab->isActive();
}

void MainWindow::updateRunState()
{
    const bool busy = isBusy();
    ui->actionStart->setEnabled(!busy && ui->controlsPanel->isValid());
    ui->actionStop->setEnabled(m_engine.isRunning() || m_lab->isActive());
    ui->actionSweep->setEnabled(!busy && ui->controlsPanel->isValid());
    ui->menuScenes->menuAction()->setEnabled(!busy);
    ui->controlsPanel->setRunning(busy);
    ui->serverPanel->setRunning(busy);
    ui->sweepView->setRunEnabled(!busy && ui->controlsPanel->isValid(), m_lab->isSweeping());
    if (m_fileActions)
        m_fileActions->updateEnabled();
}

RunConfig MainWindow::configFor(const RunRequest &request) const
{
    RunConfig config;
    config.baseUrl = request.server.baseUrl;
    config.serverLabel = request.server.label;
    config.codes = request.codes;
    config.concurrency = std::min(request.maxReq, RunConfig::kMaxConcurrency);
    config.timeoutMs = request.timeoutMs;
    config.destination = m_destination;
    config.naming = m_options.nameByCountry ? RunConfig::Naming::ByCountry : RunConfig::Naming::ByCode;
    config.singleManager = request.singleManager;
    config.model = request.model;
    config.retries = request.retries;
    return config;
}

bool MainWindow::startRun()
{
    if (isBusy() || !ui->controlsPanel->isValid())
        return false;
    const RunRequest request = ui->controlsPanel->request();
    return launchRun(request, configFor(request), runName(request), false);
}

bool MainWindow::launchRun(const RunRequest &request, const RunConfig &config, const QString &name, bool loadAgreed)
{
    if (m_engine.isRunning() || m_settling)
        return false;
    const int actualReq = std::min<int>(config.concurrency, int(config.codes.size()));
    if (!loadAgreed && !loadIsAgreed(config, actualReq))
        return false;
    m_actualReq = std::max(actualReq, 1);
    m_runName = name;

    const int total = int(request.codes.size());
    m_thumbnails->clear();
    ui->thumbnailView->setExpectedCount(total);
    ui->progressStrip->startRun(total, name);
    ui->throughputPlot->startRun(m_actualReq);
    ui->timelineView->startRun(m_actualReq);
    ui->littlesLawPanel->clear();
    m_uiFigures = {};
    if (!ui->logView->document()->isEmpty())
        log({QString()});
    log(initialReport(config.serverLabel, config.baseUrl.toString(), config.codes, m_actualReq));

    // A seeded built-in server draws the same delays and errors for every run.
    m_servers->reseed();
    // The room sees the empty grid before the first flag lands; and the
    // repaint of the whole window that a reset costs is not a stall of the run.
    repaint();
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
    m_lab->cancel();
    m_engine.cancel();
}

bool MainWindow::playPreset(const QString &id)
{
    const std::optional<Preset> preset = presetById(id);
    return preset && playPreset(*preset);
}

bool MainWindow::playPreset(const Preset &preset)
{
    if (isBusy())
        return false;
    QString error;
    if (!m_lab->playPreset(preset, &error)) {
        log({QStringLiteral("*** ") + error});
        flushLog(m_pendingLog.size());
        return false;
    }
    return true;
}

void MainWindow::showSceneStarting(const Preset &preset)
{
    showView(QStringLiteral("flags"));
    if (!ui->logView->document()->isEmpty())
        log({QString()});
    log({tr("== Scene: %1 ==").arg(preset.title), preset.lesson});
    statusBar()->showMessage(preset.lesson);
}

void MainWindow::showSceneOver(const QList<int> &historyRows)
{
    // A scene of several runs ends in their comparison.
    if (historyRows.size() > 1) {
        ui->historyView->model()->setOverlaidRows(historyRows);
        showView(QStringLiteral("history"));
    }
    statusBar()->clearMessage();
}

bool MainWindow::startSweep(const QList<int> &levels)
{
    if (levels.isEmpty() || isBusy() || !ui->controlsPanel->isValid())
        return false;
    const RunRequest base = ui->controlsPanel->request();
    // Consent once, for the heaviest run of the sweep.
    RunConfig heaviest = configFor(base);
    heaviest.concurrency = std::min(*std::max_element(levels.cbegin(), levels.cend()), RunConfig::kMaxConcurrency);
    if (!loadIsAgreed(heaviest, std::min<int>(heaviest.concurrency, int(base.codes.size()))))
        return false;
    return m_lab->startSweep(base, levels);
}

void MainWindow::showSweepStarting(const RunRequest &base, const QList<int> &levels)
{
    ui->sweepView->setLevels(levels);
    const int requests = int(base.codes.size());
    ui->sweepView->begin(requests == 1 ? tr("%1, 1 request a run").arg(sweepName(base))
                                       : tr("%1, %2 requests a run").arg(sweepName(base)).arg(requests),
                         levels);
    showView(QStringLiteral("sweep"));
    if (!ui->logView->document()->isEmpty())
        log({QString()});
    QStringList values;
    for (int level : levels)
        values << QString::number(level);
    log({tr("== Sweep: %1 at -m %2 ==").arg(sweepName(base), values.join(u','))});
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
    const bool running = m_engine.isRunning();
    // Live: the rate of the last second. Over: the run's average, as the final report implies.
    const double rate = running ? recentFlagRate(records, now) : (now > 0 ? counts.ok / (double(now) / 1e9) : 0.0);
    ui->progressStrip->showProgress(counts, now, rate, m_engine.inFlight());
    ui->throughputPlot->showRecords(records, now);
    ui->timelineView->showRecords(records, now);
    // Live over the last seconds; once over, the whole run, where the law holds exactly.
    if (running)
        ui->littlesLawPanel->showLaw(LittlesLaw::measure(records, now, kLittlesLawWindowNs),
                                     LittlesLawPanel::Scope::Window, kLittlesLawWindowNs / 1e9);
    else
        ui->littlesLawPanel->showLaw(LittlesLaw::measure(records, now, now), LittlesLawPanel::Scope::WholeRun);
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
    RunSummary run = m_engine.summary();
    run.name = run.counts.cancelled > 0 ? tr("%1 (stopped)").arg(m_runName) : m_runName;
    updateRunState();
    Q_EMIT runSettled();
    m_lab->runSettled(run);
}

void MainWindow::finishWork()
{
    updateRunState();
    finishScripted();
    Q_EMIT idle();
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
    if (!m_options.plotImagePath.isEmpty()) {
        QString error;
        if (!labfiles::saveImage(shownPlot(), m_options.plotImagePath, kPlotImageSize, &error)) {
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
    // Plots replot at the next turn of the event loop: draw them now, or the picture is a step behind.
    for (QCustomPlot *plot : findChildren<QCustomPlot *>())
        plot->replot(QCustomPlot::rpImmediateRefresh);
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
