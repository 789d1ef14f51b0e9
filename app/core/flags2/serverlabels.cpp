#include "serverlabels.h"

namespace flaglab {

namespace {

struct KnownServer {
    const char *label;
    const char *url;
};

constexpr KnownServer kServers[] = {
    {"DELAY", "http://localhost:8001/flags"},
    {"ERROR", "http://localhost:8002/flags"},
    {"LOCAL", "http://localhost:8000/flags"},
    {"REMOTE", "https://www.fluentpython.com/data/flags"},
};

} // namespace

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

std::optional<ServerTarget> resolveServer(const QString &labelOrUrl)
{
    const QString label = labelOrUrl.toUpper();
    for (const KnownServer &server : kServers) {
        if (label == QLatin1String(server.label))
            return ServerTarget{label, QUrl(QString::fromLatin1(server.url))};
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
