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

std::optional<RunPlan> RunPlan::of(const RunConfig &config, QString *error)
{
    QString problem = config.validate();
    const std::optional<quint64> fileLimit = fileDescriptorLimit();
    const int openFiles = config.openFilesNeeded();
    if (problem.isEmpty() && fileLimit && quint64(openFiles) > *fileLimit) {
        problem = QStringLiteral("this run would hold about %1 files and sockets open at once, more than "
                                 "this system allows (%2, ulimit -n): use fewer concurrent requests, or raise "
                                 "the limit").arg(openFiles).arg(*fileLimit);
    }
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
