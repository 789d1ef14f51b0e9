#pragma once

#include "lab/sweep.h"
#include "look/qcustomplot_nokeywords.h"

#include <QList>

namespace flaglab {

// A sweep's points against concurrency on a log2 axis: elapsed time (left)
// falling as 1/N while the server keeps up, throughput (right) rising until
// something saturates, and the knee (SweepRunner::kneeIndex) marked: the
// least concurrency that reaches 90% of the best throughput.
class SweepPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit SweepPlot(QWidget *parent = nullptr);

    // The levels to come: the axis shows them all from the start.
    void setLevels(const QList<int> &levels);
    // What was swept, above the plot (saved pictures need to say it).
    void setTitle(const QString &title);
    QString title() const;
    void showPoints(const QList<SweepPoint> &points);

    QCPGraph *elapsedGraph() const { return m_elapsed; }
    QCPGraph *throughputGraph() const { return m_throughput; }
    QCPGraph *idealGraph() const { return m_ideal; }
    int kneeIndex() const { return m_knee; }
    QCPItemStraightLine *kneeLine() const { return m_kneeLine; }
    QCPItemText *kneeLabel() const { return m_kneeLabel; }

    QSize minimumSizeHint() const override;

private:
    void fitAxes(const QList<SweepPoint> &points);
    void fitTitleAndLegend();     // to the plot's width: the title elides, the legend wraps

    QString m_fullTitle;

    QList<int> m_levels;
    QCPGraph *m_elapsed;
    QCPGraph *m_throughput;
    QCPGraph *m_ideal;
    QCPGraph *m_kneeMark;
    QCPItemStraightLine *m_kneeLine;
    QCPItemText *m_kneeLabel;
    QCPTextElement *m_title;
    int m_knee = -1;
};

} // namespace flaglab
