#pragma once

#include "flaggrid/decodequeue.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace flaglab {

// Turns downloaded image bytes into thumbnails on worker threads, so that a
// burst of arrivals never blocks the GUI thread; decoded() comes back on the
// thread the decoder lives in. It keeps what it decoded: a class repeats runs
// over the same flags, and the same bytes at the same size get the same
// picture at once, without a decode (about 0.45 ms of CPU each, for a
// 320x240 GIF; docs/performance.md).
class ThumbnailDecoder : public QObject {
    Q_OBJECT
public:
    // Starts its threads at once, each decoding a tiny picture: the first
    // decode of a process loads Qt's GIF plugin (1-2 ms more than the next
    // ones here, up to 9 on a busy machine), and that belongs before a run's
    // first flag, not in its burst.
    explicit ThumbnailDecoder(QObject *parent = nullptr);
    ~ThumbnailDecoder() override;       // waits for the decodes under way

    // maxSize is in device pixels; the image gets devicePixelRatio set.
    void decode(quint64 ticket, const QByteArray &bytes, const QSize &maxSize, qreal devicePixelRatio);
    // The pictures of these tickets not yet begun wait until every other one
    // is decoded: their tiles went out of view, and what is in view comes first.
    void defer(const QSet<quint64> &tickets);
    void waitForDone();
    int decodesRun() const { return m_decodesRun; }     // by the workers, not from what was kept

    // The work itself: a null image when the bytes are not an image.
    static QImage decodeNow(const QByteArray &bytes, const QSize &maxSize, qreal devicePixelRatio);

Q_SIGNALS:
    void decoded(quint64 ticket, const QImage &image);

private:
    struct Key {
        QByteArray bytes;
        QSize maxSize;
        qreal devicePixelRatio;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.maxSize == b.maxSize && a.devicePixelRatio == b.devicePixelRatio && a.bytes == b.bytes;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.bytes, key.maxSize.width(), key.maxSize.height(), key.devicePixelRatio);
        }
    };
    static constexpr qsizetype kKeptBytes = 32 << 20;   // the least recently used go first

    static void prepareThisThread();
    void keep(const Key &key, const QImage &image);

    QThreadPool m_pool;
    DecodeQueue<Key> m_waiting;         // a pool task for each: it takes whichever comes first then
    QCache<Key, QImage> m_kept{kKeptBytes};
    int m_decodesRun = 0;
};

} // namespace flaglab
