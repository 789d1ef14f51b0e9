// libFuzzer: the built-in server's request handling, minus the socket. The
// HTTP/1.1 request-head parser (parseRequestHead) and the router
// (routeForTarget: percent-decoding and path safety), driven the way
// HttpConnection drives them. Invariants:
// - a parse ends Incomplete, Complete or with one of the documented errors;
// - a complete head is within the limit, and parsing any prefix of the input
//   agrees with it (shorter: Incomplete; longer: the same request), so the
//   bytes TCP happens to deliver at once never change what is understood;
// - a target routes to a file only as /flags/{cc}/{cc}.gif or
//   /flags/{cc}/metadata.json with cc two lower-case letters, after exactly
//   one percent-decoding: no encoding of any kind reaches another path.

#include "httpwire/httprequestparser.h"
#include "server/requestroute.h"

#include <cstdint>
#include <cstdlib>

using namespace flaglab;

namespace {

using Outcome = RequestHeadParse::Outcome;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkRoute(QByteArrayView target)
{
    const RequestRoute route = routeForTarget(target);
    if (route.kind != RequestRoute::Kind::Flag)
        return;
    const QByteArray code = route.countryCode.toLatin1();
    require(isLowerCaseCountryCode(code));
    const std::optional<QByteArray> path = percentDecodeOnce(pathOfTarget(target));
    require(path.has_value());
    const QByteArray expected = "/flags/" + code + '/'
        + (route.file == FlagFile::Image ? code + ".gif" : QByteArray("metadata.json"));
    require(*path == expected);
    require(isSafeDecodedPath(*path));
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.minorVersion == b.minorVersion
        && a.headers == b.headers && a.contentLength == b.contentLength && a.keepAlive == b.keepAlive;
}

void checkParse(QByteArrayView input, qsizetype limit, const uint8_t *splits, size_t splitCount)
{
    const RequestHeadParse full = parseRequestHead(input, limit);
    switch (full.outcome) {
    case Outcome::Incomplete:
        break;
    case Outcome::Error:
        require(full.errorStatus == 400 || full.errorStatus == 431 || full.errorStatus == 501
                || full.errorStatus == 505);
        require(!full.errorReason.isEmpty());
        return;
    case Outcome::Complete:
        require(full.headBytes > 0 && full.headBytes <= input.size());
        require(full.headBytes <= limit + 4);      // stray CRLFs before the head are not counted
        require(!full.request.method.isEmpty() && !full.request.target.isEmpty());
        require(full.request.contentLength >= 0);
        checkRoute(full.request.target);
        break;
    }
    // Prefixes: what a connection sees when the head arrives in pieces.
    for (size_t i = 0; i < splitCount; ++i) {
        const qsizetype cut = input.isEmpty() ? 0 : qsizetype(splits[i]) * input.size() / 255;
        const RequestHeadParse part = parseRequestHead(input.first(cut), limit);
        if (full.outcome == Outcome::Incomplete || cut < full.headBytes) {
            require(part.outcome == Outcome::Incomplete);
        } else {
            require(part.outcome == Outcome::Complete && part.headBytes == full.headBytes);
            require(sameRequest(part.request, full.request));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    // The first 4 bytes choose where the prefixes are cut; the rest is the wire.
    const QByteArrayView input(reinterpret_cast<const char *>(data + 4), qsizetype(size - 4));
    checkParse(input, 16384, data, 4);
    checkParse(input, 64, data, 2);
    checkRoute(input);

    // The connection's loop: parse a head, drop its body, go on with the rest.
    QByteArray buffer = input.toByteArray();
    for (int requests = 0; requests < 100 && !buffer.isEmpty(); ++requests) {
        const RequestHeadParse parse = parseRequestHead(buffer, 16384);
        if (parse.outcome != Outcome::Complete)
            break;
        require(parse.headBytes > 0);
        buffer.remove(0, parse.headBytes);
        buffer.remove(0, qsizetype(std::min<qint64>(parse.request.contentLength, buffer.size())));
    }
    return 0;
}
