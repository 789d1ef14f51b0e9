#pragma once

#include <QAbstractItemDelegate>
#include <QFont>
#include <QHash>
#include <QImage>

namespace flaglab {

class ThumbnailModel;

// Paints one tile: the flag with its code under it, a grey "404", or a red
// tile with the reason. Each paint is reported to the model, which takes the
// first one of a tile as the moment the tile became visible.
//
// A finished request never changes, so each tile is drawn once into an image
// and later paints are a single blit: the grid repaints whole whenever rows
// are added, and drawing a thousand tiles' text every time would stall.
class ThumbnailDelegate : public QAbstractItemDelegate {
    Q_OBJECT
public:
    explicit ThumbnailDelegate(ThumbnailModel *model, QObject *parent = nullptr);

    // A tile is a 4:3 picture over a band for the code.
    static QSize tileSizeForWidth(int width);
    static QRect pictureRect(const QRect &tile);

    void setTileSize(const QSize &size);
    QSize tileSize() const { return m_tileSize; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QImage renderTile(const QStyleOptionViewItem &option, const QModelIndex &index, qreal devicePixelRatio) const;
    void drawTile(QPainter *painter, const QRect &tile, const QPalette &palette, const QModelIndex &index) const;

    ThumbnailModel *m_model;
    mutable QHash<int, QImage> m_tiles;     // by row, at m_tileSize
    QSize m_tileSize;
    QFont m_codeFont;
    QFont m_badgeFont;
    QFont m_detailFont;
};

} // namespace flaglab
