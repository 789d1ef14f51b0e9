#pragma once

#include "engine/runconfig.h"
#include "runsummary.h"

#include <QList>
#include <QObject>
#include <memory>

class QTemporaryDir;

namespace flaglab {

class DownloadEngine;

// One point of a sweep: a whole run at one concurrency.
struct SweepPoint {
    int concurrency = 0;
    RunSummary run;
};

// The book's advice made one click: run the same codes against the same
// server at a series of concurrency values, one run after another, each
// into an empty folder, to find where throughput stops rising.
class SweepRunner : public QObject {
    Q_OBJECT
public:
    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override;

    static QList<int> defaultLevels();                      // 1, 2, 4, ..., 512
    // "1,2,4,8" or "default"; empty with *error set when unreadable.
    static QList<int> parseLevels(const QString &text, QString *error);

    bool start(const RunConfig &base, const QList<int> &levels, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_engine != nullptr; }
    const QList<SweepPoint> &points() const { return m_points; }
    DownloadEngine *engine() const { return m_engine.get(); }   // the run under way, to watch it

    static QByteArray csv(const QList<SweepPoint> &points);
    // The knee: the first point that reaches 90% of the best throughput.
    static int kneeIndex(const QList<SweepPoint> &points);

Q_SIGNALS:
    void pointStarted(int index, int concurrency);
    void pointFinished(int index);
    void finished();

private:
    void startPoint();
    void onRunFinished();

    RunConfig m_base;
    QList<int> m_levels;
    QList<SweepPoint> m_points;
    std::unique_ptr<DownloadEngine> m_engine;
    std::unique_ptr<QTemporaryDir> m_destination;
    bool m_cancelled = false;
};

} // namespace flaglab
