#include "serverthread.h"

#include "flagserver.h"
#include "system/threadpriority.h"

#include <QThread>

namespace flaglab {

ServerThread::ServerThread(QObject *parent)
    : QObject(parent)
{
}

ServerThread::~ServerThread()
{
    stop();
}

bool ServerThread::start(const ServerConfig &config, QString *error)
{
    stop();
    m_config = config;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FlagServer"));
    // The anchor lives in the server thread so that the server can be created
    // and destroyed there; the thread deletes it when it finishes.
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();

    QString failure;
    QMetaObject::invokeMethod(m_anchor, [this, &config, &failure] {
        setCurrentThreadNiceness(niceness::kNetwork);
        auto *server = new FlagServer(config);
        connect(server, &FlagServer::logLine, this, &ServerThread::logLine);
        if (!server->listen(&failure)) {
            delete server;
            return;
        }
        m_server = server;
        m_port = server->port();
    }, Qt::BlockingQueuedConnection);

    if (!m_server) {
        stop();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void ServerThread::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        QMetaObject::invokeMethod(m_anchor, [this] {
            delete m_server;
            m_server = nullptr;
        }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_anchor = nullptr;
    m_port = 0;
}

bool ServerThread::isRunning() const
{
    return m_server != nullptr;
}

quint16 ServerThread::port() const
{
    return m_port;
}

ServerConfig ServerThread::config() const
{
    return m_config;
}

void ServerThread::setConfig(const ServerConfig &config)
{
    m_config = config;
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this, &config] { m_server->setConfig(config); }, Qt::BlockingQueuedConnection);
}

ServerStats ServerThread::stats() const
{
    ServerStats stats;
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this, &stats] { stats = m_server->stats(); }, Qt::BlockingQueuedConnection);
    return stats;
}

void ServerThread::requestStats()
{
    if (!m_server)
        return;
    // stop() deletes the server in its thread: this call runs before that, or never.
    QMetaObject::invokeMethod(m_server, [this, server = m_server] {
        const ServerStats stats = server->stats();
        QMetaObject::invokeMethod(this, [this, stats] { Q_EMIT statsReady(stats); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ServerThread::resetStats()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this] { m_server->resetStats(); }, Qt::BlockingQueuedConnection);
}

void ServerThread::setAccepting(bool accepting)
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this, accepting] { m_server->setAccepting(accepting); },
                                  Qt::BlockingQueuedConnection);
}

} // namespace flaglab
