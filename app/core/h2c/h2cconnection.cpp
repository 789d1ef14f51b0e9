#include "h2cconnection.h"

#include "h2creply.h"
#include "httpwire/nghttp2fields.h"

#include <vector>

namespace flaglab {

namespace {

// Windows wide enough that flow control never holds a flag back.
constexpr int32_t kWindowBytes = 16 * 1024 * 1024;
constexpr int kMaxReadBytes = 256 * 1024;

QString streamErrorText(uint32_t code)
{
    if (code == NGHTTP2_REFUSED_STREAM)
        return QStringLiteral("the server refused a stream (RST_STREAM REFUSED_STREAM)");
    return QStringLiteral("the server reset the stream: %1").arg(QString::fromLatin1(nghttp2_http2_strerror(code)));
}

} // namespace

struct H2cConnection::Callbacks {
    static H2cConnection *self(void *user) { return static_cast<H2cConnection *>(user); }

    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                        const uint8_t *value, size_t valueLength, uint8_t, void *user)
    {
        if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_RESPONSE)
            return 0;   // trailers and 1xx answers say nothing the engine uses
        H2cConnection *connection = self(user);
        H2cReply *reply = connection->replyOf(frame->hd.stream_id);
        if (!reply || reply->addHeader(nghttp2Bytes(name, nameLength), nghttp2Bytes(value, valueLength)))
            return 0;
        connection->m_streams.remove(frame->hd.stream_id);
        reply->fail(QNetworkReply::ProtocolFailure,
                    QStringLiteral("answer headers over the limits (%1 fields, %2 kB a field)")
                        .arg(H2cReply::kMaxHeaderFields).arg(H2cReply::kMaxHeaderBytes / 1024));
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;   // nghttp2 resets the stream
    }

    static int onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        H2cConnection *connection = self(user);
        if (frame->hd.type == NGHTTP2_GOAWAY) {
            connection->m_goingAway = true;
        } else if (frame->hd.type == NGHTTP2_SETTINGS && !(frame->hd.flags & NGHTTP2_FLAG_ACK)) {
            connection->onServerSettings();
        } else if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_RESPONSE) {
            if (H2cReply *reply = connection->replyOf(frame->hd.stream_id))
                reply->noteHeadersDone();
        }
        return 0;
    }

    static int onFrameSent(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        if (frame->hd.type == NGHTTP2_GOAWAY) {   // ours: the server broke the protocol
            // nghttp2 puts its reason ("DATA: stream_id == 0") in the GOAWAY's debug data.
            const QString code = QString::fromLatin1(nghttp2_http2_strerror(frame->goaway.error_code));
            const QByteArray reason = nghttp2Bytes(frame->goaway.opaque_data, frame->goaway.opaque_data_len);
            self(user)->m_goingAway = true;
            self(user)->m_brokenBy = reason.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(QString::fromLatin1(reason), code);
        }
        if (frame->hd.type == NGHTTP2_HEADERS)
            if (H2cReply *reply = self(user)->replyOf(frame->hd.stream_id))
                reply->noteSent();
        return 0;
    }

    static int onData(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length, void *user)
    {
        if (H2cReply *reply = self(user)->replyOf(streamId))
            reply->addBody(QByteArrayView(data, qsizetype(length)));   // nghttp2's buffer, not a copy
        return 0;
    }

    static int onStreamClosed(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *user)
    {
        H2cConnection *connection = self(user);
        const QPointer<H2cReply> reply = connection->m_streams.take(streamId);
        if (!reply)
            return 0;
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (!connection->m_brokenBy.isEmpty())
            reply->fail(QNetworkReply::ProtocolFailure, QStringLiteral("HTTP/2 protocol error: ") + connection->m_brokenBy);
        else if (errorCode == NGHTTP2_REFUSED_STREAM && !answered && reply->takeSecondChance())
            Q_EMIT connection->streamRefused(reply);
        else if (errorCode == NGHTTP2_NO_ERROR && answered)
            reply->succeed();
        else if (errorCode == NGHTTP2_NO_ERROR)
            reply->fail(QNetworkReply::ProtocolFailure, QStringLiteral("the stream ended without an answer"));
        else if (errorCode == NGHTTP2_REFUSED_STREAM && connection->m_goingAway)
            reply->fail(QNetworkReply::ProtocolUnknownError, QStringLiteral("the server sent GOAWAY before this stream"));
        else
            reply->fail(QNetworkReply::ProtocolFailure, streamErrorText(errorCode));
        connection->retireWhenIdle();
        return 0;
    }
};

H2cConnection::H2cConnection(const QString &host, quint16 port, QObject *parent)
    : QObject(parent), m_host(host), m_port(port)
{
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Callbacks::onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Callbacks::onFrameReceived);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &Callbacks::onFrameSent);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Callbacks::onData);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Callbacks::onStreamClosed);
    nghttp2_session_client_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);

    m_socket.setReadBufferSize(kMaxReadBytes);
    connect(&m_socket, &QTcpSocket::connected, this, &H2cConnection::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &H2cConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &H2cConnection::onSocketError);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        failAll(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
    });
    m_socket.connectToHost(m_host, m_port);
}

H2cConnection::~H2cConnection()
{
    m_socket.disconnect(this);
    m_socket.abort();
    nghttp2_session_del(m_session);
}

// Nothing is signalled from here: the caller of QNetworkAccessManager::get()
// connects to the reply after it returns. Its HEADERS go out on the next
// turn of the event loop, with every other request submitted meanwhile.
void H2cConnection::submit(H2cReply *reply)
{
    reply->attachTo(this);
    if (m_serverSettings) {
        open(reply);
        flushSoon();
        return;
    }
    m_waiting.append(reply);
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(reply, &H2cReply::noteConnecting, Qt::QueuedConnection);
}

void H2cConnection::flushSoon()
{
    if (std::exchange(m_flushPending, true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        m_flushPending = false;
        flush();
    }, Qt::QueuedConnection);
}

void H2cConnection::cancel(H2cReply *reply)
{
    m_waiting.removeOne(reply);
    for (auto it = m_streams.begin(); it != m_streams.end(); ++it) {
        if (it.value() == reply) {
            nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, it.key(), NGHTTP2_CANCEL);
            m_streams.erase(it);
            flushSoon();    // a cancelled run's RST_STREAMs go out together
            return;
        }
    }
}

void H2cConnection::onConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, uint32_t(kWindowBytes)},
    };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
    nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, kWindowBytes);
    flush();
}

// Requests wait for the server's first SETTINGS, one round trip: then
// nghttp2 knows its cap on streams and holds back what is over it, unsent,
// instead of sending streams the server must refuse.
void H2cConnection::onServerSettings()
{
    if (std::exchange(m_serverSettings, true))
        return;
    const QList<QPointer<H2cReply>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<H2cReply> &reply : waiting) {
        if (reply)
            open(reply);
    }
    flushSoon();    // not from within nghttp2_session_mem_recv
}

void H2cConnection::open(H2cReply *reply)
{
    const QUrl url = reply->url();
    const QByteArray method = reply->operation() == QNetworkAccessManager::HeadOperation ? "HEAD" : "GET";
    const QByteArray scheme = "http";
    const QByteArray authority = url.authority(QUrl::FullyEncoded).toLatin1();
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QNetworkRequest request = reply->request();
    QList<QByteArray> names, values;
    for (const QByteArray &name : request.rawHeaderList()) {
        names.append(name.toLower());
        values.append(request.rawHeader(name));
    }
    static const QByteArray kMethod = ":method", kScheme = ":scheme", kAuthority = ":authority", kPath = ":path";
    std::vector<nghttp2_nv> fields{nghttp2Field(kMethod, method), nghttp2Field(kScheme, scheme),
                                   nghttp2Field(kAuthority, authority), nghttp2Field(kPath, path)};
    for (qsizetype i = 0; i < names.size(); ++i)
        fields.push_back(nghttp2Field(names.at(i), values.at(i)));
    const int32_t streamId = nghttp2_submit_request(m_session, nullptr, fields.data(), fields.size(), nullptr, nullptr);
    if (streamId < 0) {
        reply->fail(QNetworkReply::ProtocolFailure,
                    QStringLiteral("HTTP/2: cannot open a stream: %1").arg(QString::fromLatin1(nghttp2_strerror(streamId))));
        return;
    }
    m_streams.insert(streamId, reply);
}

void H2cConnection::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    m_receiving = true;
    const ssize_t used = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(data.constData()),
                                                  size_t(data.size()));
    m_receiving = false;
    if (used < 0) {
        failOnLibraryError(int(used));
        return;
    }
    flush();
}

void H2cConnection::flush()
{
    if (m_dead || m_receiving || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t size = nghttp2_session_mem_send(m_session, &data);
        if (size < 0) {
            failOnLibraryError(int(size));
            return;
        }
        if (size == 0)
            break;
        m_socket.write(reinterpret_cast<const char *>(data), size);
    }
    if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session)) {
        m_goingAway = true;
        retireWhenIdle();
    }
}

void H2cConnection::onSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        failAll(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        break;
    case QAbstractSocket::HostNotFoundError:
        failAll(QNetworkReply::HostNotFoundError, QStringLiteral("Host %1 not found").arg(m_host));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        failAll(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
        break;
    case QAbstractSocket::SocketTimeoutError:
        failAll(QNetworkReply::TimeoutError, m_socket.errorString());
        break;
    default:
        failAll(QNetworkReply::UnknownNetworkError, m_socket.errorString());
        break;
    }
}

void H2cConnection::failAll(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_dead)
        return;
    m_dead = true;
    QList<QPointer<H2cReply>> replies = std::exchange(m_waiting, {});
    replies += m_streams.values();
    m_streams.clear();
    m_socket.abort();
    for (const QPointer<H2cReply> &reply : replies) {
        if (reply)
            reply->fail(error, text);
    }
    retireWhenIdle();
}

void H2cConnection::failOnLibraryError(int code)
{
    failAll(QNetworkReply::ProtocolFailure,
            QStringLiteral("HTTP/2 protocol error: %1").arg(QString::fromLatin1(nghttp2_strerror(code))));
}

void H2cConnection::retireWhenIdle()
{
    if (!isUsable() && m_streams.isEmpty() && m_waiting.isEmpty())
        deleteLater();
}

H2cReply *H2cConnection::replyOf(int streamId) const
{
    return m_streams.value(streamId);
}

} // namespace flaglab
