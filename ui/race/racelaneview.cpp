#include "race/racelaneview.h"

#include "engine/downloadengine.h"
#include "flaggrid/thumbnailmodel.h"
#include "flaggrid/thumbnailview.h"
#include "liveplots/throughputplot.h"
#include "liveplots/throughputseries.h"
#include "look/guicolors.h"
#include "runcontrols/progressstrip.h"
#include "runcontrols/runname.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <QVBoxLayout>

namespace flaglab {

namespace {

// After the last result: time for the grid to lay out and paint the last tiles (as the window's).
constexpr int kLaneSettleMs = 150;
constexpr int kPlotHeight = 120;
constexpr double kResultScale = 1.2;

} // namespace

QString placeName(int place)
{
    switch (place) {
    case 1:
        return QCoreApplication::translate("flaglab::RaceLaneView", "1st");
    case 2:
        return QCoreApplication::translate("flaglab::RaceLaneView", "2nd");
    case 3:
        return QCoreApplication::translate("flaglab::RaceLaneView", "3rd");
    default:
        return QCoreApplication::translate("flaglab::RaceLaneView", "%1th").arg(place);
    }
}

RaceLaneView::RaceLaneView(int index, const RaceLane &lane, QWidget *parent)
    : QWidget(parent),
      m_index(index),
      m_lane(lane),
      m_thumbnails(new ThumbnailModel(this)),
      m_header(new QLabel(this)),
      m_result(new QLabel(this)),
      m_stop(new QPushButton(tr("Stop"), this)),
      m_progress(new ProgressStrip(this)),
      m_grid(new ThumbnailView(this)),
      m_plot(new ThroughputPlot(this))
{
    setObjectName(QStringLiteral("raceLane%1").arg(index + 1));
    m_header->setObjectName(QStringLiteral("laneHeader"));
    m_result->setObjectName(QStringLiteral("laneResult"));
    m_stop->setObjectName(QStringLiteral("laneStop"));

    const QString name = runName(lane.request);
    m_header->setText(tr("%1. %2").arg(index + 1).arg(name));
    m_header->setToolTip(lane.arguments);
    m_header->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; border-left: 8px solid %1; "
                                           "padding-left: 6px; }").arg(color().name()));
    m_header->setMinimumWidth(1);
    m_result->setMinimumWidth(1);
    m_result->setWordWrap(true);
    fitResultFont();
    m_stop->setToolTip(tr("Stop this lane only; the others run on"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &RaceLaneView::stop);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(headerRow);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(kPlotHeight);
    m_plot->setMaximumHeight(kPlotHeight * 4 / 3);
    m_plot->setShowBytes(false);

    m_grid->setThumbnailModel(m_thumbnails);
    const int total = int(lane.config.codes.size());
    m_grid->setExpectedCount(total);
    m_progress->startRun(total, name);
    m_plot->startRun(std::max(std::min(lane.config.concurrency, total), 1));
    setResult(tr("ready"));

    connect(&m_engine, &EngineThread::requestDownloaded, m_thumbnails, &ThumbnailModel::addDownload);
    connect(&m_engine, &EngineThread::requestFinished, this, [this](int id) {
        m_thumbnails->addResult(m_engine.records().at(id), m_engine.finishReportedNs(id));
    });
    connect(&m_engine, &EngineThread::finished, this, &RaceLaneView::onEngineFinished);
}

RaceLaneView::~RaceLaneView() = default;

void RaceLaneView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)     // presentation mode
        fitResultFont();
}

void RaceLaneView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitResultFont();
}

// As large as kResultScale, or as large as lets the longest result stand
// whole on its two lines in the lane's width (a narrow lane, presentation mode).
void RaceLaneView::fitResultFont()
{
    QFont big = font();
    big.setBold(true);
    const QString widest = tr("%1× faster than the slowest").arg(88.8, 0, 'f', 1);
    const double room = std::max(width() - 12, 1);
    const double needed = QFontMetricsF(big).horizontalAdvance(widest);
    const double scale = needed > 0 ? std::clamp(room / needed, 0.8, kResultScale) : kResultScale;
    big.setPointSizeF(big.pointSizeF() * scale);
    if (m_result->font() == big)
        return;
    m_result->setFont(big);
    // Two lines, the place and time over how it compares, in every lane: the lanes stay level.
    m_result->setMinimumHeight(QFontMetrics(big).lineSpacing() * 2);
}

QColor RaceLaneView::color() const
{
    return colors::run(m_index);
}

bool RaceLaneView::canBePlaced() const
{
    const RunCounts counts = m_engine.counts();
    return m_over && counts.cancelled == 0 && counts.ok > 0;
}

void RaceLaneView::setDestination(const QString &folder)
{
    if (m_lane.request.destination.isEmpty())
        m_lane.config.destination = folder;
}

bool RaceLaneView::start(RunPlan plan, QString *error)
{
    m_over = false;
    m_placeText.clear();
    m_thumbnails->clear();
    const int total = int(m_lane.config.codes.size());
    m_grid->setExpectedCount(total);
    m_progress->startRun(total, runName(m_lane.request));
    m_plot->startRun(std::max(std::min(m_lane.config.concurrency, total), 1));
    if (!m_engine.start(std::move(plan), error)) {
        showProblem(error ? *error : QString());
        return false;
    }
    setResult(tr("running…"));
    m_stop->setEnabled(true);
    return true;
}

void RaceLaneView::stop()
{
    m_engine.cancel();
}

void RaceLaneView::refresh()
{
    const QList<RequestRecord> &records = m_engine.records();
    const qint64 now = m_engine.elapsedNs();
    const bool running = m_engine.isRunning();
    m_progress->showProgress(m_engine.counts(), now, running ? flagRate(records, now) : -1, m_engine.flight());
    m_plot->showRecords(records, now);
}

RunSummary RaceLaneView::summary() const
{
    RunSummary run = m_engine.isRunning() || !m_over ? RunSummary{} : m_engine.summary();
    if (m_engine.isRunning()) {
        // The lane's run so far, as RunSummary::fromEngine() makes it once it is over.
        run.counts = m_engine.counts();
        run.elapsedS = m_engine.elapsedNs() / 1e9;
        for (const RequestRecord &r : m_engine.records()) {
            const auto s = [](qint64 ns) { return ns < 0 ? -1.0 : ns / 1e9; };
            run.timings.append({r.cc, r.outcome, r.bytes, s(r.startedNs), s(r.firstByteNs), s(r.finishedNs),
                                s(r.sentNs), s(r.connectingNs)});
        }
    }
    run.name = QStringLiteral("%1. %2").arg(m_index + 1).arg(runName(m_lane.request));
    return run;
}

void RaceLaneView::onEngineFinished()
{
    m_stop->setEnabled(false);
    m_over = true;
    refresh();
    const RunCounts counts = m_engine.counts();
    if (counts.cancelled > 0)
        setResult(tr("stopped after %1 s").arg(m_engine.elapsedNs() / 1e9, 0, 'f', 2));
    else if (counts.ok == 0)
        setResult(tr("no flags: %n error(s)", nullptr, counts.errors + counts.notFound));
    Q_EMIT engineFinished(m_index);
    // Results still being decoded become tiles first; then the grid gets time to paint them.
    const auto paintThenSettle = [this] {
        QTimer::singleShot(kLaneSettleMs, this, [this] { Q_EMIT settled(m_index); });
    };
    if (!m_thumbnails->isBusy())
        paintThenSettle();
    else
        connect(m_thumbnails, &ThumbnailModel::idle, this, paintThenSettle, Qt::SingleShotConnection);
}

void RaceLaneView::setPlotShown(bool shown)
{
    m_plot->setVisible(shown);
}

void RaceLaneView::showPlace(int place, double elapsedS)
{
    m_placeText = tr("%1 · %2 s").arg(placeName(place)).arg(elapsedS, 0, 'f', 2);
    setResult(m_placeText);
}

void RaceLaneView::showTimesFaster(std::optional<double> times, bool slowest)
{
    if (!times || m_placeText.isEmpty())
        return;
    if (slowest)
        setResult(tr("%1\nthe slowest").arg(m_placeText));
    else
        setResult(tr("%1\n%2× faster than the slowest").arg(m_placeText).arg(*times, 0, 'f', 1));
}

void RaceLaneView::showProblem(const QString &problem)
{
    setResult(tr("not started"), problem);
}

void RaceLaneView::setResult(const QString &text, const QString &toolTip)
{
    m_result->setText(text);
    m_result->setToolTip(toolTip.isEmpty() ? text : toolTip);
}

} // namespace flaglab
