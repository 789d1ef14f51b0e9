#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>

#include <algorithm>

namespace flaglab {

// Everything a download run needs to know: the engine's whole input, every
// knob resolved (the codes expanded, the concurrency the one to use, the
// limits and time budgets set). Validated by DownloadEngine::start. Nobody
// types it in: flaglab-cli builds it from Flags2Options and RunOptions, the
// window from a RunRequest (MainWindow::configFor), a sweep from either at
// each level. It does not remember how it was asked for (a range of codes,
// max_req): that is the RunRequest's, which names the run.
struct RunConfig {
    enum class Naming { ByCode, ByCountry };

    QUrl baseUrl;                       // e.g. http://localhost:8000/flags
    QString serverLabel;                // LOCAL, DELAY, ... for reports
    QStringList codes;                  // upper case, as requested
    int concurrency = 5;                // requests in flight at once, 1..1000
    int timeoutMs = 3100;               // idle time-out of each request (as httpx's read time-out)
    // The whole answer's deadline, per HTTP exchange (each redirect hop and
    // metadata.json have their own): a server that trickles a byte now and
    // then never trips the idle time-out. Never shorter than timeoutMs; 0: none.
    int totalTimeoutMs = 30000;
    int answerDeadlineMs() const { return totalTimeoutMs > 0 ? std::max(totalTimeoutMs, timeoutMs) : 0; }
    QString destination = QStringLiteral("downloaded");
    bool saveFiles = true;
    // Each flag is written under a temporary name and renamed into place, so
    // it is complete or absent. syncFiles also flushes it to the disk before
    // the rename (fdatasync), so that holds after a power cut too; curl and
    // wget do not, and neither does FlagLab by default (docs/http2.md).
    bool syncFiles = false;
    Naming naming = Naming::ByCode;     // ByCountry fetches metadata.json, as flags3_asyncio
    bool singleManager = false;         // one QNetworkAccessManager: Qt's hidden cap of 6
    // Requests handed to Qt but not yet on the wire, outside Qt's own queue:
    // connections being opened at once. A small server's listen queue (the
    // book's holds 5) drops a burst of SYNs, which TCP sends again only a
    // second later; the book's Python client opens its connections slowly
    // enough not to flood it (docs/book-servers.md measures it). 0: no limit.
    int maxConnecting = 12;
    // Event loop: one thread, many requests in flight (flags2_asyncio).
    // Threads: N threads, one blocking request each (flags2_threadpool).
    enum class Model { EventLoop, Threads };
    Model model = Model::EventLoop;
    QString modelName() const { return model == Model::Threads ? QStringLiteral("threads") : QStringLiteral("event-loop"); }
    // HTTP/1.1 (the default, as the book's httpx): one connection per request
    // in flight, also on https, where Qt would otherwise pick HTTP/2 by ALPN
    // without a word. HTTP/2: streams on few connections, with prior
    // knowledge on http:// (h2c) and by ALPN on https://.
    enum class Protocol { Http1, Http2 };
    Protocol protocol = Protocol::Http1;
    QString protocolName() const { return protocol == Protocol::Http2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1"); }
    // HTTP/2 over cleartext, carried by the engine's own client (h2c/):
    // the preface goes at once, nothing to fall back on.
    bool http2PriorKnowledge() const;
    // Streams a run puts on one HTTP/2 connection (one manager). 100 is what
    // RFC 9113 asks every server to allow at least, so that N streams handed
    // over are N on the wire and the engine's counts hold; a server that
    // allows fewer gets the rest held back, unsent (docs/http2.md).
    static constexpr int kStreamsPerConnection = 100;
    // Connections HTTP/2 will use for actualReq requests in flight; 0 for HTTP/1.1.
    int http2Connections(int actualReq) const;
    // A server of this process answers (the window's built-in ones): its
    // sockets count against the same open-file limit as the client's.
    bool serverInProcess = false;
    // About how many file descriptors the run holds at its peak: a socket per
    // connection, an event loop's wakeup per network thread (docs/performance.md
    // measured them). The process around it holds kOpenFilesOfTheProcess more.
    // Past the limit, a new thread's event loop cannot start, and GLib aborts
    // the program.
    int openFilesNeeded() const;
    static constexpr int kOpenFilesOfTheProcess = 64;   // standard streams, the X connection, listeners, the writers' files
    // Trusted for https besides the system's store (--cacert).
    QList<QSslCertificate> caCertificates;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    int maxRedirects = 5;

    // Retries are off by default, so that the book's counts still match.
    int retries = 0;                    // extra attempts after a failure worth retrying
    int retryBaseDelayMs = 500;         // back-off: base * 2^(attempt-1), with jitter
    int maxRetryAfterMs = 60000;        // a longer Retry-After is not waited for
    quint32 jitterSeed = 0;             // 0: seeded from the clock

    static constexpr int kMaxConcurrency = 1000;
    QUrl flagUrl(const QString &cc) const;       // {base}/{cc}/{cc}.gif, lower case
    QUrl metadataUrl(const QString &cc) const;   // {base}/{cc}/metadata.json
    QString validate() const;           // empty when usable, else what is wrong
};

} // namespace flaglab
