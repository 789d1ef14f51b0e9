#pragma once

#include "exchangetimer.h"
#include "requestrecord.h"
#include "retrypolicy.h"
#include "runconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <map>
#include <optional>

class QNetworkReply;
class QUrl;

namespace flaglab {

class FileSaver;
class ManagerPool;

// Why an exchange failed: its kind and the words for it.
struct Failure {
    FailureKind kind = FailureKind::None;
    QString text;
};

// One run of the engine: the scheduler and the life of each request. It is
// created by DownloadEngine::start and deleted when the run is over, taking
// every manager and reply with it, so nothing of a run outlives it. It owns
// the records and counters it writes; DownloadEngine forwards its signals
// (the same as the engine's) and keeps the final state once it is over.
class DownloadRun : public QObject {
    Q_OBJECT
public:
    // records: one per code, queued, in the config's order.
    DownloadRun(const RunConfig &config, QList<RequestRecord> records, QObject *parent);
    ~DownloadRun() override;

    void begin();
    void cancel();
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    const QList<RequestRecord> &records() const { return m_records; }
    RunCounts counts() const { return m_counts; }
    FlightCounts flight() const { return m_flight; }

Q_SIGNALS:
    // As DownloadEngine's signals of the same names, which forward them.
    void requestStarted(int id);
    void requestConnecting(int id);
    void requestSent(int id);
    void requestFirstByte(int id);
    void requestRetrying(int id, int delayMs, const QString &reason);
    void requestDownloaded(int id, const QByteArray &body);
    void requestFinished(int id, const QByteArray &body);
    void finished();            // every code has its outcome

private:
    enum class Phase { Image, Metadata };
    // Where the exchange is, for FlightCounts: each stage is counted once.
    enum class Stage { Done, Queued, Connecting, OnTheWire };
    struct Transfer {
        int id = -1;
        int manager = -1;
        Phase phase = Phase::Image;
        QString abortReason;        // set when we abort: cancel, or a body over the cap
        FailureKind abortKind = FailureKind::None;  // what abortReason is
        bool cancelled = false;     // aborted because the run was cancelled
        bool timedOut = false;      // aborted because a time budget ran out (may be retried)
        Stage stage = Stage::Done;
        ExchangeTimer budget;       // its time budgets: see armBudgetTimer()
        QByteArray image;           // kept while metadata.json is fetched
        int redirects = 0;          // hops followed so far
        bool headersDropped = false;    // a status line but no headers: Qt drops them over its limits
        qint64 received = 0;        // body bytes of this hop so far
        bool resentUnsent = false;  // Qt failed it unsent once: see resendUnsent()
        int connectionSlot = -1;    // HTTP/1.1: the slot of its manager's it holds on the wire
    };

    void pump();
    void concludeUnstarted(Outcome outcome, FailureKind kind, const QString &error);
    bool mayOpenConnection() const;
    void startAttempt(int id);
    void send(Transfer transfer, const QUrl &url);
    void abortTransfer(QNetworkReply *reply, FailureKind kind, const QString &reason, bool cancelling = false);
    void armBudgetTimer(qint64 endNs);
    void checkBudgets();
    void onTimedOut(QNetworkReply *reply, ExchangeTimer::Budget budget);
    void onConnecting(QNetworkReply *reply);
    void onSent(QNetworkReply *reply);
    void setStage(Transfer &transfer, Stage stage);
    int takeConnectionSlot(int manager);
    void freeConnectionSlot(Transfer &transfer);
    void countWaiting();
    void onMetaData(QNetworkReply *reply);
    void onProgress(QNetworkReply *reply, qint64 received);
    void onFinished(QNetworkReply *reply);
    bool followRedirect(Transfer &transfer, QNetworkReply *reply);
    bool resendUnsent(Transfer &transfer, QNetworkReply *reply, bool wasSent);
    void onImage(const Transfer &transfer, QNetworkReply *reply);
    void onMetadata(const Transfer &transfer, QNetworkReply *reply);
    void releaseSlot(const Transfer &transfer);
    void failOrRetry(const Transfer &transfer, QNetworkReply *reply, Failure failure);
    void retryLater(int id, int delayMs, const QString &reason);
    void save(int id, const QString &fileName, const QByteArray &body);
    void conclude(int id, Outcome outcome, FailureKind kind, const QString &error, const QByteArray &body = {});
    Failure failureOf(QNetworkReply *reply, const Transfer &transfer) const;

    RunConfig m_config;
    QList<RequestRecord> m_records;
    RunCounts m_counts;
    FlightCounts m_flight;
    QElapsedTimer m_clock;
    ManagerPool *m_pool;
    FileSaver *m_saver;
    std::optional<QSslConfiguration> m_sslConfiguration;   // with --cacert
    QHash<QNetworkReply *, Transfer> m_transfers;
    QHash<int, QList<QNetworkReply *>> m_unconnected;   // manager -> its replies with no connection yet, oldest first
    QHash<int, QList<bool>> m_connectionSlots;  // HTTP/1.1: manager -> which of its slots are on the wire
    QHash<int, QByteArray> m_saving;        // id -> body, while its file is written
    RetryPolicy m_retryPolicy;
    QSet<int> m_waitingToRetry;             // back-off timers running
    QTimer m_budgetTimer;                   // one for every exchange: ends at the earliest budget's end
    qint64 m_budgetTimerEndNs = -1;         // the end it is set for
    std::map<QString, int> m_countryNames;  // case-folded file name -> id, with --name-by-country
    QList<int> m_readyToRetry;              // back-off over, waiting for a slot
    int m_slotsTaken = 0;                   // codes handed over and not yet through the network
    int m_notSent = 0;                      // exchanges handed to Qt and not yet on the wire
    int m_next = 0;                         // next code to start
    int m_remaining = 0;                    // codes without an outcome yet
    bool m_cancelled = false;
};

} // namespace flaglab
