#include "flaggrid/thumbnaildecoder.h"

#include "system/threadpriority.h"

#include <QBuffer>
#include <QImageReader>
#include <algorithm>
#include <utility>

namespace flaglab {

ThumbnailDecoder::ThumbnailDecoder(QObject *parent)
    : QObject(parent)
{
    // Decoding one GIF takes about a millisecond, and a burst brings hundreds.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("FlagLab thumbnail decoder"));
    // A 1x1 GIF: the smallest picture that takes the flags' way through QImageReader.
    static const QByteArray tinyGif = QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=");
    for (int i = 0; i < m_pool.maxThreadCount(); ++i)
        m_pool.start([] {
            prepareThisThread();
            decodeNow(tinyGif, QSize(1, 1), 1.0);
        });
}

ThumbnailDecoder::~ThumbnailDecoder()
{
    // The workers post to this object: no worker may outlive it.
    m_pool.clear();
    m_pool.waitForDone();
}

// The pool's threads are Qt's to start: each sets its priority on its first task.
void ThumbnailDecoder::prepareThisThread()
{
    static thread_local const bool prepared = [] {
        setCurrentThreadNiceness(niceness::kDecoding);
        return true;
    }();
    Q_UNUSED(prepared);
}

void ThumbnailDecoder::waitForDone()
{
    m_pool.waitForDone();
}

QImage ThumbnailDecoder::decodeNow(const QByteArray &bytes, const QSize &maxSize, qreal devicePixelRatio)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (maxSize.isValid() && (image.width() > maxSize.width() || image.height() > maxSize.height()))
        image = image.scaled(maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Formats the raster engine blits without converting; opaque ones are plain copies.
    image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                          : QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

void ThumbnailDecoder::decode(quint64 ticket, const QByteArray &bytes, const QSize &maxSize, qreal devicePixelRatio)
{
    Key key{bytes, maxSize, devicePixelRatio};
    if (const QImage *kept = m_kept.object(key)) {
        QMetaObject::invokeMethod(this, [this, ticket, image = *kept] { Q_EMIT decoded(ticket, image); },
                                  Qt::QueuedConnection);
        return;
    }
    ++m_decodesRun;
    m_waiting.push(ticket, std::move(key));
    m_pool.start([this] {
        prepareThisThread();
        std::optional<std::pair<quint64, Key>> job = m_waiting.take();
        if (!job)
            return;
        const Key &key = job->second;
        const QImage image = decodeNow(key.bytes, key.maxSize, key.devicePixelRatio);
        QMetaObject::invokeMethod(this, [this, ticket = job->first, key, image] {
            keep(key, image);
            Q_EMIT decoded(ticket, image);
        }, Qt::QueuedConnection);
    });
}

void ThumbnailDecoder::defer(const QSet<quint64> &tickets)
{
    m_waiting.defer(tickets);
}

void ThumbnailDecoder::keep(const Key &key, const QImage &image)
{
    if (!m_kept.contains(key))
        m_kept.insert(key, new QImage(image), image.sizeInBytes() + key.bytes.size());
}

} // namespace flaglab
