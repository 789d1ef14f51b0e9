#include "serverlabels.h"

#include <atomic>

namespace flaglab {

namespace {

struct KnownServer {
    const char *label;
    const char *url;
    int portOffset;         // from the base port; -1: a fixed URL
};

constexpr KnownServer kServers[] = {
    {"DELAY", "http://localhost/flags", 1},
    {"ERROR", "http://localhost/flags", 2},
    {"LOCAL", "http://localhost/flags", 0},
    {"REMOTE", "https://www.fluentpython.com/data/flags", -1},
};

std::atomic<quint16> g_basePort{kBookBasePort};

} // namespace

quint16 bookBasePort()
{
    return g_basePort.load(std::memory_order_relaxed);
}

void setBookBasePort(quint16 port)
{
    Q_ASSERT(port >= 1 && port <= kMaxBasePort);
    g_basePort.store(port, std::memory_order_relaxed);
}

std::optional<quint16> parseBasePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > kMaxBasePort)
        return std::nullopt;
    return quint16(port);
}

bool ServerTarget::isBuiltIn() const
{
    return label == u"LOCAL" || label == u"DELAY" || label == u"ERROR";
}

QStringList serverLabels()
{
    QStringList labels;
    for (const KnownServer &server : kServers)
        labels.append(QString::fromLatin1(server.label));
    return labels;
}

std::optional<ServerTarget> resolveServer(const QString &labelOrUrl, quint16 basePort)
{
    const QString label = labelOrUrl.toUpper();
    for (const KnownServer &server : kServers) {
        if (label != QLatin1String(server.label))
            continue;
        QUrl url(QString::fromLatin1(server.url));
        if (server.portOffset >= 0)
            url.setPort(basePort + server.portOffset);
        return ServerTarget{label, url};
    }
    const QUrl url(labelOrUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty()) {
        QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
        return ServerTarget{QStringLiteral("CUSTOM"), base};
    }
    return std::nullopt;
}

} // namespace flaglab
