#include "workerpool.h"

#include "blockingworker.h"

namespace flaglab {

WorkerPool::WorkerPool(int threads, QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < threads; ++i)
        m_workers.append(new BlockingWorker(this));
}

WorkerPool::~WorkerPool()
{
    qDeleteAll(m_workers);      // each joins its thread; nothing is delivered after this
}

QNetworkReply *WorkerPool::get(int worker, const QNetworkRequest &request)
{
    const quint64 handle = m_nextHandle++;
    auto *reply = new ThreadedReply(request, this);
    m_replies.insert(handle, reply);
    BlockingWorker *target = m_workers.at(worker);
    connect(reply, &ThreadedReply::abortRequested, this, [target, handle] { target->abort(handle); });
    connect(reply, &QObject::destroyed, this, [this, handle] { m_replies.remove(handle); });
    target->fetch(handle, request);
    return reply;
}

void WorkerPool::deliverConnecting(quint64 handle)
{
    if (ThreadedReply *reply = m_replies.value(handle))
        reply->applyConnecting();
}

void WorkerPool::deliverSent(quint64 handle)
{
    if (ThreadedReply *reply = m_replies.value(handle))
        reply->applySent();
}

void WorkerPool::deliverMetaData(quint64 handle, const QUrl &url, int status, const QByteArray &reason,
                                 const ThreadedReply::RawHeaders &headers, bool http2)
{
    if (ThreadedReply *reply = m_replies.value(handle))
        reply->applyMetaData(url, status, reason, headers, http2);
}

void WorkerPool::deliverProgress(quint64 handle, qint64 received, qint64 total)
{
    if (ThreadedReply *reply = m_replies.value(handle))
        reply->applyProgress(received, total);
}

void WorkerPool::deliverFinished(quint64 handle, const QByteArray &body, QNetworkReply::NetworkError error,
                                 const QString &errorString)
{
    if (ThreadedReply *reply = m_replies.value(handle))
        reply->applyFinished(body, error, errorString);
}

} // namespace flaglab
