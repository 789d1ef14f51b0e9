#include "race.h"

#include "flags2/commandline.h"
#include "flags2/runoptions.h"
#include "lab/presets.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>

namespace flaglab {

namespace {

// flaglab-cli's default, so that a lane and the CLI read a line alike.
constexpr int kLaneDefaultMaxReq = 5;

QList<QCommandLineOption> laneRunOptions()
{
    QList<QCommandLineOption> options;
    for (RunOption option : kAllRunOptions)
        options << runOption(option, QString());
    return options;
}

CodeSelection selectionOf(const QCommandLineParser &parser)
{
    CodeSelection selection;
    selection.every = parser.isSet(QStringLiteral("every"));
    selection.all = parser.isSet(QStringLiteral("all"));
    selection.ccArgs = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("limit")))
        selection.limit = parser.value(QStringLiteral("limit")).trimmed().toInt();   // checked by parse()
    return selection;
}

std::optional<RaceLane> refuseLane(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

std::optional<RaceLane> parseRaceLane(const QString &arguments, QString *error)
{
    const QStringList words = QProcess::splitCommand(arguments);
    Flags2CommandLine commandLine(QStringLiteral("flaglab --race"), kLaneDefaultMaxReq);
    commandLine.addOptions(laneRunOptions());
    if (!commandLine.parse(QStringList{QStringLiteral("flaglab")} + words))
        return refuseLane(error, commandLine.errorReason());
    if (commandLine.helpRequested() || commandLine.versionRequested())
        return refuseLane(error, QCoreApplication::translate("RaceLane", "a lane is a run's options; --help goes alone"));
    if (commandLine.parser().isSet(QStringLiteral("base-port")))
        return refuseLane(error, QCoreApplication::translate("RaceLane", "--base-port is the window's, for every lane: "
                                                                     "give it before the first --race"));
    RunOptions options;
    if (!readRunOptions(commandLine, &options))
        return refuseLane(error, commandLine.errorReason());

    const Flags2Options flags2 = commandLine.options();
    RaceLane lane;
    lane.arguments = words.join(u' ');
    lane.config = runConfigOf(flags2, options);
    RunRequest &request = lane.request;
    request.server = flags2.server;
    request.selection = selectionOf(commandLine.parser());
    request.codes = flags2.codes;
    request.maxReq = flags2.maxReq;
    request.timeoutMs = lane.config.timeoutMs;
    request.model = lane.config.model;
    request.singleManager = lane.config.singleManager;
    request.protocol = lane.config.protocol;
    request.retries = lane.config.retries;
    if (options.destination)
        request.destination = *options.destination;
    return lane;
}

QStringList raceLanesOf(const Preset &preset)
{
    QStringList lanes;
    for (const QStringList &run : preset.runs)
        lanes << run.join(u' ');
    return lanes;
}

RaceStandings::RaceStandings(int lanes)
    : m_lanes(lanes)
{
}

int RaceStandings::finish(int lane, double elapsedS, bool placed)
{
    Lane &entry = m_lanes[lane];
    if (!entry.finished) {
        entry.finished = true;
        entry.placed = placed;
        entry.elapsedS = elapsedS;
    }
    return place(lane);
}

int RaceStandings::place(int lane) const
{
    const Lane &mine = m_lanes.at(lane);
    if (!mine.finished || !mine.placed)
        return 0;
    int place = 1;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &other = m_lanes.at(i);
        // A tie goes to the lane listed first.
        if (i != lane && other.finished && other.placed
            && (other.elapsedS < mine.elapsedS || (other.elapsedS == mine.elapsedS && i < lane)))
            ++place;
    }
    return place;
}

bool RaceStandings::allFinished() const
{
    return std::all_of(m_lanes.cbegin(), m_lanes.cend(), [](const Lane &lane) { return lane.finished; });
}

int RaceStandings::slowestLane() const
{
    if (!allFinished())
        return -1;
    int slowest = -1;
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (place(i) > 0 && (slowest < 0 || place(i) > place(slowest)))
            slowest = i;
    }
    return slowest;
}

std::optional<double> RaceStandings::timesFasterThanSlowest(int lane) const
{
    const int slowest = slowestLane();
    if (slowest < 0 || place(lane) == 0)
        return std::nullopt;
    const double mine = m_lanes.at(lane).elapsedS;
    if (mine <= 0)
        return std::nullopt;
    return m_lanes.at(slowest).elapsedS / mine;
}

} // namespace flaglab
