#pragma once

#include "flaggrid/tileatlas.h"

#include <QAbstractItemDelegate>
#include <QFont>
#include <QImage>
#include <QList>

namespace flaglab {

class ThumbnailModel;

// How long results took from the engine's report to their first complete paint in the view.
struct ThumbnailLatency {
    int tiles = 0;
    int painted = 0;            // tiles scrolled out of sight are never painted
    double maxMs = 0;
    double p95Ms = 0;
};

// Paints one tile: the flag with its code under it, a grey "404", or a red
// tile with the reason. It also times each tile, from the engine's report of
// the result (ThumbnailModel::ArrivedRole) to its first complete paint: the
// moment the tile became visible. The timing is the view's, not the model's.
//
// A finished request never changes, so each tile is drawn once into a
// TileAtlas and later paints are a single blit: the grid repaints whole when
// it turns a page or is resized, and drawing a thousand tiles' text every
// time would stall.
class ThumbnailDelegate : public QAbstractItemDelegate {
    Q_OBJECT
public:
    explicit ThumbnailDelegate(ThumbnailModel *model, QObject *parent = nullptr);

    // A tile is a 4:3 picture over a band for the code.
    static QSize tileSizeForWidth(int width);
    static QRect pictureRect(const QRect &tile);

    void setTileSize(const QSize &size);
    QSize tileSize() const { return m_tileSize; }
    void reserveTiles(int tiles);       // before a run: memory for its tiles, so that none is allocated in a paint

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    ThumbnailLatency latency() const;

private:
    void notePainted(const QModelIndex &index) const;
    void drawTile(QPainter *painter, const QRect &tile, const QPalette &palette, const QModelIndex &index) const;

    ThumbnailModel *m_model;
    mutable TileAtlas m_tiles;              // by row, at m_tileSize
    mutable QList<bool> m_painted;          // by row: its finished tile has been painted
    mutable QList<double> m_latenciesMs;    // of the tiles painted, in the order they were
    QSize m_tileSize;
    QFont m_codeFont;
    QFont m_badgeFont;
    QFont m_detailFont;
};

} // namespace flaglab
