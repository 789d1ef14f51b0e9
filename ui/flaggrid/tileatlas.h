#pragma once

#include <QImage>
#include <QPainter>
#include <QList>
#include <QSize>

namespace flaglab {

// Finished tiles, each drawn once into a slot of one large image, then
// blitted from there on every paint of the grid.
//
// One image rather than an image a tile: a burst of a hundred new tiles in
// one paint then costs no allocation and no page faults on fresh memory,
// which were most of such a paint's time (malloc and the kernel zeroing
// pages, on the window's thread). reserve() maps and touches the memory
// before a run starts.
class TileAtlas {
public:
    // Forgets every tile; the memory is kept while the size stays, and
    // reserved again for the same number of tiles when it changes.
    void setTileSize(const QSize &size, qreal devicePixelRatio);
    qreal devicePixelRatio() const { return m_ratio; }
    void reserve(int tiles);
    void clear();

    bool contains(int slot) const { return slot < m_drawn.size() && m_drawn.at(slot); }
    void forget(int slot);

    // Draws a slot's tile with draw(painter, tileRect), the tile's own rect at
    // (0, 0) in device-independent pixels, over a fill of background.
    template <typename Draw>
    void render(int slot, const QColor &background, Draw &&draw);

    void paint(QPainter *painter, const QPoint &at, int slot) const;

private:
    QRectF claim(int slot);             // the slot's rect in the image, device-independent
    QPoint origin(int slot) const;      // in device pixels
    void grow(int tiles);

    static constexpr int kColumns = 32;
    QSize m_tileSize;                   // device-independent
    qreal m_ratio = 1;
    int m_reserved = 0;                 // tiles
    QImage m_image;
    QList<bool> m_drawn;
};

template <typename Draw>
void TileAtlas::render(int slot, const QColor &background, Draw &&draw)
{
    const QRectF tile = claim(slot);
    QPainter painter(&m_image);
    painter.setClipRect(tile);
    painter.fillRect(tile, background);
    painter.translate(tile.topLeft());
    draw(&painter, QRect(QPoint(), m_tileSize));
}

} // namespace flaglab
