#include "labhistory/historymodel.h"

#include "look/guicolors.h"
#include "runcontrols/runname.h"

#include <QLocale>
#include <QPixmap>

namespace flaglab {

namespace {

QString seconds(double s)
{
    return HistoryModel::tr("%1 s").arg(s, 0, 'f', s < 10 ? 2 : 1);
}

QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(color);
    return pixmap;
}

} // namespace

HistoryModel::HistoryModel(RunHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    connect(history, &RunHistory::changed, this, &HistoryModel::syncRows);
    syncRows();
}

void HistoryModel::syncRows()
{
    const QList<RunSummary> &runs = m_history->runs();
    const int known = int(m_rows.size());
    if (runs.size() < known) {      // cleared
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT overlayChanged();
        if (runs.isEmpty())
            return;
    }
    const int from = int(m_rows.size());
    if (runs.size() == from)
        return;
    beginInsertRows({}, from, int(runs.size()) - 1);
    for (int i = from; i < runs.size(); ++i) {
        const RunSummary &run = runs.at(i);
        m_rows.append({false, run.meanLatencyS(), run.latencyPercentileS(95)});
    }
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::display(const RunSummary &run, const Row &row, int column) const
{
    switch (column) {
    case Name: return run.name;
    case Server: return run.server;
    case Model: return modelTitle(run.model);
    case Concurrency:
        return run.singleManager ? tr("%1 (one manager)").arg(run.concurrency) : QString::number(run.concurrency);
    case Elapsed: return seconds(run.elapsedS);
    case FlagsPerSecond: return QString::number(run.flagsPerSecond(), 'f', 1);
    case Ok: return run.counts.ok;
    case Errors: return run.counts.errors;
    case MeanLatency: return seconds(row.meanLatencyS);
    case P95Latency: return seconds(row.p95LatencyS);
    default: return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RunSummary &run = m_history->runs().at(index.row());
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(run, row, column);
    case Qt::CheckStateRole:
        return column == Name ? QVariant(row.overlaid ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DecorationRole:     // a blank swatch when not overlaid: the names stay aligned
        return column == Name ? QVariant(swatch(row.overlaid ? overlayColor(index.row()) : QColor(Qt::transparent)))
                              : QVariant();
    case Qt::TextAlignmentRole:
        return column >= Concurrency ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return column == Errors && run.counts.errors > 0 ? QVariant(colors::error()) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\n%2 at %3\n%4 requested: %5 OK, %6 not found, %7 errors, %8 cancelled\nat most %9 in flight")
            .arg(run.name, QLocale().toString(run.when, QLocale::ShortFormat),
                 run.baseUrl + QStringLiteral(" · ") + run.protocol)
            .arg(run.counts.requested)
            .arg(run.counts.ok)
            .arg(run.counts.notFound)
            .arg(run.counts.errors)
            .arg(run.counts.cancelled)
            .arg(run.maxInFlight);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name: return tr("Tick a run to draw it on the compare plot");
        case Concurrency: return tr("Requests allowed in flight at once (-m)");
        case FlagsPerSecond: return tr("Flags downloaded per second of the whole run");
        case MeanLatency: return tr("Mean time from a request's start to its answer");
        case P95Latency: return tr("95 of 100 requests were answered at least this fast");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Run");
    case Server: return tr("Server");
    case Model: return tr("Model");
    case Concurrency: return tr("-m");
    case Elapsed: return tr("Elapsed");
    case FlagsPerSecond: return tr("Flags/s");
    case Ok: return tr("OK");
    case Errors: return tr("Errors");
    case MeanLatency: return tr("Mean latency");
    case P95Latency: return tr("p95 latency");
    default: return {};
    }
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool HistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Name || role != Qt::CheckStateRole)
        return false;
    setOverlaid(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

void HistoryModel::setOverlaid(int row, bool overlaid)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).overlaid == overlaid)
        return;
    m_rows[row].overlaid = overlaid;
    // Every overlaid run's colour may move along: repaint the whole name column.
    Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole, Qt::DecorationRole});
    Q_EMIT overlayChanged();
}

void HistoryModel::setOverlaidRows(const QList<int> &rows)
{
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].overlaid = rows.contains(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole, Qt::DecorationRole});
    Q_EMIT overlayChanged();
}

QList<int> HistoryModel::overlaidRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).overlaid)
            rows.append(row);
    }
    return rows;
}

QColor HistoryModel::overlayColor(int row) const
{
    if (!isOverlaid(row))
        return {};
    int place = 0;
    for (int i = 0; i < row; ++i)
        place += m_rows.at(i).overlaid ? 1 : 0;
    return colors::run(place);
}

} // namespace flaglab
