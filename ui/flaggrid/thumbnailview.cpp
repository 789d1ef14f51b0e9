#include "flaggrid/thumbnailview.h"

#include "flaggrid/thumbnaildelegate.h"
#include "flaggrid/thumbnailmodel.h"
#include "flaggrid/tileslots.h"

#include <QResizeEvent>
#include <QScrollBar>
#include <utility>

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
}

void ThumbnailView::setThumbnailModel(ThumbnailModel *model)
{
    m_model = model;
    m_slots = new TileSlots(model, this);
    setModel(m_slots);
    connect(m_slots, &TileSlots::filled, this, &ThumbnailView::showNewest);
    connect(m_slots, &QAbstractItemModel::modelReset, this, [this] {
        m_newest = -1;
        m_turnPending = false;
    });
    m_delegate = new ThumbnailDelegate(model, this);
    setItemDelegate(m_delegate);
    fitTiles();
}

void ThumbnailView::setExpectedCount(int count)
{
    m_expectedCount = std::max(count, 1);
    if (m_slots)
        m_slots->setSlotCount(count);
    m_following = true;
    scrollToTop();
    fitTiles();
    if (m_delegate)
        m_delegate->reserveTiles(m_expectedCount);
}

QSize ThumbnailView::tileSize() const
{
    return m_delegate ? m_delegate->tileSize() : QSize();
}

int ThumbnailView::tileCount() const
{
    return m_slots ? m_slots->filledCount() : 0;
}

// A page at a time: when new tiles reach past the bottom of the view, the
// first of them out of view goes to the top, and the empty slots under it
// fill in view. The grid moves once a page instead of with every batch: each
// move scrolls and repaints the whole view and flushes it to the X server,
// and following batch by batch was most of the window's longest stalls in the
// heaviest run. The move waits for the next paint when some of the batch's
// tiles are in view, so that none goes by unseen.
void ThumbnailView::showNewest(int first, int last)
{
    m_newest = last;
    if (!m_following || tileInView(last))
        return;
    m_turnFrom = m_turnPending ? std::min(m_turnFrom, first) : first;
    if (tileInView(first)) {
        m_turnPending = true;       // after the paint that shows them: paintEvent()
        return;
    }
    turnPage();
}

void ThumbnailView::turnPage()
{
    m_turnPending = false;
    if (!m_following || m_newest < 0 || tileInView(m_newest))
        return;
    int firstHidden = m_turnFrom;
    while (firstHidden < m_newest && tileInView(firstHidden))
        ++firstHidden;
    m_scrollingToNewest = true;
    scrollTo(m_slots->index(firstHidden), QAbstractItemView::PositionAtTop);
    if (!tileInView(m_newest))      // a batch longer than a page
        scrollTo(m_slots->index(m_newest), QAbstractItemView::PositionAtBottom);
    m_scrollingToNewest = false;
    // The page turned past: pictures not decoded yet for the tiles wholly
    // above it would be seen by nobody, and the page's own tiles wait behind
    // them. A tile cut by the top edge still shows.
    int firstShown = std::min(firstHidden, m_newest);
    while (firstShown > 0 && tileShows(firstShown - 1))
        --firstShown;
    while (firstShown < m_newest && !tileShows(firstShown))
        ++firstShown;
    m_model->deferPicturesBefore(firstShown);
}

bool ThumbnailView::tileInView(int row) const
{
    return viewport()->rect().contains(visualRect(m_slots->index(row)));
}

bool ThumbnailView::tileShows(int row) const
{
    return viewport()->rect().intersects(visualRect(m_slots->index(row)));
}

void ThumbnailView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (std::exchange(m_turnPending, false))
        QMetaObject::invokeMethod(this, &ThumbnailView::turnPage, Qt::QueuedConnection);
}

ThumbnailLatency ThumbnailView::latency() const
{
    return m_delegate ? m_delegate->latency() : ThumbnailLatency{};
}

void ThumbnailView::verticalScrollbarValueChanged(int value)
{
    // The user scrolled: up, away from the newest tile, stops following it;
    // back down to it, or past it to the empty slots, follows it again.
    if (!m_scrollingToNewest && m_slots && m_newest >= 0)
        m_following = visualRect(m_slots->index(m_newest)).top() <= viewport()->rect().bottom();
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
