#pragma once

#include "runconfig.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace flaglab {

class WorkerPool;

// Where a run's requests go. In the event-loop model: enough
// QNetworkAccessManagers to really have N requests in flight. Over HTTP/1.1
// Qt opens at most 6 connections per host:port in one manager, so N needs
// ceil(N / 6) of them; over HTTP/2 a manager opens one connection and puts
// up to RunConfig::kStreamsPerConnection streams on it. The managers are
// H2cManagers: h2c goes through the engine's own client on libnghttp2, the
// rest (HTTP/1.1, https) through Qt. In the thread
// model: N worker threads, one request each. acquire() hands out the least
// busy slot.
class ManagerPool : public QObject {
    Q_OBJECT
public:
    static constexpr int kConnectionsPerManager = 6;
    enum class Model { EventLoop, Threads };

    // singleManager: one manager for everything, so Qt's cap shows.
    ManagerPool(int concurrency, bool singleManager, QObject *parent = nullptr,
                Model model = Model::EventLoop, RunConfig::Protocol protocol = RunConfig::Protocol::Http1);

    int size() const { return int(m_active.size()); }
    int acquire();                                  // index of the least busy slot
    void release(int index);
    // Requests handed over that wait inside Qt because all the connections of
    // their manager are taken (Qt's hidden cap), or all the streams of its
    // HTTP/2 connection: active beyond the cap, summed.
    int waitingForConnection() const;
    QNetworkReply *get(int index, const QNetworkRequest &request);

private:
    QList<QNetworkAccessManager *> m_managers;
    WorkerPool *m_workers = nullptr;
    QList<int> m_active;
    int m_requestsPerSlot = kConnectionsPerManager;     // a worker does one request at a time
};

} // namespace flaglab
