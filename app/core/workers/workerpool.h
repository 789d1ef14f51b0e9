#pragma once

#include "threadedreply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace flaglab {

class BlockingWorker;

// The thread-pool concurrency model: N threads, each doing one blocking
// request at a time. get() returns a ThreadedReply in the caller's thread,
// so the run drives both models through the same QNetworkReply interface.
class WorkerPool : public QObject {
    Q_OBJECT
public:
    WorkerPool(int threads, QObject *parent = nullptr);
    ~WorkerPool() override;     // stops and joins every worker

    int size() const { return int(m_workers.size()); }
    QNetworkReply *get(int worker, const QNetworkRequest &request);

    // From the workers, queued into this object's thread.
    void deliverConnecting(quint64 handle);
    void deliverSent(quint64 handle);
    void deliverMetaData(quint64 handle, const QUrl &url, int status, const QByteArray &reason,
                         const ThreadedReply::RawHeaders &headers, bool http2);
    void deliverProgress(quint64 handle, qint64 received, qint64 total);
    void deliverFinished(quint64 handle, const QByteArray &body, QNetworkReply::NetworkError error,
                         const QString &errorString);

private:
    QList<BlockingWorker *> m_workers;
    QHash<quint64, QPointer<ThreadedReply>> m_replies;
    quint64 m_nextHandle = 1;
};

} // namespace flaglab
