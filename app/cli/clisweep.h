#pragma once

#include "lab/sweep.h"

#include <QObject>

namespace flaglab {

// flaglab-cli --sweep: the same codes at each concurrency, a table row as
// each run ends, the knee, and a CSV file.
class CliSweep : public QObject {
    Q_OBJECT
public:
    CliSweep(const RunConfig &base, const QList<int> &levels, const QString &csvPath, QObject *parent = nullptr);
    int exec();

    static QString tableHeader();
    static QString tableRow(const SweepPoint &point);

private:
    void onFinished();

    RunConfig m_base;
    QList<int> m_levels;
    QString m_csvPath;
    SweepRunner m_sweep;
    bool m_interrupted = false;
};

} // namespace flaglab
