#pragma once

#include "runsummary.h"

#include <QList>
#include <QObject>

namespace flaglab {

// Every run of the session, in order; saved to and loaded from a JSON file
// so that a class can compare today's runs with last week's.
class RunHistory : public QObject {
    Q_OBJECT
public:
    explicit RunHistory(QObject *parent = nullptr);

    const QList<RunSummary> &runs() const { return m_runs; }
    void add(const RunSummary &run);
    void clear();

    bool save(const QString &path, QString *error = nullptr) const;
    bool load(const QString &path, QString *error = nullptr);   // appends to what is here

    // Per-request timings of one run as CSV, one row per code.
    static QByteArray timingsCsv(const RunSummary &run);

Q_SIGNALS:
    void changed();

private:
    QList<RunSummary> m_runs;
};

} // namespace flaglab
