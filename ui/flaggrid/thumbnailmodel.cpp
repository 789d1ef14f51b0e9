#include "flaggrid/thumbnailmodel.h"

#include "shell/steadyclock.h"

#include <algorithm>
#include <cmath>

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
    const Thumbnail &tile = m_tiles.at(index.row());
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
    default:
        return {};
    }
}

void ThumbnailModel::clear()
{
    beginResetModel();
    m_tiles.clear();
    m_rowCount = 0;
    m_tileDecoding.clear();
    m_early.clear();
    m_latenciesMs.clear();
    ++m_run;                // decodes still under way find no ticket and are dropped
    m_flushTimer.stop();
    endResetModel();
}

void ThumbnailModel::setImageSize(const QSize &devicePixels, qreal devicePixelRatio)
{
    m_imageSize = devicePixels;
    m_devicePixelRatio = devicePixelRatio;
}

void ThumbnailModel::addDownload(int requestId, const QByteArray &body)
{
    const quint64 ticket = ticketFor(requestId);
    if (body.isEmpty() || m_early.contains(ticket))
        return;
    m_early.insert(ticket, std::nullopt);
    decode(ticket, body);
}

void ThumbnailModel::addResult(const RequestRecord &record, const QByteArray &body, qint64 arrivedNs)
{
    if (record.outcome == Outcome::Cancelled && record.startedNs < 0)
        return;
    Thumbnail tile;
    tile.record = record;
    tile.arrivedNs = arrivedNs >= 0 ? arrivedNs : steadyNowNs();
    const quint64 ticket = ticketFor(record.id);
    const auto early = m_early.constFind(ticket);
    if (record.outcome != Outcome::Ok) {
        m_early.remove(ticket);             // saving failed: the picture is not wanted
    } else if (early != m_early.constEnd() && early->has_value()) {
        tile.image = **early;               // decoded while the file was saved
        m_early.erase(early);
    } else if (early != m_early.constEnd() || !body.isEmpty()) {
        tile.decoding = true;
        m_tileDecoding.insert(ticket, m_tiles.size());
        if (early == m_early.constEnd())
            decode(ticket, body);
        else
            m_early.erase(early);
    }
    m_tiles.append(tile);
    scheduleFlush();
}

void ThumbnailModel::decode(quint64 ticket, const QByteArray &body)
{
    m_decoder.decode(ticket, body, m_imageSize, m_devicePixelRatio);
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
    if (m_rowCount == m_tiles.size())
        return;
    beginInsertRows({}, int(m_rowCount), int(m_tiles.size()) - 1);
    m_rowCount = m_tiles.size();
    endInsertRows();
    emitIdleIfDone();
}

void ThumbnailModel::onDecoded(quint64 ticket, const QImage &image)
{
    if (const auto early = m_early.find(ticket); early != m_early.end()) {
        *early = image;                     // the result has not come yet: it takes the picture then
        return;
    }
    const auto waiting = m_tileDecoding.constFind(ticket);
    if (waiting == m_tileDecoding.constEnd())
        return;                             // from before clear(): dropped
    const qsizetype at = *waiting;
    m_tileDecoding.erase(waiting);
    Thumbnail &tile = m_tiles[at];
    tile.image = image;
    tile.decoding = false;
    if (at < m_rowCount) {
        const QModelIndex changed = index(int(at));
        Q_EMIT dataChanged(changed, changed, {ImageRole, DecodingRole});
    }
    emitIdleIfDone();
}

void ThumbnailModel::emitIdleIfDone()
{
    if (!isBusy())
        Q_EMIT idle();
}

void ThumbnailModel::notePainted(int row)
{
    Thumbnail &tile = m_tiles[row];
    if (tile.paintedNs >= 0 || tile.decoding)
        return;
    tile.paintedNs = steadyNowNs();
    m_latenciesMs.append(double(tile.paintedNs - tile.arrivedNs) / 1e6);
}

ThumbnailLatency ThumbnailModel::latency() const
{
    ThumbnailLatency latency;
    latency.tiles = int(m_tiles.size());
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
    case FailureKind::Truncated:
        return tr("reset");
    case FailureKind::HostNotFound:
        return tr("no host");
    case FailureKind::NotSaved:
        return tr("not saved");
    case FailureKind::None:
    case FailureKind::Cancelled:
    case FailureKind::HttpStatus:
    case FailureKind::Redirect:
    case FailureKind::BadAnswer:
    case FailureKind::BadBody:
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
