#include "managerpool.h"

#include "h2c/h2cmanager.h"
#include "workers/workerpool.h"

#include <QNetworkAccessManager>
#include <algorithm>

namespace flaglab {

ManagerPool::ManagerPool(int concurrency, bool singleManager, QObject *parent, Model model,
                         RunConfig::Protocol protocol)
    : QObject(parent)
{
    if (model == Model::Threads) {
        m_workers = new WorkerPool(concurrency, this);
        m_active.fill(0, concurrency);
        m_requestsPerSlot = 1;
        return;
    }
    if (protocol == RunConfig::Protocol::Http2)
        m_requestsPerSlot = RunConfig::kStreamsPerConnection;
    const int count = singleManager ? 1 : (concurrency + m_requestsPerSlot - 1) / m_requestsPerSlot;
    for (int i = 0; i < std::max(count, 1); ++i) {
        auto *manager = new H2cManager(this);
        manager->setAutoDeleteReplies(false);
        m_managers.append(manager);
        m_active.append(0);
    }
}

int ManagerPool::acquire()
{
    const auto least = std::min_element(m_active.begin(), m_active.end());
    ++*least;
    return int(least - m_active.begin());
}

void ManagerPool::release(int index)
{
    --m_active[index];
}

int ManagerPool::waitingForConnection() const
{
    int waiting = 0;
    for (int active : m_active)
        waiting += std::max(0, active - m_requestsPerSlot);
    return waiting;
}

QNetworkReply *ManagerPool::get(int index, const QNetworkRequest &request)
{
    return m_workers ? m_workers->get(index, request) : m_managers.at(index)->get(request);
}

} // namespace flaglab
