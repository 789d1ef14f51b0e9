#include "httprequestparser.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace flaglab {

namespace {

RequestHeadParse failure(int status, const char *reason)
{
    RequestHeadParse result;
    result.outcome = RequestHeadParse::Outcome::Error;
    result.errorStatus = status;
    result.errorReason = reason;
    return result;
}

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII only: no spaces, controls or raw 8-bit bytes in a request target.
bool isValidTarget(QByteArrayView target)
{
    if (target.isEmpty())
        return false;
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

bool isValidFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedWhitespace(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool hasConnectionToken(const HttpHeaders &headers, QByteArrayView token)
{
    for (const auto &[name, value] : headers) {
        if (name != "connection")
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (trimmedWhitespace(part).compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// Finds the end of the next line (accepting a bare LF as RFC 9112 allows);
// returns the line without its terminator and moves pos past it.
std::optional<QByteArrayView> nextLine(QByteArrayView buffer, qsizetype &pos)
{
    const qsizetype lf = buffer.indexOf('\n', pos);
    if (lf < 0)
        return std::nullopt;
    QByteArrayView line = buffer.sliced(pos, lf - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = lf + 1;
    return line;
}

} // namespace

RequestHeadParse parseRequestHead(QByteArrayView buffer, qsizetype maxHeadBytes)
{
    qsizetype pos = 0;
    // A client may send a stray CRLF after a previous request's body.
    while (pos < buffer.size() && (buffer[pos] == '\r' || buffer[pos] == '\n') && pos < 4)
        ++pos;

    const qsizetype headStart = pos;
    std::optional<QByteArrayView> requestLine = nextLine(buffer, pos);
    HttpHeaders headers;
    bool complete = false;
    if (requestLine) {
        while (std::optional<QByteArrayView> line = nextLine(buffer, pos)) {
            if (pos - headStart > maxHeadBytes)
                break;
            if (line->isEmpty()) {
                complete = true;
                break;
            }
            if (line->front() == ' ' || line->front() == '\t')
                return failure(400, "obsolete header line folding");
            const qsizetype colon = line->indexOf(':');
            if (colon <= 0 || !isToken(line->first(colon)))
                return failure(400, "malformed header line");
            const QByteArrayView value = trimmedWhitespace(line->sliced(colon + 1));
            if (!isValidFieldValue(value))
                return failure(400, "control character in a header value");
            headers.append({line->first(colon).toByteArray().toLower(), value.toByteArray()});
        }
    }
    if ((complete ? pos : buffer.size()) - headStart > maxHeadBytes)
        return failure(431, "request head too large");
    if (!complete)
        return {};

    RequestHeadParse result;
    HttpRequest &request = result.request;

    const QList<QByteArray> parts = requestLine->toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !isValidTarget(parts[1]))
        return failure(400, "malformed request line");
    const QByteArray &version = parts[2];
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.'
        || !std::isdigit(static_cast<unsigned char>(version[5]))
        || !std::isdigit(static_cast<unsigned char>(version[7])))
        return failure(400, "malformed HTTP version");
    if (version[5] != '1')
        return failure(505, "unsupported HTTP version");

    request.method = parts[0];
    request.target = parts[1];
    request.minorVersion = version[7] - '0';
    request.headers = std::move(headers);

    int hostFields = 0;
    bool sawContentLength = false;
    for (const auto &[name, value] : request.headers) {
        if (name == "host") {
            ++hostFields;
        } else if (name == "transfer-encoding") {
            return failure(501, "Transfer-Encoding bodies are not supported");
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            const bool digitsOnly = !value.isEmpty() && value.size() <= 18
                && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!ok || !digitsOnly || (sawContentLength && length != request.contentLength))
                return failure(400, "invalid Content-Length");
            request.contentLength = length;
            sawContentLength = true;
        }
    }
    if (request.minorVersion >= 1 && hostFields != 1)
        return failure(400, "HTTP/1.1 request needs exactly one Host header");

    request.keepAlive = request.minorVersion >= 1
        ? !hasConnectionToken(request.headers, "close")
        : hasConnectionToken(request.headers, "keep-alive");

    result.outcome = RequestHeadParse::Outcome::Complete;
    result.headBytes = pos;
    return result;
}

} // namespace flaglab
