#include "requestroute.h"

#include <QList>

namespace flaglab {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool isLowerCaseCountryCode(QByteArrayView text)
{
    return text.size() == 2 && text[0] >= 'a' && text[0] <= 'z' && text[1] >= 'a' && text[1] <= 'z';
}

QByteArrayView pathOfTarget(QByteArrayView target)
{
    if (target.size() >= 7 && target.first(7).compare("http://", Qt::CaseInsensitive) == 0) {
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    for (char stop : {'?', '#'}) {
        if (const qsizetype at = target.indexOf(stop); at >= 0)
            target = target.first(at);
    }
    return target;
}

std::optional<QByteArray> percentDecodeOnce(QByteArrayView path)
{
    QByteArray decoded;
    decoded.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] != '%') {
            decoded.append(path[i]);
            continue;
        }
        if (i + 2 >= path.size())
            return std::nullopt;
        const int high = hexValue(path[i + 1]);
        const int low = hexValue(path[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        decoded.append(char(high * 16 + low));
        i += 2;
    }
    return decoded;
}

bool isSafeDecodedPath(QByteArrayView path)
{
    if (!path.startsWith('/'))
        return false;
    for (char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '\\' || c == '%')
            return false;
    }
    const QList<QByteArray> segments = path.sliced(1).toByteArray().split('/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QByteArray &segment = segments[i];
        if (segment == "." || segment == ".." || (segment.isEmpty() && i + 1 < segments.size()))
            return false;
    }
    return true;
}

RequestRoute routeForTarget(QByteArrayView target)
{
    RequestRoute route;
    const std::optional<QByteArray> path = percentDecodeOnce(pathOfTarget(target));
    if (!path) {
        route.kind = RequestRoute::Kind::BadRequest;
        return route;
    }
    if (!isSafeDecodedPath(*path))
        return route;
    if (*path == "/stats") {
        route.kind = RequestRoute::Kind::Stats;
        return route;
    }
    if (*path == "/stats/reset") {
        route.kind = RequestRoute::Kind::StatsReset;
        return route;
    }

    // "/flags/br/br.gif" or "/flags/br/metadata.json"
    const QList<QByteArray> segments = path->split('/');
    if (segments.size() != 4 || !segments[0].isEmpty() || segments[1] != "flags" || !isLowerCaseCountryCode(segments[2]))
        return route;
    const QByteArray &code = segments[2];
    if (segments[3] == code + ".gif")
        route.file = FlagFile::Image;
    else if (segments[3] == "metadata.json")
        route.file = FlagFile::Metadata;
    else
        return route;
    route.kind = RequestRoute::Kind::Flag;
    route.countryCode = QString::fromLatin1(code);
    return route;
}

} // namespace flaglab
