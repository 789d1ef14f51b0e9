#pragma once

#include "requestrecord.h"
#include "runconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>
#include <vector>

namespace flaglab {

class DownloadRun;

// A run that passed the config's checks (RunConfig::validate()), with the
// records it starts from: one per code, queued, in the config's order. Only
// of() makes one, so every path checks a run once: DownloadEngine::start(config)
// plans and starts in one go; EngineThread plans in the window's thread, to
// answer at once, and its engine starts that plan in the engine's thread.
class RunPlan {
public:
    // nullopt, and error set, if the config is not usable.
    static std::optional<RunPlan> of(const RunConfig &config, QString *error = nullptr);
    // Runs that go at once in one process (a race's lanes): each checked as
    // of() checks it, then the files and sockets they hold together against
    // the limit. nullopt with error set, and *failed the index of the config
    // that is not usable, or -1 when only their sum is too much.
    static std::optional<std::vector<RunPlan>> together(const QList<RunConfig> &configs, QString *error = nullptr,
                                                        int *failed = nullptr);

    const RunConfig &config() const { return m_config; }
    const QList<RequestRecord> &records() const { return m_records; }

private:
    RunPlan() = default;

    RunConfig m_config;
    QList<RequestRecord> m_records;
};

// Downloads a list of flags with exactly min(N, remaining) requests in
// flight. The window, the CLI and the tests all drive this one class.
//
// Qt opens at most 6 connections per host in one QNetworkAccessManager, so a
// run spreads its requests over ceil(N / 6) managers (or over one, when
// RunConfig::singleManager asks to show that hidden cap). Every code ends
// with exactly one outcome, also when the run is cancelled.
class DownloadEngine : public QObject {
    Q_OBJECT
public:
    explicit DownloadEngine(QObject *parent = nullptr);
    ~DownloadEngine() override;

    // False (and error set) if a run is going or the config is not usable.
    bool start(const RunConfig &config, QString *error = nullptr);
    // Starts a planned run. Checks only what a plan cannot: that no run is
    // going and, when it saves, that the destination can be written (here,
    // in the engine's thread, before the first request).
    bool start(const RunPlan &plan, QString *error = nullptr);
    // Stops new requests, aborts those in flight; finished() follows.
    void cancel();

    bool isRunning() const;
    RunConfig config() const { return m_config; }
    // Of the current run, or the last one once it is over.
    const QList<RequestRecord> &records() const;
    RunCounts counts() const;
    // In flight means on the wire (sent, answer not complete): what the
    // server counts. Requests handed to Qt but not yet sent are counted apart.
    FlightCounts flight() const;
    int inFlight() const { return flight().onTheWire; }
    int maxInFlight() const { return flight().maxOnTheWire; }
    qint64 elapsedNs() const;             // of the current or last run
    QDateTime startedAt() const { return m_startedAt; }   // wall clock, UTC, when the run started

    // The records a run starts with: one per code, queued, in the config's order.
    static QList<RequestRecord> queuedRecords(const RunConfig &config);

Q_SIGNALS:
    void started();
    void requestStarted(int id);        // handed to Qt (a concurrency slot was free)
    void requestConnecting(int id);     // Qt started opening a connection for it
    void requestSent(int id);           // on the wire
    void requestFirstByte(int id);
    // The attempt failed in a way worth retrying; the next starts in delayMs.
    void requestRetrying(int id, int delayMs, const QString &reason);
    // The image is in and looks like one; saving it follows, and then
    // requestFinished(). Lets a viewer decode the picture while the file is
    // being written (a save waits for the disk: tens of milliseconds).
    void requestDownloaded(int id, const QByteArray &body);
    // The record is final; body holds the image for OK outcomes.
    void requestFinished(int id, const QByteArray &body);
    void finished();

private:
    void onRunFinished();

    RunConfig m_config;
    // The last run's, once it is over; while one goes, DownloadRun holds them.
    QList<RequestRecord> m_records;
    RunCounts m_counts;
    FlightCounts m_flight;
    qint64 m_elapsedNs = 0;
    QDateTime m_startedAt;
    DownloadRun *m_run = nullptr;
};

} // namespace flaglab
