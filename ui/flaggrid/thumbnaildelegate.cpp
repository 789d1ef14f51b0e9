#include "flaggrid/thumbnaildelegate.h"

#include "engine/requestrecord.h"
#include "look/guicolors.h"
#include "flaggrid/thumbnailmodel.h"
#include "shell/steadyclock.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

constexpr int kTileMargin = 2;

int bandHeight(int width)
{
    return std::clamp(width / 4, 12, 26);
}

QColor tileColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotFound:
        return colors::notFound();
    case Outcome::Error:
        return colors::error();
    case Outcome::Cancelled:
        return colors::cancelled();
    case Outcome::Ok:
    case Outcome::Pending:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QFont pixelFont(int pixels, bool bold)
{
    QFont font;
    font.setPixelSize(std::max(pixels, 7));
    font.setBold(bold);
    return font;
}

} // namespace

ThumbnailDelegate::ThumbnailDelegate(ThumbnailModel *model, QObject *parent)
    : QAbstractItemDelegate(parent), m_model(model)
{
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_tiles.clear();
            m_painted.clear();
            m_latenciesMs.clear();
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &first, const QModelIndex &last) {
                    for (int row = first.row(); row <= last.row(); ++row)
                        m_tiles.forget(row);
                });
    }
    setTileSize(tileSizeForWidth(80));
}

QSize ThumbnailDelegate::tileSizeForWidth(int width)
{
    const int pictureWidth = width - 2 * kTileMargin;
    return QSize(width, pictureWidth * 3 / 4 + bandHeight(width) + 2 * kTileMargin);
}

QRect ThumbnailDelegate::pictureRect(const QRect &tile)
{
    const QRect inner = tile.adjusted(kTileMargin, kTileMargin, -kTileMargin, -kTileMargin);
    return QRect(inner.topLeft(), QSize(inner.width(), inner.height() - bandHeight(tile.width())));
}

void ThumbnailDelegate::setTileSize(const QSize &size)
{
    m_tileSize = size;
    m_tiles.setTileSize(size, m_tiles.devicePixelRatio());
    const int band = bandHeight(size.width());
    const int pictureHeight = pictureRect(QRect(QPoint(), size)).height();
    m_codeFont = pixelFont(band * 4 / 5, true);
    m_badgeFont = pixelFont(pictureHeight * 2 / 5, true);
    m_detailFont = pixelFont(std::max(pictureHeight / 6, band / 2), false);
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_tileSize;
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(ThumbnailModel::ArrivedRole).isValid())
        return;         // an empty slot (TileSlots): the tile to come
    if (index.row() >= m_painted.size() || !m_painted.at(index.row()))
        notePainted(index);
    const qreal ratio = painter->device()->devicePixelRatioF();
    if (ratio != m_tiles.devicePixelRatio())
        m_tiles.setTileSize(m_tileSize, ratio);
    if (!m_tiles.contains(index.row())) {
        m_tiles.render(index.row(), option.palette.color(QPalette::Base), [&](QPainter *tile, const QRect &rect) {
            drawTile(tile, rect, option.palette, index);
        });
    }
    m_tiles.paint(painter, option.rect.topLeft(), index.row());
}

void ThumbnailDelegate::reserveTiles(int tiles)
{
    m_tiles.reserve(tiles);
}

// The first paint of a finished tile (a placeholder waiting for its picture is not one).
void ThumbnailDelegate::notePainted(const QModelIndex &index) const
{
    if (index.data(ThumbnailModel::DecodingRole).toBool())
        return;
    if (index.row() >= m_painted.size())
        m_painted.resize(index.row() + 1, false);
    m_painted[index.row()] = true;
    const qint64 arrivedNs = index.data(ThumbnailModel::ArrivedRole).toLongLong();
    m_latenciesMs.append(double(steadyNowNs() - arrivedNs) / 1e6);
}

ThumbnailLatency ThumbnailDelegate::latency() const
{
    ThumbnailLatency latency;
    latency.tiles = m_model ? m_model->rowCount() : 0;
    latency.painted = int(m_latenciesMs.size());
    if (m_latenciesMs.isEmpty())
        return latency;
    QList<double> sorted = m_latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    latency.maxMs = sorted.last();
    // Nearest rank: the smallest value with at least 95% of the values at or below it.
    const auto rank = qsizetype(std::ceil(0.95 * double(sorted.size())));
    latency.p95Ms = sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    return latency;
}

void ThumbnailDelegate::drawTile(QPainter *painter, const QRect &tile, const QPalette &palette,
                                 const QModelIndex &index) const
{
    const QRect picture = pictureRect(tile);
    const QRect band(picture.left(), picture.bottom() + 1, picture.width(),
                     tile.bottom() - kTileMargin - picture.bottom());
    const auto outcome = Outcome(index.data(ThumbnailModel::OutcomeRole).toInt());

    painter->fillRect(picture, tileColor(outcome));
    if (index.data(ThumbnailModel::DecodingRole).toBool()) {
        // The picture follows in a moment: a placeholder that says so.
        painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter->drawRect(picture.adjusted(0, 0, -1, -1));
    } else if (outcome == Outcome::Ok) {
        const QImage image = index.data(ThumbnailModel::ImageRole).value<QImage>();
        if (!image.isNull()) {
            const QSizeF fitted = image.deviceIndependentSize().boundedTo(picture.size())
                                      .scaled(picture.size(), Qt::KeepAspectRatio)
                                      .boundedTo(image.deviceIndependentSize());
            const QRectF target(picture.left() + (picture.width() - fitted.width()) / 2,
                                picture.top() + (picture.height() - fitted.height()) / 2, fitted.width(),
                                fitted.height());
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(target, image);
        }
    } else {
        painter->setPen(Qt::white);
        const QString detail = index.data(ThumbnailModel::DetailRole).toString();
        const bool roomForDetail = !detail.isEmpty() && picture.height() >= 36;
        QRect badgeRect = picture;
        if (roomForDetail)
            badgeRect.setBottom(picture.top() + picture.height() * 2 / 3);
        // The badge shrinks to fit rather than being cut: "time-out" must stay readable.
        const QString badge = index.data(ThumbnailModel::BadgeRole).toString();
        QFont badgeFont = m_badgeFont;
        const int room = picture.width() - 4;
        const int needed = QFontMetrics(badgeFont).horizontalAdvance(badge);
        if (needed > room)
            badgeFont.setPixelSize(std::max(badgeFont.pixelSize() * room / needed, 7));
        painter->setFont(badgeFont);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        if (roomForDetail) {
            painter->setFont(m_detailFont);
            const QRect detailRect(picture.left() + 1, badgeRect.bottom(), picture.width() - 2,
                                   picture.bottom() - badgeRect.bottom());
            painter->drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop,
                              painter->fontMetrics().elidedText(detail, Qt::ElideRight, detailRect.width()));
        }
    }
    painter->setFont(m_codeFont);
    painter->setPen(palette.color(QPalette::Text));
    // A foreign HAR's tile is named after its URL's last segment, which can be
    // longer than a flag's code: cut at the end, never on both sides.
    painter->drawText(band, Qt::AlignCenter,
                      painter->fontMetrics().elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        band.width()));
}

} // namespace flaglab
