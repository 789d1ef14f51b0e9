#include "downloadengine.h"

#include "saving/destinationcheck.h"
#include "system/resourcelimits.h"
#include "downloadrun.h"

namespace flaglab {

DownloadEngine::DownloadEngine(QObject *parent)
    : QObject(parent)
{
}

DownloadEngine::~DownloadEngine()
{
    delete m_run;
}

bool DownloadEngine::isRunning() const
{
    return m_run != nullptr;
}

const QList<RequestRecord> &DownloadEngine::records() const
{
    return m_run ? m_run->records() : m_records;
}

RunCounts DownloadEngine::counts() const
{
    return m_run ? m_run->counts() : m_counts;
}

FlightCounts DownloadEngine::flight() const
{
    return m_run ? m_run->flight() : m_flight;
}

qint64 DownloadEngine::elapsedNs() const
{
    return m_run ? m_run->nowNs() : m_elapsedNs;
}

namespace {

// Why runs holding openFiles between them cannot go in this process; empty when they can.
QString openFilesProblem(const QString &runs, int openFiles)
{
    const std::optional<quint64> limit = fileDescriptorLimit();
    const int needed = RunConfig::kOpenFilesOfTheProcess + openFiles;
    if (!limit || quint64(needed) <= *limit)
        return {};
    return QStringLiteral("%1 would hold about %2 files and sockets open at once, more than this system allows "
                          "(%3, ulimit -n): use fewer concurrent requests, or raise the limit")
        .arg(runs).arg(needed).arg(*limit);
}

} // namespace

std::optional<RunPlan> RunPlan::of(const RunConfig &config, QString *error)
{
    QString problem = config.validate();
    if (problem.isEmpty())
        problem = openFilesProblem(QStringLiteral("this run"), config.openFilesNeeded());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    RunPlan plan;
    plan.m_config = config;
    plan.m_records = DownloadEngine::queuedRecords(config);
    return plan;
}

std::optional<std::vector<RunPlan>> RunPlan::together(const QList<RunConfig> &configs, QString *error, int *failed)
{
    std::vector<RunPlan> plans;
    int openFiles = 0;
    for (qsizetype i = 0; i < configs.size(); ++i) {
        std::optional<RunPlan> plan = of(configs.at(i), error);
        if (!plan) {
            if (failed)
                *failed = int(i);
            return std::nullopt;
        }
        openFiles += configs.at(i).openFilesNeeded();
        plans.push_back(std::move(*plan));
    }
    const QString problem = openFilesProblem(QStringLiteral("these %1 runs together").arg(configs.size()), openFiles);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        if (failed)
            *failed = -1;
        return std::nullopt;
    }
    return plans;
}

bool DownloadEngine::start(const RunConfig &config, QString *error)
{
    if (isRunning()) {      // before the config's problems, as ever
        if (error)
            *error = QStringLiteral("a run is already going");
        return false;
    }
    const std::optional<RunPlan> plan = RunPlan::of(config, error);
    return plan && start(*plan, error);
}

bool DownloadEngine::start(const RunPlan &plan, QString *error)
{
    const RunConfig &config = plan.config();
    QString problem = isRunning() ? QStringLiteral("a run is already going") : QString();
    if (problem.isEmpty() && config.saveFiles)
        problem = destinationProblem(config.destination);   // before the first request
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_config = config;
    m_records.clear();
    m_counts = RunCounts{};
    m_flight = FlightCounts{};
    m_elapsedNs = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_run = new DownloadRun(config, plan.records(), this);
    connect(m_run, &DownloadRun::requestStarted, this, &DownloadEngine::requestStarted);
    connect(m_run, &DownloadRun::requestConnecting, this, &DownloadEngine::requestConnecting);
    connect(m_run, &DownloadRun::requestSent, this, &DownloadEngine::requestSent);
    connect(m_run, &DownloadRun::requestFirstByte, this, &DownloadEngine::requestFirstByte);
    connect(m_run, &DownloadRun::requestRetrying, this, &DownloadEngine::requestRetrying);
    connect(m_run, &DownloadRun::requestDownloaded, this, &DownloadEngine::requestDownloaded);
    connect(m_run, &DownloadRun::requestFinished, this, &DownloadEngine::requestFinished);
    connect(m_run, &DownloadRun::finished, this, &DownloadEngine::onRunFinished);
    Q_EMIT started();
    m_run->begin();
    return true;
}

QList<RequestRecord> DownloadEngine::queuedRecords(const RunConfig &config)
{
    QList<RequestRecord> records;
    records.reserve(config.codes.size());
    for (int id = 0; id < config.codes.size(); ++id) {
        RequestRecord record;
        record.id = id;
        record.cc = config.codes.at(id);
        record.url = config.flagUrl(record.cc);
        records.append(record);
    }
    return records;
}

void DownloadEngine::cancel()
{
    if (m_run)
        m_run->cancel();
}

// The run's state becomes the engine's, for after the run.
void DownloadEngine::onRunFinished()
{
    m_records = m_run->records();
    m_counts = m_run->counts();
    m_flight = m_run->flight();
    m_elapsedNs = m_run->nowNs();
    m_run->deleteLater();   // we may be inside one of its slots
    m_run = nullptr;
    Q_EMIT finished();
}

} // namespace flaglab
