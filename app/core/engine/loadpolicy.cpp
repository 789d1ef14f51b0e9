#include "loadpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace flaglab {

bool LoadPolicy::isLoopback(const QString &host)
{
    const QString name = host.toLower();
    if (name == u"localhost" || name.endsWith(u".localhost"))
        return true;
    QHostAddress address(name.startsWith(u'[') ? name.mid(1, name.size() - 2) : name);
    if (address.isNull())
        return false;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return address.isLoopback() || (mapped && (v4 >> 24) == 127);
}

bool LoadPolicy::isOurs(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (m_treatedAsRemote.contains(host))
        return false;
    const int defaultPort = url.scheme().toLower() == u"https" ? 443 : 80;
    const QString hostPort = host + u':' + QString::number(url.port(defaultPort));
    return isLoopback(host) || m_builtIn.contains(hostPort);
}

int LoadPolicy::safeConcurrency(const QString &serverLabel) const
{
    return serverLabel == u"REMOTE" ? kBookRemoteSafeConcurrency : kRemoteSafeConcurrency;
}

QString LoadPolicy::confirmationNeeded(const QUrl &url, const QString &serverLabel, int concurrency,
                                       int requests) const
{
    if (isOurs(url))
        return {};
    const int safe = safeConcurrency(serverLabel);
    QStringList reasons;
    if (concurrency > safe)
        reasons << QCoreApplication::translate("LoadPolicy", "%1 concurrent requests (more than %2)")
                       .arg(concurrency).arg(safe);
    if (requests > kRemoteSafeRequests)
        reasons << QCoreApplication::translate("LoadPolicy", "%1 requests in one run (more than %2)")
                       .arg(requests).arg(kRemoteSafeRequests);
    if (reasons.isEmpty())
        return {};
    return QCoreApplication::translate("LoadPolicy", "%1 is not our server, and this run would send it %2. To a "
                                                     "server that is not yours, that load can look like a "
                                                     "denial-of-service attack.")
        .arg(url.host(), reasons.join(QCoreApplication::translate("LoadPolicy", " and ")));
}

LoadPolicy LoadPolicy::fromEnvironment()
{
    LoadPolicy policy;
    const QStringList hosts = qEnvironmentVariable("FLAGLAB_TREAT_AS_REMOTE").split(u',', Qt::SkipEmptyParts);
    QSet<QString> remote;
    for (const QString &host : hosts)
        remote.insert(host.trimmed().toLower());
    policy.setTreatedAsRemote(remote);
    return policy;
}

} // namespace flaglab
