#pragma once

#include "lab/race.h"
#include "shell/guioptions.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QHBoxLayout;
class QLabel;
class QSplitter;

namespace flaglab {

class BuiltInServers;
class OverlayPlot;
class RaceLaneView;

// Race mode: two to four lanes, each a flags2 command line with its own
// engine, grid, progress and plot, started at the same instant against the
// same servers and run side by side; a shared plot overlays the flags each
// has brought. A lane that ends shows its time and place; when all are over,
// how many times faster than the slowest each one was. The lanes are
// independent: stopping one, or one failing, leaves the others running.
class RaceWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 100;

    // servers: the built-in ones, reseeded at each start (may be null).
    RaceWindow(BuiltInServers *servers, const GuiOptions &options, QWidget *parent = nullptr);
    ~RaceWindow() override;

    // The lanes' command lines (lab/race.h); false, and *error set, when one
    // is wrong, when there are not 2 to 4, or while racing.
    bool setLanes(const QStringList &arguments, QString *error = nullptr);
    QStringList laneArguments() const;
    int laneCount() const { return int(m_lanes.size()); }
    RaceLaneView *lane(int index) const { return m_lanes.at(index); }
    // Where lane N saves its flags when its line has no --dest: FOLDER/lane-N.
    void setDestination(const QString &folder) { m_destination = folder; }
    bool isRacing() const;
    // The line under the lanes: how the race stands, or why it did not start.
    QString status() const;
    bool hasRaced() const { return m_raced; }
    const RaceStandings &standings() const { return m_standings; }
    // {"race": [each lane's run report, in the lanes' order], "lanes": [place, time...], "elapsed_s": the whole race}
    QJsonObject report() const;
    OverlayPlot *plot() const { return m_plot; }

public Q_SLOTS:
    bool startRace();
    void stopAll();
    void editLanes();
    // The main window's presentation mode: this window follows it.
    void followPresentation(bool on);

Q_SIGNALS:
    // Every lane is over and its grid painted.
    void raceOver();
    void presentationRequested(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitSummaryFont();
    void buildLanes(const QList<RaceLane> &lanes);
    void refresh();
    void onLaneFinished(int index);
    void onLaneSettled(int index);
    void updateActions();
    void showSummary();

    BuiltInServers *m_servers;
    GuiOptions m_options;
    QString m_destination;
    QList<RaceLaneView *> m_lanes;
    QList<bool> m_settled;
    RaceStandings m_standings;
    QWidget *m_laneArea;
    QHBoxLayout *m_laneLayout;
    QLabel *m_summary;
    OverlayPlot *m_plot;
    QSplitter *m_splitter;
    QAction *m_start;
    QAction *m_stopAll;
    QAction *m_edit;
    QAction *m_presentation;
    QTimer m_refreshTimer;
    QElapsedTimer m_raceClock;
    qint64 m_raceNs = 0;        // from the start to the last lane's end
    bool m_racing = false;
    bool m_presenting = false;
    bool m_raced = false;
};

} // namespace flaglab
