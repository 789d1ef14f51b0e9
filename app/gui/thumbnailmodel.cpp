#include "thumbnailmodel.h"

#include "steadyclock.h"

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
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Thumbnail &tile = m_rows.at(index.row());
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
    m_rows.clear();
    m_pending.clear();      // decodes still under way find no ticket and are dropped
    m_latenciesMs.clear();
    m_decoding = 0;
    m_flushTimer.stop();
    endResetModel();
}

void ThumbnailModel::setImageSize(const QSize &devicePixels, qreal devicePixelRatio)
{
    m_imageSize = devicePixels;
    m_devicePixelRatio = devicePixelRatio;
}

void ThumbnailModel::addResult(const RequestRecord &record, const QByteArray &body, qint64 arrivedNs)
{
    if (record.outcome == Outcome::Cancelled && record.startedNs < 0)
        return;
    Thumbnail tile;
    tile.record = record;
    tile.ticket = m_nextTicket++;
    tile.arrivedNs = arrivedNs >= 0 ? arrivedNs : steadyNowNs();
    tile.decoding = record.outcome == Outcome::Ok && !body.isEmpty();
    if (tile.decoding) {
        ++m_decoding;
        m_decoder.decode(tile.ticket, body, m_imageSize, m_devicePixelRatio);
    }
    m_pending.append(tile);
    scheduleFlush();
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
    if (m_pending.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_rows.append(m_pending);
    m_pending.clear();
    endInsertRows();
    emitIdleIfDone();
}

void ThumbnailModel::onDecoded(quint64 ticket, const QImage &image)
{
    const auto byTicket = [](const Thumbnail &t, quint64 wanted) { return t.ticket < wanted; };
    // Tickets grow with arrival: both lists are sorted by them.
    for (QList<Thumbnail> *list : {&m_rows, &m_pending}) {
        const auto it = std::lower_bound(list->begin(), list->end(), ticket, byTicket);
        if (it == list->end() || it->ticket != ticket || !it->decoding)
            continue;
        it->image = image;
        it->decoding = false;
        --m_decoding;
        if (list == &m_rows) {
            const QModelIndex changed = index(int(it - list->begin()));
            Q_EMIT dataChanged(changed, changed, {ImageRole, DecodingRole});
        }
        emitIdleIfDone();
        return;
    }
    // From before clear(): dropped.
}

void ThumbnailModel::emitIdleIfDone()
{
    if (!isBusy())
        Q_EMIT idle();
}

void ThumbnailModel::notePainted(int row)
{
    Thumbnail &tile = m_rows[row];
    if (tile.paintedNs >= 0 || tile.decoding)
        return;
    tile.paintedNs = steadyNowNs();
    m_latenciesMs.append(double(tile.paintedNs - tile.arrivedNs) / 1e6);
}

ThumbnailLatency ThumbnailModel::latency() const
{
    ThumbnailLatency latency;
    latency.tiles = int(m_rows.size() + m_pending.size());
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
    const QString error = record.error.toLower();
    if (error.contains(u"timed out") || error.contains(u"time-out") || error.contains(u"timeout"))
        return tr("time-out");
    if (error.contains(u"refused"))
        return tr("refused");
    if (error.contains(u"closed") || error.contains(u"reset"))
        return tr("reset");
    if (error.contains(u"host not found"))
        return tr("no host");
    if (error.contains(u"save"))
        return tr("not saved");
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
    if (record.httpStatus > 0)
        outcome += QStringLiteral(" (HTTP %1 %2)").arg(record.httpStatus).arg(record.reasonPhrase).trimmed();
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
