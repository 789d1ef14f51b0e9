#include "http2session.h"

#include "nghttp2fields.h"

#include <cstring>
#include <vector>

namespace flaglab {

namespace {

// Each header field counts its name, its value and 32 bytes, as
// SETTINGS_MAX_HEADER_LIST_SIZE does (RFC 9113, section 6.5.2).
constexpr qsizetype kHeaderFieldOverhead = 32;
constexpr qint64 kFrameHeaderBytes = 9;

} // namespace

struct Http2Session::Glue {
    static Http2Session *self(void *userData) { return static_cast<Http2Session *>(userData); }

    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
            self(userData)->m_streams.insert(frame->hd.stream_id, Stream());
        return 0;
    }

    static int header(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                      const uint8_t *value, size_t valueLength, uint8_t, void *userData)
    {
        Http2Session *session = self(userData);
        const auto it = session->m_streams.find(frame->hd.stream_id);
        if (it == session->m_streams.end())
            return 0;
        Stream &stream = *it;
        stream.headerBytes += qsizetype(nameLength + valueLength) + kHeaderFieldOverhead;
        if (stream.headerBytes > session->m_limits.maxRequestBytes)
            return 0;       // answered 431 once the request is complete
        const QByteArray fieldName = nghttp2Bytes(name, nameLength);
        const QByteArray fieldValue = nghttp2Bytes(value, valueLength);
        HttpRequest &request = stream.request;
        if (fieldName == ":method")
            request.method = fieldValue;
        else if (fieldName == ":path")
            request.target = fieldValue;
        else if (fieldName == ":authority")
            request.headers.append({"host", fieldValue});
        else if (!fieldName.startsWith(':'))
            request.headers.append({fieldName, fieldValue});
        if (fieldName == "content-length")
            request.contentLength = fieldValue.toLongLong();
        return 0;
    }

    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        const bool requestEnds = (frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)
            && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM);
        if (!requestEnds)
            return 0;
        Http2Session *session = self(userData);
        const auto it = session->m_streams.find(frame->hd.stream_id);
        if (it != session->m_streams.end() && !it->reported)
            session->finishRequest(frame->hd.stream_id, *it);
        return 0;
    }

    static int frameSent(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        Http2Session *session = self(userData);
        if (frame->hd.type == NGHTTP2_GOAWAY && frame->goaway.error_code != NGHTTP2_NO_ERROR) {
            QByteArray reason = QByteArray("HTTP/2 connection error: ") + nghttp2_http2_strerror(frame->goaway.error_code);
            if (frame->goaway.opaque_data_len > 0)
                reason += " (" + nghttp2Bytes(frame->goaway.opaque_data, frame->goaway.opaque_data_len) + ')';
            session->m_callbacks.requestRejected(400, reason);
            return 0;
        }
        const auto it = session->m_streams.find(frame->hd.stream_id);
        if (frame->hd.stream_id == 0 || it == session->m_streams.end())
            return 0;
        if (frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)
            it->bytesSent += kFrameHeaderBytes + qint64(frame->hd.length);
        if (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)
            it->endSent = true;
        return 0;
    }

    static int streamClosed(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *userData)
    {
        Http2Session *session = self(userData);
        const Stream stream = session->m_streams.take(streamId);
        if (!stream.reported)
            return 0;
        StreamEnd end;
        end.streamId = streamId;
        end.complete = errorCode == NGHTTP2_NO_ERROR && stream.endSent;
        end.status = stream.status;
        end.bytesSent = stream.bytesSent;
        session->m_callbacks.streamClosed(end);
        return 0;
    }

    // Called for the next chunk once a faulty answer's first part is out.
    static ssize_t strikeBodyEnd(Http2Session *session, int32_t streamId, Stream &stream, uint32_t *dataFlags)
    {
        if (stream.stalled)
            return NGHTTP2_ERR_DEFERRED;
        if (session->m_callbacks.bodyEndStruck)
            session->m_callbacks.bodyEndStruck(streamId);
        switch (stream.bodyEnd) {
        case BodyEnd::Complete:
        case BodyEnd::Close:
            *dataFlags |= NGHTTP2_DATA_FLAG_EOF;   // an empty DATA frame with END_STREAM
            stream.body.clear();
            return 0;
        case BodyEnd::Reset:
            stream.body.clear();
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;   // nghttp2 sends RST_STREAM(INTERNAL_ERROR)
        case BodyEnd::Stall:
            stream.stalled = true;
            return NGHTTP2_ERR_DEFERRED;
        }
        return NGHTTP2_ERR_DEFERRED;
    }

    static ssize_t readBody(nghttp2_session *, int32_t streamId, uint8_t *buffer, size_t length,
                            uint32_t *dataFlags, nghttp2_data_source *, void *userData)
    {
        Http2Session *session = self(userData);
        const auto it = session->m_streams.find(streamId);
        if (it == session->m_streams.end())
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
        Stream &stream = *it;
        if (stream.bodyOffset == stream.bodyToSend && stream.bodyToSend < stream.body.size())
            return strikeBodyEnd(session, streamId, stream, dataFlags);
        const qsizetype allowed = stream.pacer.allowedBytes(stream.bodyToSend) - stream.bodyOffset;
        const qsizetype chunk = qMin(qsizetype(length), allowed);
        if (chunk <= 0) {
            stream.deferred = true;
            return NGHTTP2_ERR_DEFERRED;
        }
        std::memcpy(buffer, stream.body.constData() + stream.bodyOffset, size_t(chunk));
        stream.bodyOffset += chunk;
        if (stream.bodyOffset == stream.body.size()) {
            *dataFlags |= NGHTTP2_DATA_FLAG_EOF;
            stream.body.clear();
            stream.bodyOffset = 0;
        }
        return chunk;
    }
};

Http2Session::Http2Session(ConnectionLimits limits, Callbacks callbacks)
    : m_limits(limits), m_callbacks(std::move(callbacks))
{
    nghttp2_session_callbacks *glue = nullptr;
    if (nghttp2_session_callbacks_new(&glue) != 0) {
        m_failed = true;
        return;
    }
    nghttp2_session_callbacks_set_on_begin_headers_callback(glue, &Glue::beginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(glue, &Glue::header);
    nghttp2_session_callbacks_set_on_frame_recv_callback(glue, &Glue::frameReceived);
    nghttp2_session_callbacks_set_on_frame_send_callback(glue, &Glue::frameSent);
    nghttp2_session_callbacks_set_on_stream_close_callback(glue, &Glue::streamClosed);
    const int created = nghttp2_session_server_new(&m_session, glue, this);
    nghttp2_session_callbacks_del(glue);
    if (created != 0) {
        m_session = nullptr;
        m_failed = true;
        return;
    }
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, uint32_t(qMax(1, m_limits.maxConcurrentStreams))},
        {NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, uint32_t(m_limits.maxRequestBytes)},
    };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
}

Http2Session::~Http2Session()
{
    nghttp2_session_del(m_session);
}

bool Http2Session::receive(QByteArrayView input)
{
    if (m_failed)
        return false;
    const ssize_t read = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(input.data()),
                                                  size_t(input.size()));
    if (read < 0) {
        m_failed = true;
        m_callbacks.requestRejected(400, QByteArray("HTTP/2 connection dropped: ") + nghttp2_strerror(int(read)));
        return false;
    }
    return true;
}

QByteArray Http2Session::takeOutput(qsizetype maxBytes)
{
    QByteArray output;
    while (!m_failed && output.size() < maxBytes) {
        const uint8_t *data = nullptr;
        const ssize_t length = nghttp2_session_mem_send(m_session, &data);
        if (length < 0)
            m_failed = true;
        if (length <= 0)
            break;
        output.append(reinterpret_cast<const char *>(data), qsizetype(length));
    }
    return output;
}

bool Http2Session::isFinished() const
{
    return m_failed || (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session));
}

void Http2Session::finishRequest(qint32 streamId, Stream &stream)
{
    if (stream.headerBytes > m_limits.maxRequestBytes) {
        m_callbacks.requestRejected(431, "request header fields too large");
        respond(streamId, HttpResponse::statusPage(431), false);
        return;
    }
    stream.reported = true;
    m_callbacks.requestReceived(streamId, stream.request);
}

bool Http2Session::respond(qint32 streamId, const HttpResponse &response, bool headersOnly)
{
    const auto it = m_streams.find(streamId);
    if (m_failed || it == m_streams.end() || it->status != 0)
        return false;
    Stream &stream = *it;
    stream.status = response.status;

    HttpHeaders fields = responseHeaderFields(response);
    const QByteArray statusName = QByteArrayLiteral(":status");
    const QByteArray status = QByteArray::number(response.status);
    std::vector<nghttp2_nv> headers{nghttp2Field(statusName, status)};
    for (auto &[name, value] : fields) {
        name = name.toLower();
        headers.push_back(nghttp2Field(name, value));
    }
    nghttp2_data_provider body{};
    body.read_callback = &Glue::readBody;
    const bool withBody = !headersOnly && !response.body.isEmpty();
    if (withBody) {
        stream.body = response.body;
        stream.bodyToSend = response.bodyBytesToSend();
        stream.bodyEnd = response.bodyEnd;
        stream.pacer.start(response.bytesPerSecond);
    }
    return nghttp2_submit_response(m_session, streamId, headers.data(), headers.size(), withBody ? &body : nullptr) == 0;
}

bool Http2Session::advancePacing()
{
    bool waiting = false;
    for (auto it = m_streams.begin(); it != m_streams.end(); ++it) {
        Stream &stream = *it;
        if (!stream.pacer.isPaced() || stream.body.isEmpty() || stream.stalled)
            continue;
        waiting = true;
        if (stream.deferred && stream.pacer.allowedBytes(stream.bodyToSend) > stream.bodyOffset) {
            stream.deferred = false;
            nghttp2_session_resume_data(m_session, it.key());
        }
    }
    return waiting;
}

void Http2Session::terminate()
{
    if (!m_failed)
        nghttp2_session_terminate_session(m_session, NGHTTP2_NO_ERROR);
}

qint64 Http2Session::bytesSent(qint32 streamId) const
{
    return m_streams.value(streamId).bytesSent;
}

} // namespace flaglab
