#include "race/racewindow.h"

#include "engine/downloadengine.h"
#include "lab/presets.h"
#include "labhistory/overlayplot.h"
#include "look/plotlook.h"
#include "race/raceeditor.h"
#include "race/racelaneview.h"
#include "servers/builtinservers.h"
#include "shell/loadconsent.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <vector>

namespace flaglab {

namespace {

constexpr int kOverlayHeight = 200;
constexpr double kSummaryScale = 1.3;

QJsonValue orNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

RaceWindow::RaceWindow(BuiltInServers *servers, const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent),
      m_servers(servers),
      m_options(options),
      m_destination(QDir(options.run.destination.value_or(defaultDestination())).filePath(QStringLiteral("race"))),
      m_laneArea(new QWidget(this)),
      m_laneLayout(new QHBoxLayout(m_laneArea)),
      m_summary(new QLabel(this)),
      m_plot(new OverlayPlot(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("raceWindow"));
    setWindowTitle(tr("FlagLab race"));
    // The main window waits while the lanes race: its runs would share the servers and the cores.
    if (parent) {
        setWindowFlag(Qt::Window);
        setWindowModality(Qt::WindowModal);
    }

    QToolBar *toolBar = addToolBar(tr("Race"));
    toolBar->setObjectName(QStringLiteral("raceToolBar"));
    toolBar->setMovable(false);
    m_start = toolBar->addAction(tr("Start race"), this, &RaceWindow::startRace);
    m_start->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_start->setToolTip(tr("Start every lane at the same instant (F5)"));
    m_stopAll = toolBar->addAction(tr("Stop all"), this, &RaceWindow::stopAll);
    m_stopAll->setShortcut(QKeySequence(Qt::Key_Escape));
    m_edit = toolBar->addAction(tr("Lanes…"), this, &RaceWindow::editLanes);
    m_edit->setToolTip(tr("Two to four lanes, each a flags2 command line"));
    toolBar->addSeparator();
    m_presentation = toolBar->addAction(tr("Presentation mode"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentation, &QAction::toggled, this, &RaceWindow::presentationRequested);

    m_summary->setObjectName(QStringLiteral("raceSummary"));
    fitSummaryFont();
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(1);

    m_laneLayout->setContentsMargins(0, 0, 0, 0);
    m_plot->setMeasure(OverlayMeasure::FlagsDone);
    m_plot->setMinimumHeight(kOverlayHeight * 3 / 4);
    m_splitter->addWidget(m_laneArea);
    m_splitter->addWidget(m_plot);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({560, kOverlayHeight});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RaceWindow::refresh);
    resize(1200, 760);
    updateActions();
    showSummary();
}

RaceWindow::~RaceWindow() = default;

void RaceWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange)     // presentation mode
        fitSummaryFont();
}

void RaceWindow::fitSummaryFont()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * kSummaryScale);
    big.setBold(true);
    m_summary->setFont(big);
}

bool RaceWindow::isRacing() const
{
    return m_racing;
}

bool RaceWindow::setLanes(const QStringList &arguments, QString *error)
{
    if (m_racing) {
        if (error)
            *error = tr("the lanes are racing");
        return false;
    }
    if (arguments.size() < kMinRaceLanes || arguments.size() > kMaxRaceLanes) {
        if (error)
            *error = tr("a race has %1 to %2 lanes").arg(kMinRaceLanes).arg(kMaxRaceLanes);
        return false;
    }
    QList<RaceLane> lanes;
    for (const QString &line : arguments) {
        QString why;
        const std::optional<RaceLane> lane = parseRaceLane(line, &why);
        if (!lane) {
            if (error)
                *error = QStringLiteral("\"%1\": %2").arg(line, why);
            return false;
        }
        lanes.append(*lane);
    }
    buildLanes(lanes);
    return true;
}

QStringList RaceWindow::laneArguments() const
{
    QStringList arguments;
    for (const RaceLaneView *lane : m_lanes)
        arguments << lane->lane().arguments;
    return arguments;
}

void RaceWindow::buildLanes(const QList<RaceLane> &lanes)
{
    qDeleteAll(m_lanes);
    m_lanes.clear();
    m_raced = false;
    for (int i = 0; i < lanes.size(); ++i) {
        auto *view = new RaceLaneView(i, lanes.at(i), m_laneArea);
        m_laneLayout->addWidget(view, 1);
        connect(view, &RaceLaneView::engineFinished, this, &RaceWindow::onLaneFinished);
        connect(view, &RaceLaneView::settled, this, &RaceWindow::onLaneSettled);
        view->setPlotShown(!m_presenting);
        m_lanes.append(view);
    }
    m_standings = RaceStandings(int(m_lanes.size()));
    refresh();
    updateActions();
    showSummary();
}

bool RaceWindow::startRace()
{
    if (m_racing || m_lanes.isEmpty())
        return false;
    // A heavy lane against somebody else's server needs consent, before any lane starts.
    for (RaceLaneView *lane : std::as_const(m_lanes)) {
        const RunConfig &config = lane->lane().config;
        QString refusal;
        if (!checkLoadConsent(this, m_options, config, std::min<int>(config.concurrency, int(config.codes.size())),
                              &refusal)) {
            m_summary->setText(refusal.isEmpty() ? tr("The race was not started.") : refusal);
            return false;
        }
    }
    // Every lane planned first, so that starting them is all that is left: they start together.
    // They run in this process, with its servers: their files and sockets add up.
    QList<RunConfig> configs;
    for (RaceLaneView *lane : std::as_const(m_lanes)) {
        lane->setDestination(QDir(m_destination).filePath(QStringLiteral("lane-%1").arg(lane->index() + 1)));
        RunConfig config = lane->lane().config;
        config.serverInProcess = m_servers && m_servers->answers(lane->lane().request.server.label);
        configs.append(config);
    }
    QString problem;
    int failed = -1;
    std::optional<std::vector<RunPlan>> plans = RunPlan::together(configs, &problem, &failed);
    if (!plans) {
        if (failed >= 0) {
            m_lanes.at(failed)->showProblem(problem);
            m_summary->setText(tr("Lane %1 cannot start: %2").arg(m_lanes.at(failed)->index() + 1).arg(problem));
        } else {
            m_summary->setText(tr("The race cannot start: %1").arg(problem));
        }
        return false;
    }
    if (m_servers)
        m_servers->reseed();
    m_standings = RaceStandings(int(m_lanes.size()));
    m_settled = QList<bool>(m_lanes.size(), false);
    m_racing = true;
    m_raced = true;
    m_raceNs = 0;
    m_raceClock.start();
    for (int i = 0; i < m_lanes.size(); ++i) {
        QString error;
        if (!m_lanes.at(i)->start(std::move(plans->at(size_t(i))), &error)) {
            m_standings.finish(i, 0, false);
            m_settled[i] = true;
        }
    }
    m_refreshTimer.start();
    updateActions();
    showSummary();
    return true;
}

QString RaceWindow::status() const
{
    return m_summary->text();
}

void RaceWindow::stopAll()
{
    for (RaceLaneView *lane : std::as_const(m_lanes))
        lane->stop();
}

void RaceWindow::editLanes()
{
    if (m_racing)
        return;
    // Nothing yet: the book's Example 20-1 to start from.
    const std::optional<Preset> example = presetById(QStringLiteral("example-20-1"));
    RaceEditor editor(m_lanes.isEmpty() && example ? raceLanesOf(*example) : laneArguments(), this);
    if (editor.exec() == QDialog::Accepted)
        setLanes(editor.lanes());
}

void RaceWindow::refresh()
{
    QList<RunSummary> runs;
    QList<QColor> colors;
    for (RaceLaneView *lane : std::as_const(m_lanes)) {
        lane->refresh();
        runs << lane->summary();
        colors << lane->color();
    }
    m_plot->showRuns(runs, colors);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RaceWindow::onLaneFinished(int index)
{
    RaceLaneView *lane = m_lanes.at(index);
    m_standings.finish(index, lane->engine().elapsedNs() / 1e9, lane->canBePlaced());
    // A lane heard of late may have beaten some that ended before it: every place again.
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_standings.place(i) > 0)
            m_lanes.at(i)->showPlace(m_standings.place(i), m_standings.elapsedS(i));
    }
    if (m_standings.allFinished()) {
        m_raceNs = m_raceClock.nsecsElapsed();
        const int slowest = m_standings.slowestLane();
        for (int i = 0; i < m_lanes.size(); ++i)
            m_lanes.at(i)->showTimesFaster(m_standings.timesFasterThanSlowest(i), i == slowest);
    }
    refresh();
    showSummary();
}

void RaceWindow::onLaneSettled(int index)
{
    m_settled[index] = true;
    if (!m_standings.allFinished() || m_settled.contains(false))
        return;
    m_refreshTimer.stop();
    m_racing = false;
    refresh();
    updateActions();
    showSummary();
    Q_EMIT raceOver();
}

void RaceWindow::showSummary()
{
    if (m_lanes.isEmpty()) {
        m_summary->setText(tr("Choose two to four lanes (Lanes…)."));
        return;
    }
    if (!m_raced) {
        m_summary->setText(tr("%n lane(s), ready: Start race (F5) starts them at the same instant.", nullptr,
                              int(m_lanes.size())));
        return;
    }
    if (!m_standings.allFinished()) {
        int running = 0;
        for (const RaceLaneView *lane : std::as_const(m_lanes))
            running += lane->isRunning() ? 1 : 0;
        m_summary->setText(tr("Racing: %1 of %n lane(s) still running.", nullptr, int(m_lanes.size())).arg(running));
        return;
    }
    const double raceS = m_raceNs / 1e9;
    int winner = -1;
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_standings.place(i) == 1)
            winner = i;
    }
    const int slowest = m_standings.slowestLane();
    if (winner < 0) {
        m_summary->setText(tr("All lanes over in %1 s; none brought a flag.").arg(raceS, 0, 'f', 2));
        return;
    }
    const double times = m_standings.timesFasterThanSlowest(winner).value_or(1);
    m_summary->setText(tr("All lanes over in %1 s; the slowest lane took %2 s. Lane %3 won, %4× faster "
                          "than the slowest.")
                           .arg(raceS, 0, 'f', 2)
                           .arg(m_standings.elapsedS(slowest), 0, 'f', 2)
                           .arg(winner + 1)
                           .arg(times, 0, 'f', 1));
}

void RaceWindow::updateActions()
{
    m_start->setEnabled(!m_racing && !m_lanes.isEmpty());
    m_stopAll->setEnabled(m_racing);
    m_edit->setEnabled(!m_racing);
}

QJsonObject RaceWindow::report() const
{
    QJsonArray race;
    QJsonArray lanes;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const RaceLaneView *lane = m_lanes.at(i);
        race.append(lane->report());
        const int place = m_standings.place(i);
        lanes.append(QJsonObject{
            {QStringLiteral("arguments"), lane->lane().arguments},
            {QStringLiteral("place"), place > 0 ? QJsonValue(place) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("elapsed_s"), m_standings.elapsedS(i)},
            {QStringLiteral("times_faster_than_slowest"), orNull(m_standings.timesFasterThanSlowest(i))},
            {QStringLiteral("stopped"), lane->engine().counts().cancelled > 0},
        });
    }
    return {
        {QStringLiteral("race"), race},
        {QStringLiteral("lanes"), lanes},
        {QStringLiteral("elapsed_s"), m_raceNs / 1e9},
    };
}

void RaceWindow::followPresentation(bool on)
{
    {
        const QSignalBlocker blocker(m_presentation);
        m_presentation->setChecked(on);
    }
    // As PresentationMode does for the main window: style sheets and plots take the new type.
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
    for (QCustomPlot *plot : findChildren<QCustomPlot *>())
        PlotLook::apply(plot);
    m_presenting = on;
    for (RaceLaneView *lane : std::as_const(m_lanes))
        lane->setPlotShown(!on);
    // The lanes' own plots make way: the race's plot takes their room, for its larger type.
    const int height = std::max(m_splitter->height(), 2 * kOverlayHeight);
    m_splitter->setSizes(on ? QList<int>{height * 3 / 5, height * 2 / 5} : QList<int>{height - kOverlayHeight, kOverlayHeight});
    if (!isVisible())
        return;
    if (on)
        showFullScreen();
    else
        showMaximized();
}

void RaceWindow::closeEvent(QCloseEvent *event)
{
    stopAll();
    event->accept();
}

} // namespace flaglab
