#pragma once

#include "engine/runconfig.h"
#include "lab/runrequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace flaglab {

// One lane of a race: a flags2 command line, read as flaglab-cli reads it
// (its defaults too: -m 5, the event loop, HTTP/1.1, a 3.1 s time-out), so
// that a lane and the same line run alone with flaglab-cli are one run.
struct RaceLane {
    QString arguments;      // as typed, e.g. "-s DELAY -al 24 -m 1"
    RunRequest request;     // names the lane (runName)
    RunConfig config;       // what its engine runs; saveFiles and destination set by the race
};

constexpr int kMinRaceLanes = 2;
constexpr int kMaxRaceLanes = 4;

// A lane's command line, checked by Flags2CommandLine and readRunOptions();
// nullopt with *error set to the reason (one line) when it is wrong. Options
// of the whole window (--base-port, --help) have no place in a lane.
std::optional<RaceLane> parseRaceLane(const QString &arguments, QString *error = nullptr);

struct Preset;
// A race scene's runs (Preset::race) as lanes' command lines.
QStringList raceLanesOf(const Preset &preset);

// The places of a race, by each lane's own elapsed time. A lane is placed
// when it ran to its end and brought at least one flag: a stopped lane, or
// one whose server is down, finishes nowhere. Places are by time, not by the
// order in which the window hears of the ends: each lane's clock starts when
// its engine starts, a few milliseconds apart, and its end is reported
// through its own thread; so a lane may finish after one it beat, and take
// its place.
class RaceStandings {
public:
    explicit RaceStandings(int lanes = 0);

    // Lane `lane` is over after elapsedS; its place among the lanes over so
    // far (1 for the first), or 0 when it is not placed. Once only.
    int finish(int lane, double elapsedS, bool placed);
    bool isFinished(int lane) const { return m_lanes.at(lane).finished; }
    bool allFinished() const;
    int place(int lane) const;      // among the lanes over so far; 0: not placed (or not over)
    double elapsedS(int lane) const { return m_lanes.at(lane).elapsedS; }
    // Once every lane is over: how many times faster than the slowest placed
    // lane (1 for the slowest itself); nullopt for a lane with no place.
    std::optional<double> timesFasterThanSlowest(int lane) const;
    int slowestLane() const;    // -1 while lanes run, or when none is placed

private:
    struct Lane {
        bool finished = false;
        bool placed = false;
        double elapsedS = 0;
    };
    QList<Lane> m_lanes;
};

} // namespace flaglab
