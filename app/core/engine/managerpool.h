#pragma once

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace flaglab {

// Enough QNetworkAccessManagers to really have N requests in flight: Qt
// opens at most 6 connections per host:port in one manager, so N needs
// ceil(N / 6) of them. acquire() hands out the least busy one.
class ManagerPool : public QObject {
    Q_OBJECT
public:
    static constexpr int kConnectionsPerManager = 6;

    // singleManager: one manager for everything, so Qt's cap shows.
    ManagerPool(int concurrency, bool singleManager, QObject *parent = nullptr);

    int size() const { return int(m_managers.size()); }
    int acquire();                                  // index of the least busy manager
    void release(int index);
    QNetworkAccessManager *manager(int index) const { return m_managers.at(index); }

private:
    QList<QNetworkAccessManager *> m_managers;
    QList<int> m_active;
};

} // namespace flaglab
