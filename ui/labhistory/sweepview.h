#pragma once

#include "lab/sweep.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui { class SweepView; }

namespace flaglab {

class SweepPlot;

// The Sweep view: the concurrency levels to try, the Sweep and Stop buttons,
// and the plot that fills point by point as each run ends.
class SweepView : public QWidget {
    Q_OBJECT
public:
    explicit SweepView(QWidget *parent = nullptr);
    ~SweepView() override;

    QList<int> levels() const;              // empty when the field is wrong
    void setLevels(const QList<int> &levels);
    SweepPlot *plot() const;
    const QList<SweepPoint> &points() const { return m_points; }

    void setRunEnabled(bool canStart, bool canStop);
    // A sweep of `what` (e.g. "DELAY -a") at these levels begins.
    void begin(const QString &what, const QList<int> &levels);
    void showRunning(int index, int level);
    void showPoints(const QList<SweepPoint> &points, bool over);

Q_SIGNALS:
    void sweepRequested(const QList<int> &levels);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void showStatus(const QString &text);
    void sizeStatus();

    std::unique_ptr<Ui::SweepView> ui;
    QString m_what;
    QList<int> m_planned;
    QList<SweepPoint> m_points;
    QString m_problem;
    bool m_canStart = true;
};

} // namespace flaglab
