#pragma once

#include <QAbstractListModel>

namespace flaglab {

// The grid's rows: a slot for each tile the run expects, the first N filled
// by the thumbnail model's N results, in the order they came; the rest are
// empty (no data). A new result fills a slot (dataChanged) rather than
// inserting a row: QListView lays out and repaints its whole viewport on every
// insertion, and in the heaviest run those repaints were most of the window's
// stalls, while a filled slot repaints that tile's rectangle only. Results
// beyond the expected count are inserted as rows.
class TileSlots : public QAbstractListModel {
    Q_OBJECT
public:
    explicit TileSlots(QAbstractItemModel *tiles, QObject *parent = nullptr);

    void setSlotCount(int count);       // empties every slot past the tiles there are
    int filledCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    void filled(int first, int last);

private:
    void onTilesInserted(int first, int last);

    QAbstractItemModel *m_tiles;
    int m_slots = 0;
    int m_rows = 0;     // the slots, or more if more tiles came
};

} // namespace flaglab
