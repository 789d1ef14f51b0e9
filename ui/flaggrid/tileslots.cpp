#include "flaggrid/tileslots.h"

#include <algorithm>

namespace flaglab {

TileSlots::TileSlots(QAbstractItemModel *tiles, QObject *parent)
    : QAbstractListModel(parent), m_tiles(tiles)
{
    connect(tiles, &QAbstractItemModel::modelAboutToBeReset, this, &TileSlots::beginResetModel);
    connect(tiles, &QAbstractItemModel::modelReset, this, [this] {
        m_rows = std::max(m_slots, filledCount());
        endResetModel();
    });
    connect(tiles, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onTilesInserted(first, last); });
    connect(tiles, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                Q_EMIT dataChanged(index(first.row()), index(last.row()), roles);
            });
}

void TileSlots::setSlotCount(int count)
{
    beginResetModel();
    m_slots = std::max(count, 0);
    m_rows = std::max(m_slots, filledCount());
    endResetModel();
}

int TileSlots::filledCount() const
{
    return m_tiles->rowCount();
}

int TileSlots::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant TileSlots::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= filledCount())
        return {};
    return m_tiles->data(m_tiles->index(index.row(), 0), role);
}

// The tile model only appends: its new rows are the first empty slots, and
// past the last slot, new rows of this model too.
void TileSlots::onTilesInserted(int first, int last)
{
    if (first < m_rows)
        Q_EMIT dataChanged(index(first), index(std::min(last, m_rows - 1)));
    if (last >= m_rows) {
        beginInsertRows({}, m_rows, last);
        m_rows = last + 1;
        endInsertRows();
    }
    Q_EMIT filled(first, last);
}

} // namespace flaglab
