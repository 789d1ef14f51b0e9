#include "flaggrid/tileatlas.h"

#include <QPainter>
#include <algorithm>
#include <cstring>

namespace flaglab {

void TileAtlas::setTileSize(const QSize &size, qreal devicePixelRatio)
{
    if (size == m_tileSize && devicePixelRatio == m_ratio) {
        clear();
        return;
    }
    m_tileSize = size;
    m_ratio = devicePixelRatio;
    m_image = QImage();
    m_drawn.clear();
    reserve(m_reserved);
}

void TileAtlas::reserve(int tiles)
{
    m_reserved = tiles;
    if (tiles > m_drawn.size() && !m_tileSize.isEmpty())
        grow(tiles);
}

void TileAtlas::clear()
{
    m_drawn.fill(false);
}

void TileAtlas::forget(int slot)
{
    if (slot < m_drawn.size())
        m_drawn[slot] = false;
}

QPoint TileAtlas::origin(int slot) const
{
    const QSize tile = m_tileSize * m_ratio;
    return {slot % kColumns * tile.width(), slot / kColumns * tile.height()};
}

void TileAtlas::grow(int tiles)
{
    // Whole rows, and at least twice as many as before: a run that goes past
    // its reservation grows a few times, not once a tile.
    const int wanted = std::max(tiles, int(m_drawn.size()) * 2);
    const int rows = (wanted + kColumns - 1) / kColumns;
    const QSize tile = m_tileSize * m_ratio;
    QImage image(tile.width() * kColumns, tile.height() * rows, QImage::Format_RGB32);
    image.fill(Qt::black);      // touches every page now rather than during a paint
    for (int y = 0; y < m_image.height(); ++y)      // the same width and format: the tiles drawn so far
        std::memcpy(image.scanLine(y), m_image.constScanLine(y), size_t(image.bytesPerLine()));
    m_image = image;
    m_image.setDevicePixelRatio(m_ratio);
    m_drawn.resize(qsizetype(rows) * kColumns, false);
}

QRectF TileAtlas::claim(int slot)
{
    if (slot >= m_drawn.size())
        grow(slot + 1);
    m_drawn[slot] = true;
    return {QPointF(origin(slot)) / m_ratio, QSizeF(m_tileSize)};
}

void TileAtlas::paint(QPainter *painter, const QPoint &at, int slot) const
{
    const QRect source(origin(slot), m_tileSize * m_ratio);
    painter->drawImage(QRectF(at, m_tileSize), m_image, source);
}

} // namespace flaglab
