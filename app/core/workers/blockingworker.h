#pragma once

#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace flaglab {

class WorkerPool;

// One worker of the thread-pool model, the analogue of a thread in the
// book's flags2_threadpool: it does one request at a time and waits for it
// (a local event loop: the thread is busy until the answer is in). What it
// learns goes to its WorkerPool, in the run's thread, as queued calls.
class BlockingWorker : public QObject {
    Q_OBJECT
public:
    explicit BlockingWorker(WorkerPool *pool);
    ~BlockingWorker() override;     // aborts what is under way and joins the thread

    // Both are called from the run's thread and queue work on the worker.
    void fetch(quint64 handle, const QNetworkRequest &request);
    void abort(quint64 handle);

private:
    void fetchBlocking(quint64 handle, const QNetworkRequest &request);

    WorkerPool *m_pool;
    QThread *m_thread;
    QNetworkAccessManager *m_manager = nullptr;   // created in the worker's thread
    QNetworkReply *m_current = nullptr;
    quint64 m_currentHandle = 0;
};

} // namespace flaglab
