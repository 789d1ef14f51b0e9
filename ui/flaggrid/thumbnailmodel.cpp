#include "flaggrid/thumbnailmodel.h"

#include "shell/steadyclock.h"

#include <algorithm>

namespace flaglab {

namespace {

QString seconds(qint64 ns)
{
    return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

} // namespace

ThumbnailModel::ThumbnailModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ThumbnailModel::flush);
    connect(&m_decoder, &ThumbnailDecoder::decoded, this, &ThumbnailModel::onDecoded);
}

ThumbnailModel::~ThumbnailModel() = default;

int ThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

QVariant ThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Thumbnail &tile = thumbnail(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tile.record.cc;
    case Qt::ToolTipRole:
        return toolTip(tile.record);
    case Qt::DecorationRole:
    case ImageRole:
        return tile.image;
    case OutcomeRole:
        return int(tile.record.outcome);
    case DecodingRole:
        return tile.decoding;
    case BadgeRole:
        return badge(tile.record);
    case DetailRole:
        return detail(tile.record);
    case ArrivedRole:
        return tile.arrivedNs;
    default:
        return {};
    }
}

void ThumbnailModel::clear()
{
    beginResetModel();
    m_tiles.clear();
    m_rows.clear();
    m_rowCount = 0;
    m_rowsDecoding = 0;
    m_deferredBefore = 0;
    ++m_run;                // decodes still under way find no ticket and are dropped
    m_flushTimer.stop();
    endResetModel();
}

void ThumbnailModel::setImageSize(const QSize &devicePixels, qreal devicePixelRatio)
{
    m_imageSize = devicePixels;
    m_devicePixelRatio = devicePixelRatio;
}

Thumbnail &ThumbnailModel::tileOf(int requestId)
{
    if (requestId >= m_tiles.size())
        m_tiles.resize(requestId + 1);
    return m_tiles[requestId];
}

void ThumbnailModel::addDownload(int requestId, const QByteArray &body)
{
    if (requestId < 0 || body.isEmpty())
        return;
    Thumbnail &tile = tileOf(requestId);
    if (tile.decoding || !tile.image.isNull() || tile.record.isDone())
        return;             // the picture comes once, before the result
    tile.decoding = true;
    m_decoder.decode(ticketFor(requestId), body, m_imageSize, m_devicePixelRatio);
}

void ThumbnailModel::addResult(const RequestRecord &record, qint64 arrivedNs)
{
    if (record.id < 0 || (record.outcome == Outcome::Cancelled && record.startedNs < 0))
        return;
    Thumbnail &tile = tileOf(record.id);
    if (tile.row >= 0)
        return;             // one result a request
    tile.record = record;
    tile.arrivedNs = arrivedNs >= 0 ? arrivedNs : steadyNowNs();
    tile.row = m_rows.size();
    if (record.outcome != Outcome::Ok) {
        tile.image = {};    // saving failed: the picture is not wanted
        tile.decoding = false;
    } else if (tile.decoding) {
        ++m_rowsDecoding;
    }
    m_rows.append(record.id);
    scheduleFlush();
}

void ThumbnailModel::deferPicturesBefore(int row)
{
    QSet<quint64> tickets;
    for (; m_deferredBefore < std::min<qsizetype>(row, m_rowCount); ++m_deferredBefore) {
        const int requestId = m_rows.at(m_deferredBefore);
        if (m_tiles.at(requestId).decoding)
            tickets.insert(ticketFor(requestId));
    }
    if (!tickets.isEmpty())
        m_decoder.defer(tickets);
}

void ThumbnailModel::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    // The first result after a quiet spell goes in at once; a burst waits for the next batch.
    const qint64 sinceLastMs = (steadyNowNs() - m_lastFlushNs) / 1000000;
    m_flushTimer.start(int(std::clamp<qint64>(kBatchIntervalMs - sinceLastMs, 0, kBatchIntervalMs)));
}

void ThumbnailModel::flush()
{
    m_lastFlushNs = steadyNowNs();
    if (m_rowCount == m_rows.size())
        return;
    beginInsertRows({}, int(m_rowCount), int(m_rows.size()) - 1);
    m_rowCount = m_rows.size();
    endInsertRows();
    emitIdleIfDone();
}

void ThumbnailModel::onDecoded(quint64 ticket, const QImage &image)
{
    const int requestId = int(quint32(ticket));
    if (quint32(ticket >> 32) != m_run || requestId >= m_tiles.size())
        return;                             // from before clear(): dropped
    Thumbnail &tile = m_tiles[requestId];
    if (!tile.decoding)
        return;                             // its save failed: dropped
    tile.image = image;
    tile.decoding = false;
    if (tile.row < 0)
        return;                             // the result has not come yet: it finds the picture ready
    --m_rowsDecoding;
    if (tile.row < m_rowCount) {
        const QModelIndex changed = index(int(tile.row));
        Q_EMIT dataChanged(changed, changed, {ImageRole, DecodingRole});
    }
    emitIdleIfDone();
}

void ThumbnailModel::emitIdleIfDone()
{
    if (!isBusy())
        Q_EMIT idle();
}

QString ThumbnailModel::badge(const RequestRecord &record)
{
    switch (record.outcome) {
    case Outcome::Ok:
    case Outcome::Pending:
        return {};
    case Outcome::NotFound:
        return QStringLiteral("404");
    case Outcome::Cancelled:
        return tr("stopped");
    case Outcome::Error:
        break;
    }
    if (record.httpStatus > 0 && record.httpStatus / 100 != 2)
        return QString::number(record.httpStatus);
    switch (record.failure) {
    case FailureKind::TimedOut:
        return tr("time-out");
    case FailureKind::Refused:
        return tr("refused");
    case FailureKind::Reset:
        return tr("reset");
    case FailureKind::Truncated:
        return tr("truncated");
    case FailureKind::BadBody:
        return tr("bad body");
    case FailureKind::BadAnswer:        // over HTTP/2, a stream the server reset halfway, among others
        return tr("bad answer");
    case FailureKind::HostNotFound:
        return tr("no host");
    case FailureKind::NotSaved:
        return tr("not saved");
    case FailureKind::None:
    case FailureKind::Cancelled:
    case FailureKind::HttpStatus:
    case FailureKind::Redirect:
    case FailureKind::NotHttp2:
    case FailureKind::Network:
        break;
    }
    return tr("error");
}

QString ThumbnailModel::detail(const RequestRecord &record)
{
    if (record.outcome == Outcome::Error && record.httpStatus > 0 && !record.reasonPhrase.isEmpty())
        return record.reasonPhrase;
    return {};
}

QString ThumbnailModel::toolTip(const RequestRecord &record)
{
    QStringList lines;
    QString outcome = outcomeName(record.outcome);
    if (record.httpStatus > 0)      // "HTTP/1.1 200 OK", "HTTP/2 200": the http_version the answer came over
        outcome += QStringLiteral(" (%1)").arg(QStringLiteral("HTTP%1 %2 %3")
                                                  .arg(record.httpVersion.isEmpty() ? QString() : u'/' + record.httpVersion)
                                                  .arg(record.httpStatus).arg(record.reasonPhrase).trimmed());
    lines << QStringLiteral("%1: %2").arg(record.cc, outcome);
    if (!record.error.isEmpty())
        lines << record.error;
    lines << record.url.toString();
    if (record.startedNs >= 0) {
        lines << tr("started at %1").arg(seconds(record.startedNs));
        if (record.firstByteNs >= 0)
            lines << tr("first byte after %1").arg(seconds(record.firstByteNs - record.startedNs));
        if (record.finishedNs >= 0)
            lines << tr("finished after %1").arg(seconds(record.finishedNs - record.startedNs));
    }
    if (record.attempts > 1)
        lines << tr("%1 attempts").arg(record.attempts);
    if (record.bytes > 0)
        lines << tr("%1 bytes").arg(record.bytes);
    if (!record.savedPath.isEmpty())
        lines << tr("saved as %1").arg(record.savedPath);
    return lines.join(u'\n');
}

} // namespace flaglab
