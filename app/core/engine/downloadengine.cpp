#include "downloadengine.h"

#include "saving/destinationcheck.h"
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

qint64 DownloadEngine::elapsedNs() const
{
    return m_run ? m_run->nowNs() : m_elapsedNs;
}

bool DownloadEngine::start(const RunConfig &config, QString *error)
{
    QString problem = isRunning() ? QStringLiteral("a run is already going") : config.validate();
    if (problem.isEmpty() && config.saveFiles)
        problem = destinationProblem(config.destination);   // before the first request
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_config = config;
    m_records = queuedRecords(config);
    m_counts = RunCounts{};
    m_counts.requested = int(config.codes.size());
    m_flight = FlightCounts{};
    m_elapsedNs = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_run = new DownloadRun(this, config);
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

void DownloadEngine::noteStarted(int id)
{
    Q_EMIT requestStarted(id);
}

void DownloadEngine::noteConnecting(int id)
{
    Q_EMIT requestConnecting(id);
}

void DownloadEngine::noteSent(int id)
{
    Q_EMIT requestSent(id);
}

void DownloadEngine::noteFirstByte(int id)
{
    Q_EMIT requestFirstByte(id);
}

void DownloadEngine::noteFinished(int id, const QByteArray &body)
{
    m_counts.add(m_records.at(id).outcome);
    Q_EMIT requestFinished(id, body);
}

void DownloadEngine::noteRunDone()
{
    m_elapsedNs = m_run->nowNs();
    m_run->deleteLater();   // we may be inside one of its slots
    m_run = nullptr;
    Q_EMIT finished();
}

} // namespace flaglab
