#pragma once

#include "flaggrid/thumbnaildelegate.h"

#include <QListView>

namespace flaglab {

class ThumbnailDelegate;
class ThumbnailModel;
class TileSlots;

// The grid of flags. Tiles are sized so that the whole run fits in view when
// it can (bigger for POP20, smaller for -e); when it cannot, the view keeps
// the newest tiles in sight, a page at a time, unless the user scrolled away.
// Its rows are TileSlots, laid out once before the run.
class ThumbnailView : public QListView {
    Q_OBJECT
public:
    static constexpr int kMinTileWidth = 44;
    static constexpr int kMaxTileWidth = 168;

    explicit ThumbnailView(QWidget *parent = nullptr);

    void setThumbnailModel(ThumbnailModel *model);
    void setExpectedCount(int count);
    QSize tileSize() const;
    int tileCount() const;      // the results shown, not the empty slots
    // How soon each result's tile was first painted in full.
    ThumbnailLatency latency() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

protected Q_SLOTS:
    void verticalScrollbarValueChanged(int value) override;

private:
    void fitTiles();
    void showNewest(int first, int last);
    void turnPage();
    bool tileInView(int row) const;     // all of it
    bool tileShows(int row) const;      // some of it

    ThumbnailModel *m_model = nullptr;
    TileSlots *m_slots = nullptr;
    ThumbnailDelegate *m_delegate = nullptr;
    int m_expectedCount = 20;
    int m_newest = -1;                  // the row of the newest tile
    bool m_following = true;            // keeping it in sight: the user has not scrolled away
    bool m_scrollingToNewest = false;
    bool m_turnPending = false;         // a page to turn after the next paint
    int m_turnFrom = 0;                 // the first tile not yet shown when it was asked for
};

} // namespace flaglab
