#pragma once

#include "engine/runconfig.h"
#include "lab/runrequest.h"
#include "lab/sweep.h"

#include <QList>
#include <QObject>
#include <memory>

class QTemporaryDir;

namespace flaglab {

// A sweep run through the window's engine thread, so that the live views
// show every run as it happens: the controls' request once per level, each
// into an empty temporary folder. SweepRunner does the same for the CLI
// with an engine of its own in the caller's thread; its points, levels,
// knee and CSV are the ones used here.
class SweepDriver : public QObject {
    Q_OBJECT
public:
    explicit SweepDriver(QObject *parent = nullptr);
    ~SweepDriver() override;

    void begin(const RunRequest &base, const QList<int> &levels);
    bool isActive() const { return m_active; }
    bool hasNext() const { return m_active && !m_cancelled && m_next < m_levels.size(); }
    const RunRequest &base() const { return m_base; }
    const QList<int> &levels() const { return m_levels; }
    const QList<SweepPoint> &points() const { return m_points; }

    // The next point: the base request at the next level, and its run's config
    // (SweepRunner's: concurrency no more than the codes, an empty folder).
    RunRequest nextRequest();
    RunConfig pointConfig(RunConfig config) const;
    int pointIndex() const { return m_next - 1; }
    int pointLevel() const { return m_levels.value(m_next - 1); }
    // The run of the point under way is over (a stopped run is no point).
    void addPoint(const RunSummary &run);
    void cancel() { m_cancelled = true; }
    void end();

private:
    RunRequest m_base;
    QList<int> m_levels;
    QList<SweepPoint> m_points;
    std::unique_ptr<QTemporaryDir> m_folder;
    int m_next = 0;
    bool m_active = false;
    bool m_cancelled = false;
};

} // namespace flaglab
