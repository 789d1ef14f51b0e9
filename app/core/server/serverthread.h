#pragma once

#include "serverconfig.h"

#include <QObject>
#include <QString>

class QThread;

namespace flaglab {

class FlagServer;

// Runs one FlagServer on a QThread of its own, so that a busy GUI or client
// never slows the server down (and the other way round). The server stands for
// a remote machine: its thread yields the CPU to the rest of the process,
// like the engine's (system/threadpriority.h). All methods are
// called from the owning thread; they hop to the server thread and wait.
class ServerThread : public QObject {
    Q_OBJECT
public:
    explicit ServerThread(QObject *parent = nullptr);
    ~ServerThread() override;   // stops the server and joins the thread

    bool start(const ServerConfig &config, QString *error = nullptr);
    void stop();
    bool isRunning() const;
    quint16 port() const;

    ServerConfig config() const;
    void setConfig(const ServerConfig &config);
    ServerStats stats() const;          // waits for the server thread
    // Asks for the figures without waiting: statsReady() brings them. The
    // server thread runs at a lower priority; a window must not wait for it.
    void requestStats();
    void resetStats();
    void setAccepting(bool accepting);  // see FlagServer::setAccepting

Q_SIGNALS:
    void logLine(const QString &line);     // queued from the server thread
    void statsReady(const ServerStats &stats);

private:
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr;        // lives in m_thread: context for creating and deleting m_server
    FlagServer *m_server = nullptr;
    quint16 m_port = 0;
    ServerConfig m_config;
};

} // namespace flaglab
