#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace flaglab {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed request head. Header names are stored lower-case.
struct HttpRequest {
    QByteArray method;
    QByteArray target;              // as sent: origin-form "/path?query" or absolute-form
    int minorVersion = 1;           // HTTP/1.<minorVersion>
    HttpHeaders headers;
    qint64 contentLength = 0;       // body bytes that follow the head (discarded)
    bool keepAlive = true;          // after Connection header and version rules

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool isHead() const { return method == "HEAD"; }
};

// How an answer's body ends. Anything but Complete is a fault put in on
// purpose (flaglab-server --faults): only the first half of the body goes
// out, while Content-Length still promises all of it, and then
// - Reset: HTTP/1.1 resets the connection (RST); HTTP/2 resets the stream (RST_STREAM);
// - Close: HTTP/1.1 closes the connection (FIN); HTTP/2 ends the stream (END_STREAM);
// - Stall: nothing more is sent, and the connection or stream stays open.
enum class BodyEnd { Complete, Reset, Close, Stall };

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;                // for HEAD too: Content-Length is the GET's, the body is not sent
    HttpHeaders extraHeaders;       // e.g. Allow
    qint64 bytesPerSecond = 0;      // pace the body at this rate; 0 = as fast as possible
    BodyEnd bodyEnd = BodyEnd::Complete;

    // How much of the body goes out before bodyEnd strikes: all of it when Complete.
    qsizetype bodyBytesToSend() const { return bodyEnd == BodyEnd::Complete ? body.size() : body.size() / 2; }

    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse statusPage(int status);   // "404 Not Found\n"
};

QByteArray reasonPhrase(int status);

// The header fields of every answer, whatever the protocol: Server, Date,
// Content-Type and Content-Length, then the response's extra headers.
HttpHeaders responseHeaderFields(const HttpResponse &response);

// HTTP/1.1's status line and headers: responseHeaderFields() and
// Connection, ending with the blank line.
QByteArray serializeResponseHead(const HttpResponse &response, bool keepAlive);

} // namespace flaglab
