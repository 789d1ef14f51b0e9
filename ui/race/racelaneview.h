#pragma once

#include "lab/race.h"
#include "lab/runsummary.h"
#include "runcontrols/enginethread.h"

#include <QColor>
#include <QJsonObject>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace flaglab {

class ProgressStrip;
class RunPlan;
class ThroughputPlot;
class ThumbnailModel;
class ThumbnailView;

// One lane of a race: its own engine (EngineThread), grid of flags, progress
// strip with the elapsed clock, and throughput plot, under a header that
// names the run in the lane's colour and, once the lane is over, its place.
// Its Stop stops this lane only.
class RaceLaneView : public QWidget {
    Q_OBJECT
public:
    RaceLaneView(int index, const RaceLane &lane, QWidget *parent = nullptr);
    ~RaceLaneView() override;

    int index() const { return m_index; }
    const RaceLane &lane() const { return m_lane; }
    QColor color() const;
    const EngineThread &engine() const { return m_engine; }
    bool isRunning() const { return m_engine.isRunning(); }
    bool isOver() const { return m_over; }
    // The lane ran to its end and brought at least one flag: it can have a place.
    bool canBePlaced() const;

    // Where the lane saves its flags, unless its own line says (--dest).
    void setDestination(const QString &folder);
    // Starts the lane's run at once, as planned by RunPlan::together() with the other lanes.
    bool start(RunPlan plan, QString *error);
    void refresh();
    // The lane's own words, for the legend and the report: its run so far.
    RunSummary summary() const;
    QJsonObject report() const { return m_engine.report(); }

    // Off in presentation mode, where the grid needs the room and the race's plot shows every lane.
    void setPlotShown(bool shown);
    void showPlace(int place, double elapsedS);
    void showTimesFaster(std::optional<double> times, bool slowest);
    void showProblem(const QString &problem);   // the lane could not start

public Q_SLOTS:
    void stop();

Q_SIGNALS:
    void engineFinished(int index);     // the run is over: its time is known
    void settled(int index);            // and its grid shows every result

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitResultFont();
    void onEngineFinished();
    void setResult(const QString &text, const QString &toolTip = {});

    int m_index;
    RaceLane m_lane;
    EngineThread m_engine;
    ThumbnailModel *m_thumbnails;
    QLabel *m_header;
    QLabel *m_result;
    QPushButton *m_stop;
    ProgressStrip *m_progress;
    ThumbnailView *m_grid;
    ThroughputPlot *m_plot;
    QString m_placeText;
    bool m_over = false;
};

// "1st", "2nd", "3rd", "4th": a lane's place.
QString placeName(int place);

} // namespace flaglab
