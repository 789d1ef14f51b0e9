#pragma once

#include "lab/runhistory.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace flaglab {

// The session's runs as a table, one row per run in the order they ran (or
// were loaded), with the figures a class compares: elapsed time, flags per
// second, errors, mean and 95th-percentile latency. The name column is
// checkable: ticked runs are overlaid on the compare plot, each in a colour
// of its own (shown beside its name).
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Server, Model, Concurrency, Elapsed, FlagsPerSecond, Ok, Errors, MeanLatency,
                  P95Latency, ColumnCount };

    explicit HistoryModel(RunHistory *history, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const RunHistory &history() const { return *m_history; }
    bool isOverlaid(int row) const { return m_rows.value(row).overlaid; }
    void setOverlaid(int row, bool overlaid);
    void setOverlaidRows(const QList<int> &rows);     // exactly these
    QList<int> overlaidRows() const;
    // The colour of an overlaid run: by its place among the overlaid ones, so
    // that two runs compared always get the two most distinct colours.
    QColor overlayColor(int row) const;

Q_SIGNALS:
    void overlayChanged();

private:
    struct Row {
        bool overlaid = false;
        double meanLatencyS = 0;    // computed once: the table repaints often
        double p95LatencyS = 0;
    };
    void syncRows();
    QVariant display(const RunSummary &run, const Row &row, int column) const;

    RunHistory *m_history;
    QList<Row> m_rows;
};

} // namespace flaglab
