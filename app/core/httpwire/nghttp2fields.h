#pragma once

#include <QByteArray>

#include <nghttp2/nghttp2.h>

namespace flaglab {

// Between Qt's byte arrays and libnghttp2's, for both ends of an HTTP/2
// connection (the server's Http2Session, the engine's H2cConnection).

// A header field for nghttp2_submit_*: it points into name and value, which
// must outlive the call (nghttp2 copies them then).
inline nghttp2_nv nghttp2Field(const QByteArray &name, const QByteArray &value)
{
    return {reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
            reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()),
            size_t(value.size()), NGHTTP2_NV_FLAG_NONE};
}

inline QByteArray nghttp2Bytes(const uint8_t *data, size_t length)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
}

} // namespace flaglab
