#include "flaggrid/thumbnailview.h"

#include "flaggrid/thumbnaildelegate.h"
#include "flaggrid/scrollfollower.h"
#include "flaggrid/thumbnailmodel.h"

#include <QResizeEvent>
#include <QScrollBar>

namespace flaglab {

ThumbnailView::ThumbnailView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSpacing(0);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Always there, so that it never appears in the middle of a run: showing a
    // widget under the pointer asks the X server where the pointer is (Qt's
    // synthetic enter and leave events), and that round trip waits while the
    // server draws (22 ms seen in a -e -m 1000 run). The tiles are fitted to
    // the room beside it.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    m_follower = new ScrollFollower(verticalScrollBar());
}

void ThumbnailView::setThumbnailModel(ThumbnailModel *model)
{
    m_model = model;
    setModel(model);
    m_delegate = new ThumbnailDelegate(model, this);
    setItemDelegate(m_delegate);
    fitTiles();
}

void ThumbnailView::setExpectedCount(int count)
{
    m_expectedCount = std::max(count, 1);
    m_follower->follow();
    fitTiles();
    if (m_delegate)
        m_delegate->reserveTiles(m_expectedCount);
}

QSize ThumbnailView::tileSize() const
{
    return m_delegate ? m_delegate->tileSize() : QSize();
}

ThumbnailLatency ThumbnailView::latency() const
{
    return m_delegate ? m_delegate->latency() : ThumbnailLatency{};
}

void ThumbnailView::verticalScrollbarValueChanged(int value)
{
    // QAbstractItemView asks the X server where the pointer is on every
    // scroll, to update the hovered item: a round trip, which waits while the
    // server draws the last frame (12 ms seen in a -e -m 1000 run, as the grid
    // grows and follows the newest tiles). The tiles have no hover look, so
    // only the base class's other duty is left.
    if (value == verticalScrollBar()->maximum() && model() && model()->canFetchMore(rootIndex()))
        model()->fetchMore(rootIndex());
}

void ThumbnailView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    fitTiles();
}

void ThumbnailView::fitTiles()
{
    if (!m_delegate)
        return;
    // The largest tile with which every expected tile fits into the viewport.
    const QSize area = viewport()->size() - QSize(0, 4);
    int width = kMinTileWidth;
    for (int w = kMaxTileWidth; w > kMinTileWidth; --w) {
        const QSize tile = ThumbnailDelegate::tileSizeForWidth(w);
        // QListView wraps a tile that would reach the viewport's last pixel: a
        // row of tiles exactly as wide as the area holds one tile fewer.
        const int columns = std::max((area.width() - 1) / tile.width(), 1);
        const int rows = (m_expectedCount + columns - 1) / columns;
        if (rows * tile.height() <= area.height()) {
            width = w;
            break;
        }
    }
    const QSize tile = ThumbnailDelegate::tileSizeForWidth(width);
    if (m_model) {
        const qreal ratio = devicePixelRatioF();
        const QSize picture = ThumbnailDelegate::pictureRect(QRect(QPoint(), tile)).size();
        m_model->setImageSize(picture * ratio, ratio);
    }
    if (tile == m_delegate->tileSize() && gridSize() == tile)
        return;
    m_delegate->setTileSize(tile);
    setGridSize(tile);
}

} // namespace flaglab
