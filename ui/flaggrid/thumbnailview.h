#pragma once

#include "flaggrid/thumbnaildelegate.h"

#include <QListView>

namespace flaglab {

class ScrollFollower;
class ThumbnailDelegate;
class ThumbnailModel;

// The grid of flags. Tiles are sized so that the whole run fits in view when
// it can (bigger for POP20, smaller for -e); when it cannot, the view keeps
// the newest tiles in sight unless the user scrolled away.
class ThumbnailView : public QListView {
    Q_OBJECT
public:
    static constexpr int kMinTileWidth = 44;
    static constexpr int kMaxTileWidth = 168;

    explicit ThumbnailView(QWidget *parent = nullptr);

    void setThumbnailModel(ThumbnailModel *model);
    void setExpectedCount(int count);
    QSize tileSize() const;
    // How soon each result's tile was first painted in full.
    ThumbnailLatency latency() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

protected Q_SLOTS:
    void verticalScrollbarValueChanged(int value) override;

private:
    void fitTiles();

    ThumbnailModel *m_model = nullptr;
    ThumbnailDelegate *m_delegate = nullptr;
    ScrollFollower *m_follower;
    int m_expectedCount = 20;
};

} // namespace flaglab
