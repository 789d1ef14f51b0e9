#pragma once

#include "engine/requestrecord.h"
#include "engine/runconfig.h"
#include "lab/runsummary.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>

class QThread;

namespace flaglab {

class DownloadEngine;
class RunPlan;

// Runs a DownloadEngine on a thread of its own and mirrors its state in the
// owner's thread, with the engine's own API: the same accessors and signals.
//
// Why: the engine does its network work in the thread it lives in. In the GUI
// thread, starting a thousand requests and taking in their replies blocks the
// event loop for a tenth of a second at a time; here it cannot. The engine's
// events reach the mirror in order: the engine thread queues them, and the
// owner's thread takes them in slices of at most kSliceMs, so that a burst of
// a thousand results never holds its event loop for long either; and it never
// waits for the engine's thread to let go of the queue.
//
// The engine thread also runs at a lower CPU priority, and so do the network
// threads it starts: when downloads and the window compete for the cores, the
// window wins (see system/threadpriority.h).
class EngineThread : public QObject {
    Q_OBJECT
public:
    static constexpr int kSliceMs = 3;

    explicit EngineThread(QObject *parent = nullptr);
    ~EngineThread() override;       // cancels a run and joins the thread

    // False (and error set) if a run is going or the config is not usable.
    bool start(const RunConfig &config, QString *error = nullptr);
    // A run planned beforehand (RunPlan::of): false only when a run is going.
    // Several engines planned first and then started one after the other start together.
    bool start(RunPlan plan, QString *error = nullptr);
    void cancel();

    bool isRunning() const { return m_running; }
    RunConfig config() const { return m_config; }
    const QList<RequestRecord> &records() const { return m_records; }
    RunCounts counts() const { return m_counts; }
    FlightCounts flight() const { return m_flight; }
    int inFlight() const { return m_flight.onTheWire; }
    int maxInFlight() const { return m_flight.maxOnTheWire; }
    qint64 elapsedNs() const;
    // When the engine reported a request finished, by steadyNowNs(): the start of a tile's latency.
    qint64 finishReportedNs(int id) const { return m_finishReportedNs.value(id, -1); }
    // runReportJson() of the last finished run, made in the engine's thread.
    QJsonObject report() const { return m_report; }
    // RunSummary::fromEngine() of the last finished run, made in the engine's thread; unnamed.
    RunSummary summary() const { return m_summary; }

Q_SIGNALS:
    void started();
    void requestStarted(int id);
    void requestConnecting(int id);
    void requestSent(int id);
    void requestFirstByte(int id);
    void requestDownloaded(int id, const QByteArray &body);
    void requestFinished(int id, const QByteArray &body);
    void finished();

private:
    struct Event {
        enum class Kind { Started, Connecting, Sent, FirstByte, Downloaded, Finished, RunDone } kind;
        RequestRecord record;
        QByteArray body;
        FlightCounts flight;
        qint64 elapsedNs = 0;
        qint64 reportedNs = 0;          // steadyNowNs() when the engine emitted it
        QList<RequestRecord> records;   // RunDone: the final records
        QJsonObject report;             // RunDone
        RunSummary summary;             // RunDone
    };
    void post(Event event);             // from the engine's thread
    void takeEvents();                  // in the owner's thread
    void apply(const Event &event);

    QThread *m_thread;
    DownloadEngine *m_engine;

    QMutex m_queueMutex;
    QList<Event> m_queue;               // from the engine's thread, under m_queueMutex
    bool m_takePosted = false;          // under m_queueMutex: a takeEvents() is on its way
    QList<Event> m_backlog;             // taken from m_queue, not applied yet; the owner's thread only

    RunConfig m_config;
    QList<RequestRecord> m_records;
    QList<qint64> m_finishReportedNs;
    RunCounts m_counts;
    QJsonObject m_report;
    RunSummary m_summary;
    FlightCounts m_flight;
    bool m_running = false;
    qint64 m_lastEngineNs = 0;          // the engine's clock at its latest event
    QElapsedTimer m_sinceLastEvent;
};

} // namespace flaglab
