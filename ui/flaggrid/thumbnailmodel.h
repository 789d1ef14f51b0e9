#pragma once

#include "engine/requestrecord.h"
#include "flaggrid/thumbnaildecoder.h"

#include <QAbstractListModel>
#include <QImage>
#include <QList>
#include <QTimer>

namespace flaglab {

// One request's tile: its picture, from the moment the engine has the image,
// and its result, which makes the tile a row of the grid.
struct Thumbnail {
    RequestRecord record;       // Pending until the result comes
    QImage image;               // an OK tile's picture, once decoded
    bool decoding = false;      // the picture is on its way
    qint64 arrivedNs = -1;      // when the engine reported the result (steadyNowNs)
    qsizetype row = -1;         // where the result came in the arrival order; -1 before
};

// The grid's rows, one per finished request, in arrival order. Arrivals are
// coalesced: a result becomes a row at the next batch, and batches are at
// least kBatchIntervalMs apart, so a burst of a thousand results costs a
// handful of layouts instead of a thousand.
//
// The picture takes one route: addDownload(), from the moment the engine has
// the image, while its file is still being saved. It is decoded off the GUI
// thread into the request's tile, so by the time the result comes
// (addResult(), the record alone) the picture is usually ready. Until it is,
// an OK tile shows as a placeholder; a tile whose save failed drops it.
class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        OutcomeRole = Qt::UserRole + 1,  // int(Outcome)
        ImageRole,                       // QImage, null unless OK and decoded
        DecodingRole,                    // bool: the picture is on its way
        BadgeRole,                       // "404", "418", "time-out": the big text of a failed tile
        DetailRole,                      // the smaller text under the badge
        ArrivedRole,                     // qint64: when the engine reported the result, by steadyNowNs()
    };
    static constexpr int kBatchIntervalMs = 16;

    explicit ThumbnailModel(QObject *parent = nullptr);
    ~ThumbnailModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void clear();
    // Size of the decoded pictures, in device pixels, for results from now on.
    void setImageSize(const QSize &devicePixels, qreal devicePixelRatio);
    // The image of request requestId is in; its result follows. Decoding starts now.
    void addDownload(int requestId, const QByteArray &body);
    // A finished request; an OK one shows the picture addDownload() brought.
    // Never-started cancelled requests get no tile. arrivedNs: when the engine
    // reported it, by steadyNowNs(); now when not given.
    void addResult(const RequestRecord &record, qint64 arrivedNs = -1);
    // The rows before row went out of view: the pictures they still wait for
    // are decoded after all the others.
    void deferPicturesBefore(int row);
    int picturesDeferredBefore() const { return int(m_deferredBefore); }
    // Results not yet rows, or rows whose picture is not decoded yet.
    bool isBusy() const { return m_rowCount < m_rows.size() || m_rowsDecoding > 0; }
    const Thumbnail &thumbnail(int row) const { return m_tiles.at(m_rows.at(row)); }
    void waitForDecodes() { m_decoder.waitForDone(); }  // their reports are queued, not yet taken

    static QString badge(const RequestRecord &record);
    static QString detail(const RequestRecord &record);
    static QString toolTip(const RequestRecord &record);

Q_SIGNALS:
    void idle();                        // every result is a row with its picture

private:
    // A decode's ticket: the request's id in this run (clear() starts a new run).
    quint64 ticketFor(int requestId) const { return (quint64(m_run) << 32) | quint32(requestId); }
    Thumbnail &tileOf(int requestId);
    void onDecoded(quint64 ticket, const QImage &image);
    void scheduleFlush();
    void flush();
    void emitIdleIfDone();

    QList<Thumbnail> m_tiles;           // by request id
    QList<int> m_rows;                  // ids of the results, in arrival order: the rows, then those not rows yet
    qsizetype m_rowCount = 0;
    int m_rowsDecoding = 0;             // results whose picture is still being decoded
    ThumbnailDecoder m_decoder;
    QTimer m_flushTimer;
    qint64 m_lastFlushNs = 0;
    QSize m_imageSize{160, 120};
    qreal m_devicePixelRatio = 1.0;
    quint32 m_run = 0;
    qsizetype m_deferredBefore = 0;     // the rows whose pictures deferPicturesBefore() has seen
};

} // namespace flaglab
