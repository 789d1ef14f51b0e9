#pragma once

#include "engine/requestrecord.h"
#include "flaggrid/thumbnaildecoder.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QTimer>

#include <optional>

namespace flaglab {

// One tile of the grid: a finished request and, for an OK one, its picture.
struct Thumbnail {
    RequestRecord record;
    QImage image;
    bool decoding = false;      // an OK tile whose picture is not decoded yet
    qint64 arrivedNs = -1;      // when the engine reported the result (steadyNowNs)
    qint64 paintedNs = -1;      // when the view first painted the finished tile
};

// How long results took from the engine's report to their first complete paint in the view.
struct ThumbnailLatency {
    int tiles = 0;
    int painted = 0;            // tiles scrolled out of sight are never painted
    double maxMs = 0;
    double p95Ms = 0;
};

// The grid's rows, one per finished request, in arrival order. Arrivals are
// coalesced: a result becomes a row at the next batch, and batches are at
// least kBatchIntervalMs apart, so a burst of a thousand results costs a
// handful of layouts instead of a thousand. Pictures are decoded off the GUI
// thread, from the moment the engine has the image (addDownload), while its
// file is still being saved: by the time the result comes, the picture is
// usually ready. Until it is, an OK tile shows as a placeholder.
class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        OutcomeRole = Qt::UserRole + 1,  // int(Outcome)
        ImageRole,                       // QImage, null unless OK and decoded
        DecodingRole,                    // bool: the picture is on its way
        BadgeRole,                       // "404", "418", "time-out": the big text of a failed tile
        DetailRole,                      // the smaller text under the badge
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
    // A finished request: body is the image of an OK one. Never-started
    // cancelled requests get no tile. arrivedNs: when the engine reported it, by
    // steadyNowNs(); now when not given.
    void addResult(const RequestRecord &record, const QByteArray &body = {}, qint64 arrivedNs = -1);
    // Results not yet rows, or rows whose picture is not decoded yet.
    bool isBusy() const { return m_rowCount < m_tiles.size() || !m_tileDecoding.isEmpty(); }
    const Thumbnail &thumbnail(int row) const { return m_tiles.at(row); }
    void waitForDecodes() { m_decoder.waitForDone(); }  // their reports are queued, not yet taken

    void notePainted(int row);          // by the delegate, on every paint of a row
    ThumbnailLatency latency() const;

    static QString badge(const RequestRecord &record);
    static QString detail(const RequestRecord &record);
    static QString toolTip(const RequestRecord &record);

Q_SIGNALS:
    void idle();                        // every result is a row with its picture

private:
    // A decode's ticket: the request's id in this run (clear() starts a new run).
    quint64 ticketFor(int requestId) const { return (quint64(m_run) << 32) | quint32(requestId); }
    void decode(quint64 ticket, const QByteArray &body);
    void onDecoded(quint64 ticket, const QImage &image);
    void scheduleFlush();
    void flush();
    void emitIdleIfDone();

    QList<Thumbnail> m_tiles;           // in arrival order: the rows, then the results not rows yet
    qsizetype m_rowCount = 0;
    QHash<quint64, qsizetype> m_tileDecoding;   // ticket -> index in m_tiles of a tile waiting for it
    QHash<quint64, std::optional<QImage>> m_early;  // decodes begun before their result: the picture once done
    QList<double> m_latenciesMs;
    ThumbnailDecoder m_decoder;
    QTimer m_flushTimer;
    qint64 m_lastFlushNs = 0;
    QSize m_imageSize{160, 120};
    qreal m_devicePixelRatio = 1.0;
    quint32 m_run = 0;
};

} // namespace flaglab
