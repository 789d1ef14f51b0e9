// libFuzzer: the built-in server's HTTP/2 side, minus the socket. A valid
// client preface, then the input's bytes, go into Http2Session (nghttp2's
// server session) in reads of a size the input's first byte chooses, the way
// Http2Connection feeds it; every request is answered, some from inside the
// callback that reports it, some paced, HEAD without a body. Invariants:
// - the server's first bytes are a SETTINGS frame;
// - a stream is reported at most once and ends at most once, and only after
//   it was reported; a complete stream had an answer;
// - once receive() fails, the session stays failed and finished;
// - nothing crashes, leaks or trips ASan/UBSan, whatever the frames.

#include "httpwire/http2session.h"
#include "server/requestroute.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace flaglab;

namespace {

const QByteArray kPreface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
constexpr quint8 kSettingsFrame = 0x4;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

HttpResponse answerFor(const HttpRequest &request, qint32 streamId)
{
    const RequestRoute route = routeForTarget(request.target);
    HttpResponse response = route.kind == RequestRoute::Kind::Flag ? HttpResponse::text(200, QByteArray(3000, 'g'))
                                                                   : HttpResponse::statusPage(404);
    if (streamId % 8 == 7)
        response.bytesPerSecond = 1'000'000;
    return response;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype readSize = qsizetype(data[0]) + 1;
    const QByteArray input = kPreface + QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QSet<qint32> open;
    QSet<qint32> ended;
    QList<std::pair<qint32, HttpRequest>> unanswered;
    Http2Session *session = nullptr;
    ConnectionLimits limits;
    limits.maxRequestBytes = 1024;
    limits.maxConcurrentStreams = 8;

    Http2Session::Callbacks callbacks;
    callbacks.requestReceived = [&](qint32 streamId, HttpRequest request) {
        require(streamId > 0 && !open.contains(streamId) && !ended.contains(streamId));
        open.insert(streamId);
        if (streamId % 4 == 1)
            session->respond(streamId, answerFor(request, streamId), request.isHead());
        else
            unanswered.append({streamId, std::move(request)});
    };
    callbacks.streamClosed = [&](const Http2Session::StreamEnd &end) {
        require(open.remove(end.streamId));
        ended.insert(end.streamId);
        require(!end.complete || end.status != 0);
        require(end.bytesSent >= 0);
    };
    callbacks.requestRejected = [](int status, const QByteArray &reason) {
        require((status == 400 || status == 431) && !reason.isEmpty());
    };
    Http2Session http2(limits, callbacks);
    session = &http2;

    QByteArray output;
    bool failed = false;
    for (qsizetype at = 0; at < input.size(); at += readSize) {
        const bool received = http2.receive(QByteArrayView(input).sliced(at, qMin(readSize, input.size() - at)));
        require(!failed || !received);
        failed = !received;
        if (failed)
            require(http2.isFinished());
        for (const auto &[streamId, request] : std::exchange(unanswered, {}))
            http2.respond(streamId, answerFor(request, streamId), request.isHead());
        http2.advancePacing();
        for (QByteArray chunk; !(chunk = http2.takeOutput(16384)).isEmpty();)
            output += chunk;
        if (http2.isFinished())
            break;
    }
    if (!output.isEmpty())
        require(output.size() >= 9 && quint8(output[3]) == kSettingsFrame);
    http2.terminate();
    http2.takeOutput(1 << 20);
    return 0;
}
