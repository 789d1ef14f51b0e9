#include "runconfig.h"

#include "managerpool.h"

namespace flaglab {

namespace {

QUrl fileUrl(const QUrl &base, const QString &cc, const QString &fileName)
{
    QUrl url = base;
    url.setPath(base.path() + u'/' + cc.toLower() + u'/' + fileName);
    return url;
}

} // namespace

QUrl RunConfig::flagUrl(const QString &cc) const
{
    return fileUrl(baseUrl, cc, cc.toLower() + QStringLiteral(".gif"));
}

QUrl RunConfig::metadataUrl(const QString &cc) const
{
    return fileUrl(baseUrl, cc, QStringLiteral("metadata.json"));
}

bool RunConfig::http2PriorKnowledge() const
{
    return protocol == Protocol::Http2 && baseUrl.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
}

int RunConfig::http2Connections(int actualReq) const
{
    if (protocol != Protocol::Http2)
        return 0;
    if (model == Model::Threads)
        return actualReq;       // each thread has its own manager, and so its own connection
    if (singleManager)
        return 1;
    return std::max(1, (actualReq + kStreamsPerConnection - 1) / kStreamsPerConnection);
}

int RunConfig::openFilesNeeded() const
{
    const int actualReq = std::max(1, std::min(concurrency, int(codes.size())));
    int connections = 0;
    int networkThreads = 0;
    if (model == Model::Threads) {
        connections = actualReq;
        networkThreads = 2 * actualReq;     // each worker's own thread, and its manager's
    } else if (protocol == Protocol::Http2) {
        connections = http2Connections(actualReq);
        networkThreads = connections;
    } else {
        constexpr int perManager = ManagerPool::kConnectionsPerManager;
        const int managers = singleManager ? 1 : (actualReq + perManager - 1) / perManager;
        connections = std::min(actualReq, perManager * managers);
        networkThreads = managers;
    }
    return connections * (serverInProcess ? 2 : 1) + networkThreads;
}

QString RunConfig::validate() const
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return QStringLiteral("the base URL must be an http or https URL, not '%1'").arg(baseUrl.toString());
    if (codes.isEmpty())
        return QStringLiteral("there are no codes to download");
    if (concurrency < 1 || concurrency > kMaxConcurrency)
        return QStringLiteral("concurrency must be from 1 to %1, not %2").arg(kMaxConcurrency).arg(concurrency);
    if (maxConnecting < 0 || maxConnecting > kMaxConcurrency)
        return QStringLiteral("the limit of connections opened at once must be from 0 to %1, not %2")
            .arg(kMaxConcurrency).arg(maxConnecting);
    if (timeoutMs < 1)
        return QStringLiteral("the time-out must be positive");
    if (totalTimeoutMs < 0)
        return QStringLiteral("the total time-out cannot be negative");
    if (maxBodyBytes < 1)
        return QStringLiteral("the body size cap must be positive");
    if (maxRedirects < 0)
        return QStringLiteral("the redirect limit cannot be negative");
    if (retries < 0 || retries > 10)
        return QStringLiteral("retries must be from 0 to 10");
    if (saveFiles && destination.isEmpty())
        return QStringLiteral("no destination folder given");
    return {};
}

} // namespace flaglab
