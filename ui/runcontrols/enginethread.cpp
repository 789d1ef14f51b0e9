#include "runcontrols/enginethread.h"

#include "engine/downloadengine.h"
#include "engine/runreport.h"
#include "shell/steadyclock.h"
#include "system/threadpriority.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include <utility>

namespace flaglab {

EngineThread::EngineThread(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_engine(new DownloadEngine)
{
    m_thread->setObjectName(QStringLiteral("FlagLab engine"));
    m_engine->moveToThread(m_thread);

    // These run in the engine's thread: copy what the mirror needs while it is consistent.
    DownloadEngine *engine = m_engine;
    const auto snapshot = [this, engine](Event::Kind kind, int id, const QByteArray &body = {}) {
        post({kind, engine->records().at(id), body, engine->flight(), engine->elapsedNs(), steadyNowNs(), {}, {}, {}});
    };
    connect(engine, &DownloadEngine::requestStarted, engine,
            [snapshot](int id) { snapshot(Event::Kind::Started, id); });
    connect(engine, &DownloadEngine::requestConnecting, engine,
            [snapshot](int id) { snapshot(Event::Kind::Connecting, id); });
    connect(engine, &DownloadEngine::requestSent, engine,
            [snapshot](int id) { snapshot(Event::Kind::Sent, id); });
    connect(engine, &DownloadEngine::requestFirstByte, engine,
            [snapshot](int id) { snapshot(Event::Kind::FirstByte, id); });
    connect(engine, &DownloadEngine::requestDownloaded, engine,
            [snapshot](int id, const QByteArray &body) { snapshot(Event::Kind::Downloaded, id, body); });
    connect(engine, &DownloadEngine::requestFinished, engine,
            [snapshot](int id, const QByteArray &body) { snapshot(Event::Kind::Finished, id, body); });
    connect(engine, &DownloadEngine::finished, engine, [this, engine] {
        post({Event::Kind::RunDone, {}, {}, engine->flight(), engine->elapsedNs(), steadyNowNs(),
              engine->records(), runReportJson(*engine), RunSummary::fromEngine(*engine)});
    });
    m_thread->start();
    // Inherited by the threads this one starts: Qt's HTTP threads, the file writers.
    QMetaObject::invokeMethod(m_engine, [] { setCurrentThreadNiceness(niceness::kNetwork); },
                              Qt::QueuedConnection);
}

EngineThread::~EngineThread()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool EngineThread::start(const RunConfig &config, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("a run is already going");
        return false;
    }
    // Checked here, once, so that the caller learns at once; the engine starts the plan as it is.
    std::optional<RunPlan> plan = RunPlan::of(config, error);
    return plan && start(std::move(*plan), error);
}

bool EngineThread::start(RunPlan plan, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("a run is already going");
        return false;
    }
    const RunConfig &config = plan.config();
    m_config = config;
    m_records = plan.records();
    m_finishReportedNs = QList<qint64>(config.codes.size(), -1);
    m_counts = RunCounts{};
    m_counts.requested = int(config.codes.size());
    m_report = {};
    m_summary = {};
    m_flight = FlightCounts{};
    m_lastEngineNs = 0;
    m_sinceLastEvent.start();
    m_running = true;

    // Not a blocking call: starting a thousand requests takes the engine a while.
    QMetaObject::invokeMethod(m_engine, [this, plan = std::move(plan)] {
        QString failure;
        if (!m_engine->start(plan, &failure)) {     // the destination cannot be written
            qWarning("flaglab: the engine refused the run: %s", qPrintable(failure));
            post({Event::Kind::RunDone, {}, {}, {}, 0, steadyNowNs(), {}, {}, {}});
        }
    }, Qt::QueuedConnection);
    Q_EMIT started();
    return true;
}

void EngineThread::cancel()
{
    QMetaObject::invokeMethod(m_engine, &DownloadEngine::cancel, Qt::QueuedConnection);
}

qint64 EngineThread::elapsedNs() const
{
    return m_running ? m_lastEngineNs + m_sinceLastEvent.nsecsElapsed() : m_lastEngineNs;
}

void EngineThread::post(Event event)
{
    bool takeNeeded = false;
    {
        QMutexLocker locker(&m_queueMutex);
        m_queue.append(std::move(event));
        takeNeeded = !std::exchange(m_takePosted, true);
    }
    if (takeNeeded)
        QMetaObject::invokeMethod(this, &EngineThread::takeEvents, Qt::QueuedConnection);
}

void EngineThread::takeEvents()
{
    // The engine thread runs at a lower priority: when it holds the queue it
    // may not get a core again for a while, and the window must not wait for
    // it. What is queued then comes at the next try, a millisecond later.
    const bool queueTaken = m_queueMutex.tryLock();
    if (queueTaken) {
        m_backlog.append(std::exchange(m_queue, {}));
        m_takePosted = false;
        m_queueMutex.unlock();
    }
    const QDeadlineTimer slice(kSliceMs, Qt::PreciseTimer);
    qsizetype taken = 0;
    while (taken < m_backlog.size()) {
        apply(m_backlog.at(taken++));
        if (slice.hasExpired())
            break;
    }
    m_backlog.remove(0, taken);
    if (!m_backlog.isEmpty())       // the rest next time; the event loop breathes in between
        QMetaObject::invokeMethod(this, &EngineThread::takeEvents, Qt::QueuedConnection);
    else if (!queueTaken)
        QTimer::singleShot(1, Qt::PreciseTimer, this, &EngineThread::takeEvents);
}

void EngineThread::apply(const Event &event)
{
    m_flight = event.flight;
    m_lastEngineNs = event.elapsedNs;
    m_sinceLastEvent.start();
    const int id = event.record.id;
    switch (event.kind) {
    case Event::Kind::Started:
        m_records[id] = event.record;
        Q_EMIT requestStarted(id);
        break;
    case Event::Kind::Connecting:
        m_records[id] = event.record;
        Q_EMIT requestConnecting(id);
        break;
    case Event::Kind::Sent:
        m_records[id] = event.record;
        Q_EMIT requestSent(id);
        break;
    case Event::Kind::FirstByte:
        m_records[id] = event.record;
        Q_EMIT requestFirstByte(id);
        break;
    case Event::Kind::Downloaded:
        m_records[id] = event.record;
        Q_EMIT requestDownloaded(id, event.body);
        break;
    case Event::Kind::Finished:
        m_records[id] = event.record;
        m_finishReportedNs[id] = event.reportedNs;
        m_counts.add(event.record.outcome);
        Q_EMIT requestFinished(id, event.body);
        break;
    case Event::Kind::RunDone:
        if (!event.records.isEmpty())
            m_records = event.records;
        m_report = event.report;
        m_summary = event.summary;
        m_running = false;
        Q_EMIT finished();
        break;
    }
}

} // namespace flaglab
