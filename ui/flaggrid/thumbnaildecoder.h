#pragma once

#include <QImage>
#include <QObject>
#include <QThreadPool>

namespace flaglab {

// Turns downloaded image bytes into thumbnails on worker threads, so that a
// burst of arrivals never blocks the GUI thread; decoded() comes back on the
// thread the decoder lives in.
class ThumbnailDecoder : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailDecoder(QObject *parent = nullptr);
    ~ThumbnailDecoder() override;       // waits for the decodes under way

    // maxSize is in device pixels; the image gets devicePixelRatio set.
    void decode(quint64 ticket, const QByteArray &bytes, const QSize &maxSize, qreal devicePixelRatio);
    void waitForDone();

    // The work itself: a null image when the bytes are not an image.
    static QImage decodeNow(const QByteArray &bytes, const QSize &maxSize, qreal devicePixelRatio);

Q_SIGNALS:
    void decoded(quint64 ticket, const QImage &image);

private:
    QThreadPool m_pool;
};

} // namespace flaglab
