#include "shell/mainwindow.h"
#include "ui_mainwindow.h"

#include "servers/builtinservers.h"
#include "shell/docklayout.h"
#include "shell/fileactions.h"
#include "flags2/textreport.h"
#include "labhistory/historyview.h"
#include "lab/littleslaw.h"
#include "lab/presets.h"
#include "labhistory/labviews.h"
#include "labhistory/littleslawpanel.h"
#include "shell/loadconsent.h"
#include "shell/logbuffer.h"
#include "labhistory/overlayplot.h"
#include "shell/presentationmode.h"
#include "replay/replaybar.h"
#include "replay/replaysession.h"
#include "race/racewindow.h"
#include "runcontrols/presetplayer.h"
#include "runcontrols/runname.h"
#include "runcontrols/scenesmenu.h"
#include "shell/scriptedrun.h"
#include "look/scrollfollower.h"
#include "servers/serverstatuslabel.h"
#include "labhistory/sweepplot.h"
#include "labhistory/sweepview.h"
#include "flaggrid/thumbnailmodel.h"
#include "liveplots/throughputseries.h"
#include "look/wheelguard.h"
#include "shell/windowfigures.h"
#include "shell/windowsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
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
      m_servers(new BuiltInServers(this)),
      m_thumbnails(new ThumbnailModel(this)),
      m_presentation(new PresentationMode(this)),
      m_script(new ScriptedRun(this, options))
{
    ui->setupUi(this);
    m_title = windowTitle();
    m_lab = new LabSession(this, m_servers, this);
    ui->thumbnailView->setThumbnailModel(m_thumbnails);
    ui->serverPanel->setServers(m_servers);
    ui->historyView->setHistory(m_lab->history());
    m_docks = new DockLayout(this,
                             {ui->controlsDock, ui->serversDock, ui->plotDock, ui->timelineDock, ui->littlesLawDock,
                              ui->logDock, ui->controlsPanel, ui->littlesLawPanel, ui->serversScroll,
                              ui->littlesLawScroll, ui->labToolBar, ui->menuView},
                             m_presentation);

    setLogFont();
    // The end stays in sight (the final report above all), unless the user scrolls up to read.
    new ScrollFollower(ui->logView->verticalScrollBar());
    m_log = new LogBuffer(ui->logView, m_options.verbose);
    m_log->setPacer(&m_refreshTimer);   // during a run, refreshLive() flushes the log

    setUpLab();
    auto *scenes = new ScenesMenu(ui->menuScenes, ui->labToolBar, ui->actionSweep);
    connect(scenes, &ScenesMenu::sceneChosen, this, qOverload<const QString &>(&MainWindow::playPreset));

    ui->actionStart->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    ui->actionStop->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::Key_Escape)});
    ui->actionPresentation->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    for (QAction *action : {ui->actionStart, ui->actionStop, ui->actionPresentation})
        action->setShortcutContext(Qt::ApplicationShortcut);   // docks may float
    connect(ui->actionStart, &QAction::triggered, this, &MainWindow::startRun);
    connect(ui->actionStop, &QAction::triggered, this, &MainWindow::stopRun);
    connect(ui->controlsPanel, &ControlsPanel::startRequested, this, &MainWindow::startRequest);
    connect(ui->controlsPanel, &ControlsPanel::stopRequested, this, &MainWindow::stopRun);
    connect(ui->controlsPanel, &ControlsPanel::validityChanged, this, &MainWindow::updateRunState);
    connect(ui->controlsPanel, &ControlsPanel::requestChanged, this, &MainWindow::previewRun);
    connect(ui->controlsPanel, &ControlsPanel::serverChanged, this, &MainWindow::updateServerNote);
    connect(m_servers, &BuiltInServers::stateChanged, this, &MainWindow::updateServerNote);
    connect(ui->controlsPanel, &ControlsPanel::serverChanged, ui->serverPanel, &ServerPanel::showSettingsOf);
    QAction *race = ui->menuRun->addAction(tr("Race…"), this, [this] { openRace({}, false); });
    race->setObjectName(QStringLiteral("actionRace"));
    race->setToolTip(tr("Race two to four runs side by side, started at the same instant"));
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionResetLayout, &QAction::triggered, this, [this] {
        setPresentation(false);
        QSettings settings;
        m_docks->reset(settings);
    });
    connect(ui->actionOpenDownloads, &QAction::triggered, this, [this] {
        QDir().mkpath(destination());
        QDesktopServices::openUrl(QUrl::fromLocalFile(destination()));
    });
    connect(ui->actionSaveScreenshot, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a screenshot"),
                                                          QStringLiteral("flaglab.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saveScreenshot(this, path);
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
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshLive);

    m_replay = new ReplaySession(this, ui->replayBar);
    m_replay->addTo(ui->menuFile, ui->actionOpenDownloads);
    connect(m_replay, &ReplaySession::replayChosen, this, [this](const QString &path) { startReplay(path); });
    connect(m_replay, &ReplaySession::closeRequested, this, &MainWindow::closeReplay);
    ReplayPlayer *player = m_replay->player();
    connect(player, &ReplayPlayer::rewound, this, [this](qint64 positionNs) {
        m_thumbnails->clear();
        m_log->append({tr("--- back to %1 s").arg(double(positionNs) / 1e9, 0, 'f', 3)});
    });
    connect(player, &ReplayPlayer::requestDownloaded, m_thumbnails, &ThumbnailModel::addDownload);
    connect(player, &ReplayPlayer::requestFinished, this, [this](const RequestRecord &record) { showResult(record); });
    connect(player, &ReplayPlayer::frame, this, &MainWindow::showReplayState);
    connect(player, &ReplayPlayer::finished, this, &MainWindow::onReplayFinished);
    connect(player, &ReplayPlayer::pausePointReached, this, &MainWindow::onReplayFinished);

    ui->statusBar->addWidget(new ServerStatusLabel(m_servers), 1);
    auto *destinationLabel = new QLabel(this);
    destinationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ui->statusBar->addPermanentWidget(destinationLabel);
    const auto showDestination = [destinationLabel](const QString &folder) {
        destinationLabel->setText(tr("Saving to %1").arg(QDir::toNativeSeparators(folder)));
    };
    connect(ui->controlsPanel, &ControlsPanel::destinationChanged, destinationLabel, showDestination);

    WheelGuard::guardChildrenOf(this);

    m_settings = std::make_unique<WindowSettings>(
        WindowSettings::Widgets{ui->controlsPanel, ui->viewTabs, ui->flagsTab, ui->historyView, ui->sweepView,
                                ui->timelineView}, m_servers, m_docks, m_presentation, m_options);
    m_settings->restore();
    showDestination(destination());
    ui->serverPanel->showSettingsOf(ui->controlsPanel->request().server.label);
    if (!m_options.noServers)
        m_servers->startAll();
    updateRunState();
    previewRun();
    updateServerNote();
}

MainWindow::~MainWindow() = default;

QString MainWindow::destination() const
{
    return ui->controlsPanel->destination();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_startedOnce)
        return;
    m_startedOnce = true;
    if (m_settings->presentationAtStart())
        QTimer::singleShot(0, this, [this] { setPresentation(true); });
    if (m_options.startsSomething() || m_options.opensRace())
        m_script->startSoon();
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

void MainWindow::setUpLab()
{
    ui->viewTabs->setTabToolTip(ui->viewTabs->indexOf(ui->flagsTab), tr("The flags of the run, as they arrive"));
    ui->viewTabs->setTabToolTip(ui->viewTabs->indexOf(ui->historyView),
                                tr("Every run of the session; tick runs to compare them"));
    ui->viewTabs->setTabToolTip(ui->viewTabs->indexOf(ui->sweepView),
                                tr("Throughput against concurrency: find the knee"));
    connect(ui->actionSweep, &QAction::triggered, this, [this] {
        ui->viewTabs->setCurrentWidget(ui->sweepView);
        const QList<int> levels = ui->sweepView->levels();
        if (!levels.isEmpty())
            startSweep(levels);
    });
    connect(ui->sweepView, &SweepView::sweepRequested, this, &MainWindow::startSweep);
    new LabViews(m_lab, {ui->viewTabs, ui->flagsTab, ui->historyView, ui->sweepView, ui->sceneCaption}, m_log);
    connect(m_lab, &LabSession::finished, this, &MainWindow::finishWork);
    connect(ui->sweepView, &SweepView::stopRequested, this, &MainWindow::stopRun);
    connect(ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    connect(m_presentation, &PresentationMode::toggled, ui->actionPresentation, &QAction::setChecked);
    connect(m_presentation, &PresentationMode::restyled, this, [this](bool on) {
        ui->throughputPlot->setShowBytes(!on);
        m_docks->arrangeForPresentation(on);
    });

    m_fileActions = new FileActions(this, m_lab->history(), ui->historyView, ui->sweepView,
                                    {{tr("Throughput"), ui->throughputPlot},
                                     {tr("Requests over time"), ui->timelineView},
                                     {tr("Compared runs"), ui->historyView->plot()},
                                     {tr("Sweep"), ui->sweepView->plot()}});
    m_fileActions->addTo(ui->menuFile, ui->actionOpenDownloads);
}

QWidget *MainWindow::shownPlot() const
{
    if (frontWindow() == m_race)
        return m_race->plot();
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
        m_docks->keepNormalState();
    m_presentation->setOn(on);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_lab->cancel();
    m_engine.cancel();
    m_settings->save();
    event->accept();
}

bool MainWindow::isBusy() const
{
    return m_engine.isRunning() || m_launching || m_settling || m_lab->isActive() || (m_race && m_race->isRacing());
}

void MainWindow::updateRunState()
{
    const bool busy = isBusy();
    ui->actionStart->setEnabled(!busy && ui->controlsPanel->isValid());
    ui->actionStop->setEnabled(m_engine.isRunning() || m_launching || m_lab->isActive());
    ui->actionSweep->setEnabled(!busy && ui->controlsPanel->isValid());
    ui->menuScenes->menuAction()->setEnabled(!busy);
    ui->controlsPanel->setRunning(busy);
    ui->serverPanel->setRunning(busy);
    ui->sweepView->setRunEnabled(!busy && ui->controlsPanel->isValid(), m_lab->isSweeping());
    if (m_replay)
        m_replay->openAction()->setEnabled(!busy);
    if (m_fileActions)
        m_fileActions->updateEnabled();
}

std::optional<RunRequest> MainWindow::showRun(const GuiOptions &options)
{
    ui->controlsPanel->showSceneRun(options);
    if (!ui->controlsPanel->isValid())
        return std::nullopt;
    return ui->controlsPanel->request();
}

RunConfig MainWindow::configFor(const RunRequest &request) const
{
    RunConfig config;
    config.baseUrl = request.server.baseUrl;
    config.serverLabel = request.server.label;
    config.codes = request.codes;
    config.concurrency = std::min(request.maxReq, RunConfig::kMaxConcurrency);
    config.timeoutMs = request.timeoutMs;
    config.destination = request.destination;
    config.naming = m_options.run.nameByCountry ? RunConfig::Naming::ByCountry : RunConfig::Naming::ByCode;
    config.singleManager = request.singleManager;
    config.model = request.model;
    config.retries = request.retries;
    config.maxConnecting = m_options.run.maxConnecting.value_or(config.maxConnecting);
    config.protocol = request.protocol;
    config.caCertificates = m_options.run.caCertificates;
    config.syncFiles = m_options.run.syncFiles;
    config.serverInProcess = m_servers->answers(request.server.label);
    return config;
}

// A changed built-in server (DELAY or ERROR, or faults on any) is kept across restarts: the Run
// panel says so while that server is the chosen one.
void MainWindow::updateServerNote()
{
    const std::optional<BuiltInServers::Mode> builtIn =
        BuiltInServers::modeFor(ui->controlsPanel->request().server.label);
    ui->controlsPanel->setServerNote(builtIn ? m_servers->differenceFromTheBook(*builtIn) : QString());
}

// Before the first run, the empty views already speak of the run the panel
// describes: "0 / 20" for POP20, and the plots' max_req line where it will be.
void MainWindow::previewRun()
{
    if (m_ranOnce || !ui->controlsPanel->isValid())
        return;
    const RunRequest request = ui->controlsPanel->request();
    const int actualReq = std::max(request.actualReq(), 1);
    ui->progressStrip->startRun(int(request.codes.size()));
    ui->throughputPlot->startRun(actualReq);
    ui->timelineView->startRun(actualReq);
}

bool MainWindow::startRun()
{
    if (isBusy())
        return false;
    if (!ui->controlsPanel->checkBeforeStart()) {     // e.g. a Save to folder that cannot be written
        sayWhyNotStarted(ui->controlsPanel->problem());
        return false;
    }
    return startRequest(ui->controlsPanel->request());
}

bool MainWindow::startRequest(const RunRequest &request)
{
    if (isBusy())
        return false;
    ui->sceneCaption->hide();       // a run of one's own: the last scene's caption is done
    return launchRun(request, configFor(request), runName(request), false);
}

bool MainWindow::launchRun(const RunRequest &request, const RunConfig &config, const QString &name, bool loadAgreed)
{
    if (m_engine.isRunning() || m_settling)
        return false;
    const int actualReq = std::min<int>(config.concurrency, int(config.codes.size()));
    if (!loadAgreed && !loadIsAgreed(config, actualReq))
        return false;
    closeReplay();
    m_runName = name;
    startViews(int(request.codes.size()), name, actualReq);
    m_log->appendSection(initialReport(config.serverLabel, config.baseUrl.toString(), config.codes, m_actualReq,
                                       http2Plan(config, m_actualReq)));

    // A seeded built-in server draws the same delays and errors for every run.
    m_servers->reseed();
    // The room sees the empty grid, and the controls of a run under way,
    // before the first flag lands; the repaint of the whole window that this
    // costs is not a stall of the run. Changed after the start, the controls'
    // repaint was a large part of the run's first stall.
    m_launching = true;
    updateRunState();
    repaint();
    m_stallProbe.start();
    QString error;
    const bool started = m_engine.start(config, &error);
    m_launching = false;
    if (!started) {
        m_stallProbe.stop();
        updateRunState();
        sayWhyNotStarted(error);
        return false;
    }
    m_refreshTimer.start();
    return true;
}

// In the log, and from a scripted window on stderr as well, as flaglab-cli
// says it: a scripted run that did not start must say why without -v.
void MainWindow::sayWhyNotStarted(const QString &why, int exitCode)
{
    m_log->append({QStringLiteral("*** ") + why});
    m_log->flushAll();
    m_script->setExitCode(exitCode);
    if (m_options.isScripted())
        std::fprintf(stderr, "flaglab: %s\n", qPrintable(why));
}

bool MainWindow::loadIsAgreed(const RunConfig &config, int actualReq)
{
    QString refusal;
    if (checkLoadConsent(this, m_options, config, actualReq, &refusal))
        return true;
    if (!refusal.isEmpty())
        sayWhyNotStarted(refusal, 2);     // as flaglab-cli
    return false;
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
    if (preset.race) {
        PresetPlayer::setUpServers(m_servers, preset);
        return openRace(raceLanesOf(preset), true);
    }
    QString error;
    if (!m_lab->playPreset(preset, &error)) {
        sayWhyNotStarted(error);
        return false;
    }
    return true;
}

RaceWindow *MainWindow::raceWindow()
{
    if (!m_race) {
        m_race = new RaceWindow(m_servers, m_options, this);
        connect(m_race, &RaceWindow::presentationRequested, this, &MainWindow::setPresentation);
        connect(m_presentation, &PresentationMode::restyled, m_race, &RaceWindow::followPresentation);
        connect(m_race, &RaceWindow::raceOver, this, &MainWindow::finishWork);
    }
    return m_race;
}

QWidget *MainWindow::frontWindow() const
{
    return m_race && m_race->isVisible() && m_race->hasRaced() ? static_cast<QWidget *>(m_race)
                                                                : const_cast<MainWindow *>(this);
}

// Lanes empty: race mode as it was, or the editor with the book's Example 20-1 to start from.
bool MainWindow::openRace(const QStringList &lanes, bool start)
{
    if (isBusy())
        return false;
    RaceWindow *window = raceWindow();
    window->setDestination(QDir(destination()).filePath(QStringLiteral("race")));
    if (!lanes.isEmpty()) {
        QString error;
        if (!window->setLanes(lanes, &error)) {
            sayWhyNotStarted(error);
            return false;
        }
    }
    if (m_presentation->isOn())
        window->showFullScreen();
    else
        window->showMaximized();
    window->followPresentation(m_presentation->isOn());
    if (window->laneCount() == 0)
        window->editLanes();
    if (start && !window->startRace()) {
        sayWhyNotStarted(window->status());
        return false;
    }
    return true;
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

void MainWindow::startViews(int total, const QString &name, int actualReq)
{
    m_actualReq = std::max(actualReq, 1);
    m_ranOnce = true;
    m_thumbnails->clear();
    ui->thumbnailView->setExpectedCount(total);
    ui->progressStrip->startRun(total, name);
    ui->throughputPlot->startRun(m_actualReq);
    ui->timelineView->startRun(m_actualReq);
    ui->littlesLawPanel->clear();
    m_uiFigures = {};
}

// The record alone: the picture came by requestDownloaded.
void MainWindow::onRequestFinished(int id)
{
    showResult(m_engine.records().at(id), m_engine.finishReportedNs(id));
}

void MainWindow::showResult(const RequestRecord &record, qint64 arrivedNs)
{
    m_thumbnails->addResult(record, arrivedNs);
    m_log->appendWithToolTip(verboseLine(record), ThumbnailModel::toolTip(record));
}

void MainWindow::refreshLive()
{
    showState(m_engine.records(), m_engine.elapsedNs(), m_engine.counts(), m_engine.flight(), m_engine.isRunning());
}

void MainWindow::showState(const QList<RequestRecord> &records, qint64 now, const RunCounts &counts,
                           const FlightCounts &flight, bool running)
{
    ui->progressStrip->showProgress(counts, now, running ? flagRate(records, now) : -1, flight);
    ui->throughputPlot->showRecords(records, now);
    ui->timelineView->showRecords(records, now);
    // Live over the last seconds; once over, the whole run, where the law holds exactly.
    if (running)
        ui->littlesLawPanel->showLaw(LittlesLaw::measure(records, now, kLittlesLawWindowNs),
                                     LittlesLawPanel::Scope::Window, kLittlesLawWindowNs / 1e9);
    else
        ui->littlesLawPanel->showLaw(LittlesLaw::measure(records, now, now), LittlesLawPanel::Scope::WholeRun);
    m_log->flush();
}

void MainWindow::onEngineFinished()
{
    m_refreshTimer.stop();
    refreshLive();
    m_log->append(finalReport(m_engine.counts(), double(m_engine.elapsedNs()) / 1e9));
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
    m_log->flushAll();
    m_settling = false;
    m_uiFigures = windowFigures(m_stallProbe, *ui->thumbnailView, ui->timelineView->laneCount(),
                                m_engine.config().destination, *m_servers);
    RunSummary run = m_engine.summary();
    run.report = m_engine.report();
    run.name = run.counts.cancelled > 0 ? tr("%1 (stopped)").arg(m_runName) : m_runName;
    updateRunState();
    Q_EMIT runSettled();
    m_lab->runSettled(run);
}

void MainWindow::finishWork()
{
    updateRunState();
    m_script->finish();
    Q_EMIT idle();
}

bool MainWindow::startReplay(const QString &path, std::optional<double> speed)
{
    if (isBusy())
        return false;
    closeReplay();
    QString error;
    if (!m_replay->open(path, speed, &error)) {
        sayWhyNotStarted(error);
        if (!m_options.isScripted())
            QMessageBox::warning(this, tr("Cannot replay"), error);
        return false;
    }
    ui->sceneCaption->hide();
    setWindowTitle(m_replay->windowTitle());
    startViews(int(m_replay->player()->run().records.size()), m_replay->runName(), m_replay->concurrency());
    m_log->appendSection({m_replay->logHeader()});
    m_stallProbe.start();
    m_replay->player()->tick();     // the moment 0, in the views just cleared
    m_replay->player()->play();
    updateRunState();
    return true;
}

void MainWindow::closeReplay()
{
    if (!m_replay->isOpen())
        return;
    m_replay->close();
    setWindowTitle(m_title);
    m_stallProbe.stop();
    // The views held the replay: back to the run the panel describes.
    m_thumbnails->clear();
    ui->littlesLawPanel->clear();
    m_ranOnce = false;
    previewRun();
}

void MainWindow::showReplayState(const ReplayState &state)
{
    showState(state.records, state.nowNs, state.counts, state.flight, state.nowNs < m_replay->player()->durationNs());
}

void MainWindow::onReplayFinished()
{
    const ReplayState &state = m_replay->player()->state();
    if (m_replay->player()->isAtEnd())
        m_log->append(finalReport(state.counts, double(state.nowNs) / 1e9));
    // As after a run: the last pictures decoded and painted before the figures are taken.
    const auto paintThenSettle = [this] { QTimer::singleShot(kSettleMs, this, &MainWindow::settleReplay); };
    if (!m_thumbnails->isBusy())
        paintThenSettle();
    else
        connect(m_thumbnails, &ThumbnailModel::idle, this, paintThenSettle, Qt::SingleShotConnection);
}

void MainWindow::settleReplay()
{
    if (!m_replay->isOpen())
        return;         // closed while the last tiles were painted
    m_stallProbe.stop();
    m_log->flushAll();
    m_uiFigures = windowFigures(m_stallProbe, *ui->thumbnailView, ui->timelineView->laneCount(), QString(), *m_servers);
    finishWork();
}

QJsonObject MainWindow::report() const
{
    if (m_replay->isOpen()) {
        QJsonObject report = m_replay->report();
        report.insert(QStringLiteral("ui"), m_uiFigures);
        return report;
    }
    if (frontWindow() == m_race)
        return m_race->report();
    QJsonObject report = m_engine.report();
    report.insert(QStringLiteral("ui"), m_uiFigures);
    return report;
}

} // namespace flaglab
