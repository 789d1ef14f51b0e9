#include "presets.h"

namespace flaglab {

QList<Preset> bookPresets()
{
    return {
        {QStringLiteral("sequential-vs-concurrent"),
         QStringLiteral("Sequential vs concurrent: POP20"),
         QStringLiteral("The same 20 flags one at a time, then 20 at once, from the slow server: any concurrency "
                        "is vastly faster than sequential."),
         {{QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-m"), QStringLiteral("1")},
          {QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-m"), QStringLiteral("20")}}},
        {QStringLiteral("example-20-1"),
         QStringLiteral("Example 20-1, a race: sequential, thread pool, event loop"),
         QStringLiteral("POP20 three ways at the same time, from a server that takes 0.35 s per flag (as the "
                        "book's CDN did): one at a time, with 20 threads, and with 20 requests on one event loop. "
                        "Sequential lags far behind; the other two tie."),
         {{QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-m"), QStringLiteral("1")},
          {QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-m"), QStringLiteral("20"),
           QStringLiteral("--threads")},
          {QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-m"), QStringLiteral("20")}},
         2021,
         350,
         true},
        {QStringLiteral("threads-vs-event-loop"),
         QStringLiteral("Threads vs event loop"),
         QStringLiteral("100 flags with 20 threads, then with one event loop and 20 requests in flight: for this "
                        "job they perform alike."),
         {{QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-al"), QStringLiteral("100"),
           QStringLiteral("-m"), QStringLiteral("20"), QStringLiteral("--threads")},
          {QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-al"), QStringLiteral("100"),
           QStringLiteral("-m"), QStringLiteral("20")}}},
        {QStringLiteral("hidden-cap"),
         QStringLiteral("Qt's hidden cap of 6"),
         QStringLiteral("100 requests asked of one QNetworkAccessManager run 6 at a time, and the ones Qt queues "
                        "time out while they wait; FlagLab's pool really runs 100."),
         {{QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-al"), QStringLiteral("100"),
           QStringLiteral("-m"), QStringLiteral("100"), QStringLiteral("--single-manager")},
          {QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-al"), QStringLiteral("100"),
           QStringLiteral("-m"), QStringLiteral("100")}}},
        {QStringLiteral("error-server"),
         QStringLiteral("The error server: -s ERROR -al 100 -m 100"),
         QStringLiteral("Example 21-5: about a quarter of the answers are 418 I'm a Teapot, and the slowest "
                        "time out."),
         {{QStringLiteral("-s"), QStringLiteral("ERROR"), QStringLiteral("-al"), QStringLiteral("100"),
           QStringLiteral("-m"), QStringLiteral("100")}}},
        {QStringLiteral("delay-b"),
         QStringLiteral("The slow server, sequential: -s DELAY b"),
         QStringLiteral("26 codes BA to BZ one at a time: 17 of them exist and 9 are not found; every answer "
                        "waits 0.5 to 5 s, the slowest time out, and the whole run takes about a minute."),
         {{QStringLiteral("-s"), QStringLiteral("DELAY"), QStringLiteral("-m"), QStringLiteral("1"),
           QStringLiteral("b")}}},
        {QStringLiteral("http1-vs-http2"),
         QStringLiteral("HTTP/1.1 vs HTTP/2"),
         QStringLiteral("Every code against LOCAL with 100 in flight, over HTTP/1.1 and then over HTTP/2: HTTP/1.1 "
                        "needs 100 connections, HTTP/2 carries the 100 requests as streams on one."),
         {{QStringLiteral("-s"), QStringLiteral("LOCAL"), QStringLiteral("-e"), QStringLiteral("-m"),
           QStringLiteral("100"), QStringLiteral("--http1")},
          {QStringLiteral("-s"), QStringLiteral("LOCAL"), QStringLiteral("-e"), QStringLiteral("-m"),
           QStringLiteral("100"), QStringLiteral("--http2")}}},
        {QStringLiteral("every-local"),
         QStringLiteral("Every code against LOCAL: -e"),
         QStringLiteral("676 requests, 194 flags and 482 not found, in well under a second with 100 in flight."),
         {{QStringLiteral("-s"), QStringLiteral("LOCAL"), QStringLiteral("-e"), QStringLiteral("-m"),
           QStringLiteral("100")}}},
        {QStringLiteral("faults"),
         QStringLiteral("Faults: broken answers"),
         QStringLiteral("LOCAL breaks 30% of its flags on purpose. Each red tile says what the client saw: "
                        "\"truncated\", the flag cut off halfway (a reset or a truncate: Qt reports both alike); "
                        "\"time-out\", half a flag, then silence until the 3.1 s time-out; \"bad body\", a web "
                        "page sent as the GIF. One error each, and no file saved from it."),
         {{QStringLiteral("-s"), QStringLiteral("LOCAL"), QStringLiteral("-al"), QStringLiteral("100"),
           QStringLiteral("-m"), QStringLiteral("20")}},
         2021,
         0,
         false,
         allAnswerFaults(),
         0.3},
    };
}

std::optional<Preset> presetById(const QString &id)
{
    for (const Preset &preset : bookPresets()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

} // namespace flaglab
