#pragma once

#include "server/bodypacer.h"
#include "server/connectionlimits.h"
#include "httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <functional>

struct nghttp2_session;

namespace flaglab {

// The server side of one HTTP/2 connection, without the socket: nghttp2 does
// the framing, HPACK, flow control and the protocol's error handling; bytes
// from the client go in through receive(), and the frames to send come out of
// takeOutput(). A request is reported once its stream is half-closed by the
// client (request bodies are read and dropped); its answer goes out with
// respond(), at the body's pace if it has one.
//
// The callbacks may be called from inside receive() and takeOutput();
// respond() may be called from inside requestReceived.
//
// A faulty answer (HttpResponse::bodyEnd) sends half its body, then: Reset
// resets the stream (RST_STREAM INTERNAL_ERROR); Close ends it (END_STREAM)
// short of its content-length; Stall sends nothing more, and the stream
// stays open until the client resets it or leaves.
class Http2Session {
public:
    struct StreamEnd {
        qint32 streamId = 0;
        bool complete = false;      // the whole answer was sent, and the stream closed cleanly
        int status = 0;             // the answer's status, if one was started
        qint64 bytesSent = 0;       // HEADERS and DATA frames of the answer, frame headers included
    };
    struct Callbacks {
        std::function<void(qint32 streamId, HttpRequest request)> requestReceived;
        // Only for streams whose request was reported.
        std::function<void(const StreamEnd &end)> streamClosed;
        // A request refused before it became an exchange (431), or the whole
        // connection failed (status 400: the GOAWAY we sent, or a bad preface).
        std::function<void(int status, const QByteArray &reason)> requestRejected;
        // A faulty answer's BodyEnd has happened (optional).
        std::function<void(qint32 streamId)> bodyEndStruck;
    };

    Http2Session(ConnectionLimits limits, Callbacks callbacks);
    ~Http2Session();
    Http2Session(const Http2Session &) = delete;
    Http2Session &operator=(const Http2Session &) = delete;

    // Feeds bytes from the client, starting with the connection preface.
    // False on an error that ends the connection at once (no preface, a
    // flood); for a protocol error, nghttp2 queues a GOAWAY instead, and
    // isFinished() turns true once it is sent.
    bool receive(QByteArrayView bytes);
    // Frames ready to go, about maxBytes at most (one frame may go past it).
    QByteArray takeOutput(qsizetype maxBytes);
    // Nothing more to read or send: close the connection once the output is written.
    bool isFinished() const;

    // Starts the answer on a stream reported by requestReceived. False if
    // the stream is gone (reset by the client).
    bool respond(qint32 streamId, const HttpResponse &response, bool headersOnly);
    // Releases what each paced body may send by now; false once no paced
    // body is left waiting.
    bool advancePacing();
    // For an idle connection: queues GOAWAY (NO_ERROR), after which the
    // session is finished.
    void terminate();

    qint64 bytesSent(qint32 streamId) const;

private:
    struct Stream {
        HttpRequest request;
        qsizetype headerBytes = 0;      // as SETTINGS_MAX_HEADER_LIST_SIZE counts them
        bool reported = false;          // requestReceived was called
        int status = 0;                 // set once answered
        QByteArray body;
        qsizetype bodyToSend = 0;       // all of body, or the part before bodyEnd strikes
        BodyEnd bodyEnd = BodyEnd::Complete;
        bool stalled = false;           // BodyEnd::Stall struck: never resumed
        qsizetype bodyOffset = 0;
        BodyPacer pacer;
        bool deferred = false;          // waiting for the pacer
        bool endSent = false;           // END_STREAM went out
        qint64 bytesSent = 0;
    };
    struct Glue;                        // nghttp2's C callbacks
    friend struct Glue;

    void finishRequest(qint32 streamId, Stream &stream);

    ConnectionLimits m_limits;
    Callbacks m_callbacks;
    nghttp2_session *m_session = nullptr;
    QHash<qint32, Stream> m_streams;
    bool m_failed = false;
};

} // namespace flaglab
