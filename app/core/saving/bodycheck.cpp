#include "bodycheck.h"

#include <QtEndian>

namespace flaglab {

namespace {

struct Dimensions {
    quint32 width = 0;
    quint32 height = 0;
    bool known = false;
};

Dimensions gifDimensions(const QByteArray &body)
{
    if (body.size() < 10)
        return {};
    const auto *data = reinterpret_cast<const uchar *>(body.constData());
    return {qFromLittleEndian<quint16>(data + 6), qFromLittleEndian<quint16>(data + 8), true};
}

Dimensions pngDimensions(const QByteArray &body)
{
    if (body.size() < 24)
        return {};
    const auto *data = reinterpret_cast<const uchar *>(body.constData());
    return {qFromBigEndian<quint32>(data + 16), qFromBigEndian<quint32>(data + 20), true};
}

QString describeNonImage(const QByteArray &body, const QString &contentType)
{
    const QString type = contentType.isEmpty() ? QStringLiteral("no Content-Type") : contentType;
    if (body.isEmpty())
        return QStringLiteral("empty body (%1), not an image").arg(type);
    return QStringLiteral("body is not an image (%1)").arg(type);
}

} // namespace

QString checkImageBody(const QByteArray &body, const QString &contentType)
{
    Dimensions size;
    if (body.startsWith("GIF87a") || body.startsWith("GIF89a"))
        size = gifDimensions(body);
    else if (body.startsWith("\x89PNG\r\n\x1a\n"))
        size = pngDimensions(body);
    else if (body.startsWith("\xff\xd8\xff"))
        size.known = false;   // JPEG: no cheap header size; Qt's reader limits apply later
    else
        return describeNonImage(body, contentType);

    if (size.known && (size.width == 0 || size.height == 0))
        return QStringLiteral("image declares an empty size %1x%2").arg(size.width).arg(size.height);
    if (size.known && (size.width > kMaxImageSide || size.height > kMaxImageSide))
        return QStringLiteral("image declares %1x%2 pixels, over the %3x%3 limit")
            .arg(size.width).arg(size.height).arg(kMaxImageSide);
    return {};
}

QString checkImageComplete(const QByteArray &body)
{
    if (body.startsWith("GIF8") && !body.endsWith('\x3b'))
        return QStringLiteral("GIF is truncated: no trailer at the end");
    if (body.startsWith("\x89PNG") && !body.endsWith(QByteArrayView("IEND\xae\x42\x60\x82", 8)))
        return QStringLiteral("PNG is truncated: no IEND chunk at the end");
    if (body.startsWith("\xff\xd8\xff") && !body.endsWith("\xff\xd9"))
        return QStringLiteral("JPEG is truncated: no end-of-image marker");
    return {};
}

QString checkDownloadedImage(const QByteArray &body, const QString &contentType)
{
    const QString problem = checkImageBody(body, contentType);
    return problem.isEmpty() ? checkImageComplete(body) : problem;
}

} // namespace flaglab
