#include "blockingworker.h"

#include "h2c/h2cmanager.h"
#include "workerpool.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace flaglab {

BlockingWorker::BlockingWorker(WorkerPool *pool)
    : m_pool(pool), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("FlagLab worker"));
    moveToThread(m_thread);
    m_thread->start();
}

BlockingWorker::~BlockingWorker()
{
    QMetaObject::invokeMethod(this, [this] {
        if (m_current)
            m_current->abort();
        m_thread->quit();           // ends the waiting loop too
    }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_manager;               // its thread is over: safe from here
    delete m_thread;
}

void BlockingWorker::fetch(quint64 handle, const QNetworkRequest &request)
{
    QMetaObject::invokeMethod(this, [this, handle, request] { fetchBlocking(handle, request); },
                              Qt::QueuedConnection);
}

void BlockingWorker::abort(quint64 handle)
{
    QMetaObject::invokeMethod(this, [this, handle] {
        if (m_current && m_currentHandle == handle)
            m_current->abort();
    }, Qt::QueuedConnection);
}

void BlockingWorker::fetchBlocking(quint64 handle, const QNetworkRequest &request)
{
    if (!m_manager)
        m_manager = new H2cManager;
    QNetworkReply *reply = m_manager->get(request);
    m_current = reply;
    m_currentHandle = handle;
    WorkerPool *pool = m_pool;

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [pool, handle] {
        QMetaObject::invokeMethod(pool, [=] { pool->deliverConnecting(handle); });
    });
    connect(reply, &QNetworkReply::requestSent, this, [pool, handle] {
        QMetaObject::invokeMethod(pool, [=] { pool->deliverSent(handle); });
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [pool, handle, reply] {
        const QUrl url = reply->url();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        const auto headers = reply->rawHeaderPairs();
        const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        QMetaObject::invokeMethod(pool, [=] { pool->deliverMetaData(handle, url, status, reason, headers, http2); });
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [pool, handle](qint64 received, qint64 total) {
        QMetaObject::invokeMethod(pool, [=] { pool->deliverProgress(handle, received, total); });
    });

    QEventLoop wait;    // the "blocking" part: this thread does nothing else meanwhile
    connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    if (!reply->isFinished())
        wait.exec();

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const auto error = reply->error();
    const QString errorString = reply->errorString();
    m_current = nullptr;
    m_currentHandle = 0;
    reply->disconnect(this);
    reply->deleteLater();
    QMetaObject::invokeMethod(pool, [=] { pool->deliverFinished(handle, body, error, errorString); });
}

} // namespace flaglab
