#include "shell/guioptions.h"

#include "flags2/commandline.h"
#include "flags2/runoptions.h"
#include "lab/presets.h"
#include "lab/race.h"
#include "lab/sweep.h"
#include "replay/replayclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cmath>
#include <limits>

namespace flaglab {

namespace {

const QString kStart = QStringLiteral("start");
const QString kQuitWhenDone = QStringLiteral("quit-when-done");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kReport = QStringLiteral("report");
const QString kNoServers = QStringLiteral("no-servers");
const QString kPreset = QStringLiteral("preset");
const QString kSweep = QStringLiteral("sweep");
const QString kShowView = QStringLiteral("show-view");
const QString kPresentation = QStringLiteral("presentation");
const QString kServerDelay = QStringLiteral("server-delay");
const QString kServerSeed = QStringLiteral("server-seed");
const QString kFaults = QStringLiteral("faults");
const QString kFaultRate = QStringLiteral("fault-rate");
const QString kSavePlot = QStringLiteral("save-plot");
const QString kReplay = QStringLiteral("replay");
const QString kSpeed = QStringLiteral("speed");
const QString kPauseAt = QStringLiteral("pause-at");
const QString kRace = QStringLiteral("race");

constexpr int kDefaultMaxReq = 20;
constexpr int kDefaultTimeoutMs = 3100;
constexpr double kLongestServerDelayS = 60;

QString presetIds()
{
    QStringList ids;
    for (const Preset &preset : bookPresets())
        ids << preset.id;
    return ids.join(QStringLiteral(", "));
}

// "0.2" or "0.5:5": seconds, as the server panel shows them.
bool parseDelay(const QString &text, int *minMs, int *maxMs)
{
    const QStringList parts = text.split(u':');
    if (parts.size() > 2)
        return false;
    double seconds[2] = {0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        seconds[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || seconds[i] < 0 || seconds[i] > kLongestServerDelayS)
            return false;
    }
    if (parts.size() == 1)
        seconds[1] = seconds[0];
    *minMs = int(std::lround(seconds[0] * 1000));
    *maxMs = int(std::lround(seconds[1] * 1000));
    return *minMs <= *maxMs;
}

// The run options of flags2, worded for the window; their checks are RunOptions'.
QList<QCommandLineOption> windowRunOptions()
{
    return {
        runOption(RunOption::Timeout, QCoreApplication::translate("GuiOptions", "seconds a request may wait for a connection, and then for each piece of data once it is sent (default=3.1)")),
        runOption(RunOption::Dest, QCoreApplication::translate("GuiOptions", "folder to save the flags in (default=%1)")
                                       .arg(QDir::toNativeSeparators(defaultDestination()))),
        runOption(RunOption::NameByCountry,
                  QCoreApplication::translate("GuiOptions", "save each flag under its country's name, as flags3 does")),
        runOption(RunOption::SingleManager,
                  QCoreApplication::translate("GuiOptions", "use one network manager: shows Qt's cap of 6 connections per host")),
        runOption(RunOption::Sync,
                  QCoreApplication::translate("GuiOptions", "flush each flag to the disk before renaming it into place, so that it is "
                                                            "complete or absent after a power cut too (slower)")),
        runOption(RunOption::Threads,
                  QCoreApplication::translate("GuiOptions", "one thread per request in flight, as flags2_threadpool (default: one event loop)")),
        runOption(RunOption::Retries,
                  QCoreApplication::translate("GuiOptions", "retry failed requests up to N times, with back-off (default 0)")),
        runOption(RunOption::MaxConnecting,
                  QCoreApplication::translate("GuiOptions", "open at most N connections at a time, so that a small server's "
                                                            "listen queue is not flooded (0: no limit; default %1)")
                      .arg(RunConfig().maxConnecting)),
        runOption(RunOption::AllowRemoteLoad,
                  QCoreApplication::translate("GuiOptions", "allow a heavy run against a server that is not ours without asking")),
        runOption(RunOption::Http1,
                  QCoreApplication::translate("GuiOptions", "use HTTP/1.1, one connection per request in flight, also on https (default)")),
        runOption(RunOption::Http2,
                  QCoreApplication::translate("GuiOptions", "use HTTP/2: many requests as streams on one connection (prior "
                                                            "knowledge on http://, negotiated on https://)")),
        runOption(RunOption::CaCert,
                  QCoreApplication::translate("GuiOptions", "trust the certificates in the PEM FILE for https too")),
    };
}

// A run without a hand on the mouse: start, quit, and what to leave behind.
QList<QCommandLineOption> scriptOptions()
{
    return {
        {kStart, QCoreApplication::translate("GuiOptions", "start the run at once")},
        {kQuitWhenDone, QCoreApplication::translate("GuiOptions", "quit when the run is over (after --report and --screenshot)")},
        {kScreenshot, QCoreApplication::translate("GuiOptions", "save the window as a PNG image when the run is over"), QStringLiteral("FILE")},
        {kReport, QCoreApplication::translate("GuiOptions", "write the run's JSON report, with the window's own figures, when the run is over"),
         QStringLiteral("FILE")},
        {kNoServers, QCoreApplication::translate("GuiOptions", "do not start the built-in LOCAL, DELAY and ERROR servers")},
    };
}

// The lab: a scene or a sweep at start, the view shown, the built-in servers' behaviour.
QList<QCommandLineOption> labOptions()
{
    return {
        {kPreset, QCoreApplication::translate("GuiOptions", "play a scene of the book at start: %1").arg(presetIds()), QStringLiteral("ID")},
        {kSweep, QCoreApplication::translate("GuiOptions", "sweep the chosen server and flags at each concurrency in LIST at start "
                                "(e.g. 1,2,4,8, or \"default\" for 1..512)"),
         QStringLiteral("LIST")},
        {kShowView, QCoreApplication::translate("GuiOptions", "show the flags, history or sweep view"), QStringLiteral("VIEW")},
        {kPresentation, QCoreApplication::translate("GuiOptions", "presentation mode: full screen, large type, high contrast")},
        {kServerDelay, QCoreApplication::translate("GuiOptions", "the built-in DELAY and ERROR servers wait S seconds, or MIN:MAX, before "
                                      "each answer (the book's 0.5:5)"),
         QStringLiteral("S")},
        {kServerSeed, QCoreApplication::translate("GuiOptions", "seed of the built-in servers' delays, errors and faults: each run repeats exactly"),
         QStringLiteral("N")},
        {kFaults, QCoreApplication::translate("GuiOptions", "the built-in servers make some flags faulty: LIST is one or more of "
                                                             "reset, truncate, stall and garbage, as flaglab-server --faults "
                                                             "(none: turn them off)"),
         QStringLiteral("LIST")},
        {kFaultRate, QCoreApplication::translate("GuiOptions", "share of the flags the built-in servers make faulty, 0 to 1 "
                                                                "(default 0.25)"),
         QStringLiteral("P")},
        {kSavePlot, QCoreApplication::translate("GuiOptions", "when done, save the shown view's plot as a PNG or SVG image"),
         QStringLiteral("FILE")},
        {kReplay, QCoreApplication::translate("GuiOptions", "replay a recorded run at start: a FlagLab JSON report, a FlagLab HAR "
                                "or a HAR from any other tool; nothing is downloaded"),
         QStringLiteral("FILE")},
        {kSpeed, QCoreApplication::translate("GuiOptions", "speed of --replay, from 0.05 to 4 (default 1: as recorded)"),
         QStringLiteral("X")},
        {kPauseAt, QCoreApplication::translate("GuiOptions", "pause --replay S seconds into the recorded run; with "
                                 "--quit-when-done, the report and screenshot are of that moment"),
         QStringLiteral("S")},
        {kRace, QCoreApplication::translate("GuiOptions", "race mode: a lane with the flags2 command line ARGS (e.g. "
                                                          "\"-s DELAY -m 1\"); give it %1 to %2 times, and --start "
                                                          "races the lanes at once")
                    .arg(kMinRaceLanes).arg(kMaxRaceLanes),
         QStringLiteral("ARGS")},
    };
}

// The book's flags2 options: only those given, so that the settings fill in the rest.
void takeFlags2Options(Flags2CommandLine &commandLine, GuiOptions *options)
{
    const QCommandLineParser &parser = commandLine.parser();
    const Flags2Options flags2 = commandLine.options();
    options->basePort = flags2.basePort;
    if (parser.isSet(QStringLiteral("server")))
        options->server = flags2.server;
    if (parser.isSet(QStringLiteral("max_req")))
        options->maxReq = flags2.maxReq;
    options->verbose = flags2.verbose;
    const bool every = parser.isSet(QStringLiteral("every"));
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList ccArgs = parser.positionalArguments();
    const bool limited = parser.isSet(QStringLiteral("limit"));
    if (every || all || limited || !ccArgs.isEmpty()) {
        CodeSelection selection;
        selection.every = every;
        selection.all = all;
        selection.ccArgs = ccArgs;
        if (limited)
            commandLine.readInt(QStringLiteral("limit"), &selection.limit);   // checked by parse()
        options->selection = selection;
    }
}

void takeScriptOptions(const QCommandLineParser &parser, GuiOptions *options)
{
    options->start = parser.isSet(kStart);
    options->quitWhenDone = parser.isSet(kQuitWhenDone);
    options->noServers = parser.isSet(kNoServers);
    options->screenshotPath = parser.value(kScreenshot);
    options->reportPath = parser.value(kReport);
}

// Each reader of a lab option: empty when it is fine (or not given), else the usage error.
QString readPreset(const QCommandLineParser &parser, GuiOptions *options)
{
    if (!parser.isSet(kPreset))
        return {};
    options->presetId = parser.value(kPreset);
    if (!presetById(options->presetId))
        return QCoreApplication::translate("GuiOptions", "--preset ID must be one of: %1").arg(presetIds());
    return {};
}

QString readSweep(const QCommandLineParser &parser, GuiOptions *options)
{
    if (!parser.isSet(kSweep))
        return {};
    QString error;
    options->sweepLevels = SweepRunner::parseLevels(parser.value(kSweep), &error);
    if (options->sweepLevels.isEmpty())
        return QStringLiteral("--sweep: ") + error;
    if (!options->presetId.isEmpty())
        return QCoreApplication::translate("GuiOptions", "--preset and --sweep cannot go together");
    return {};
}

QString readShowView(const QCommandLineParser &parser, GuiOptions *options)
{
    if (!parser.isSet(kShowView))
        return {};
    options->showView = parser.value(kShowView).toLower();
    if (!QStringList{QStringLiteral("flags"), QStringLiteral("history"), QStringLiteral("sweep")}.contains(options->showView))
        return QCoreApplication::translate("GuiOptions", "--show-view VIEW must be flags, history or sweep");
    return {};
}

QString readServerDelay(const QCommandLineParser &parser, GuiOptions *options)
{
    if (!parser.isSet(kServerDelay))
        return {};
    int minMs = 0;
    int maxMs = 0;
    if (!parseDelay(parser.value(kServerDelay), &minMs, &maxMs))
        return QCoreApplication::translate("GuiOptions", "--server-delay must be S or MIN:MAX, in seconds from 0 to %1")
            .arg(kLongestServerDelayS);
    options->serverDelayMinMs = minMs;
    options->serverDelayMaxMs = maxMs;
    return {};
}

QString readServerSeed(const QCommandLineParser &parser, GuiOptions *options)
{
    if (!parser.isSet(kServerSeed))
        return {};
    bool ok = false;
    const qulonglong seed = parser.value(kServerSeed).toULongLong(&ok);
    if (!ok || seed > std::numeric_limits<quint32>::max())
        return QCoreApplication::translate("GuiOptions", "--server-seed N must be a whole number from 0 to %1")
            .arg(std::numeric_limits<quint32>::max());
    options->serverSeed = quint32(seed);
    return {};
}

QString readReplay(const QCommandLineParser &parser, GuiOptions *options)
{
    if (parser.isSet(kSpeed)) {
        bool ok = false;
        const double speed = parser.value(kSpeed).toDouble(&ok);
        if (!ok || !(speed >= ReplayClock::kMinSpeed && speed <= ReplayClock::kMaxSpeed))
            return QCoreApplication::translate("GuiOptions", "--speed X must be a number from %1 to %2")
                .arg(ReplayClock::kMinSpeed).arg(ReplayClock::kMaxSpeed);
        if (!parser.isSet(kReplay))
            return QCoreApplication::translate("GuiOptions", "--speed goes with --replay");
        options->replaySpeed = speed;
    }
    if (parser.isSet(kPauseAt)) {
        bool ok = false;
        const double seconds = parser.value(kPauseAt).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds <= 24 * 3600))
            return QCoreApplication::translate("GuiOptions", "--pause-at S must be a number of seconds over 0");
        if (!parser.isSet(kReplay))
            return QCoreApplication::translate("GuiOptions", "--pause-at goes with --replay");
        options->replayPauseAtS = seconds;
    }
    if (!parser.isSet(kReplay))
        return {};
    options->replayPath = parser.value(kReplay);
    if (options->start || !options->presetId.isEmpty() || !options->sweepLevels.isEmpty())
        return QCoreApplication::translate("GuiOptions", "--replay cannot go with --start, --preset or --sweep");
    return {};
}

// Each lane is checked as flaglab-cli checks a command line.
QString readRace(const QCommandLineParser &parser, GuiOptions *options)
{
    if (!parser.isSet(kRace))
        return {};
    options->raceLanes = parser.values(kRace);
    const qsizetype lanes = options->raceLanes.size();
    if (lanes < kMinRaceLanes || lanes > kMaxRaceLanes)
        return QCoreApplication::translate("GuiOptions", "--race takes %1 to %2 lanes, one --race \"ARGS\" each; %3 given")
            .arg(kMinRaceLanes).arg(kMaxRaceLanes).arg(lanes);
    for (const QString &lane : std::as_const(options->raceLanes)) {
        QString error;
        if (!parseRaceLane(lane, &error))
            return QStringLiteral("--race \"%1\": %2").arg(lane, error);
    }
    if (!options->presetId.isEmpty() || !options->sweepLevels.isEmpty() || !options->replayPath.isEmpty())
        return QCoreApplication::translate("GuiOptions", "--race cannot go with --preset, --sweep or --replay");
    return {};
}

QString readServerFaults(const QCommandLineParser &parser, GuiOptions *options)
{
    if (parser.isSet(kFaultRate) && !parser.isSet(kFaults))
        return QCoreApplication::translate("GuiOptions", "--fault-rate needs --faults, e.g. --faults reset,truncate");
    if (parser.isSet(kFaults)) {
        const QString list = parser.value(kFaults);
        const std::optional<QList<AnswerFault>> faults = list.compare(u"none", Qt::CaseInsensitive) == 0
                                                             ? std::optional(QList<AnswerFault>())
                                                             : answerFaultList(list);
        if (!faults)
            return QCoreApplication::translate("GuiOptions", "--faults LIST takes reset, truncate, stall and garbage, "
                                                             "separated by commas, or none");
        options->serverFaults = *faults;
    }
    if (parser.isSet(kFaultRate)) {
        bool ok = false;
        const double rate = parser.value(kFaultRate).toDouble(&ok);
        if (!ok || !(rate >= 0 && rate <= 1))
            return QCoreApplication::translate("GuiOptions", "--fault-rate P must be a number from 0 to 1");
        options->serverFaultRate = rate;
    }
    return {};
}

// The lab's options, checked in this order; the first problem found, or empty.
QString readLabOptions(const QCommandLineParser &parser, GuiOptions *options)
{
    for (auto read : {readPreset, readSweep, readShowView, readServerDelay, readServerSeed, readServerFaults, readReplay,
                      readRace}) {
        const QString problem = read(parser, options);
        if (!problem.isEmpty())
            return problem;
    }
    options->presentation = parser.isSet(kPresentation);
    options->plotImagePath = parser.value(kSavePlot);
    return {};
}

GuiOptionsParse usageErrorOf(const Flags2CommandLine &commandLine)
{
    GuiOptionsParse out;
    out.result = GuiOptionsParse::Result::UsageError;
    out.text = commandLine.errorText();
    out.textToStdout = commandLine.errorToStdout();
    return out;
}

GuiOptionsParse textOnly(const QString &text)
{
    GuiOptionsParse out;
    out.result = GuiOptionsParse::Result::ExitOk;
    out.text = text;
    return out;
}

} // namespace

bool wantsTextOnly(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--")
            break;
        if (arg == u"-h" || arg == u"--help" || arg == u"-?" || arg == u"--help-all" || arg == u"--version")
            return true;
    }
    return false;
}

QString defaultDestination()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base.isEmpty() ? QDir::currentPath() : base).filePath(QStringLiteral("downloaded"));
}

GuiOptionsParse parseGuiOptions(const QStringList &arguments)
{
    Flags2CommandLine commandLine(QStringLiteral("flaglab"), kDefaultMaxReq);
    commandLine.addOptions(windowRunOptions() + scriptOptions() + labOptions());
    if (!commandLine.parse(arguments))
        return usageErrorOf(commandLine);
    if (commandLine.helpRequested())
        return textOnly(commandLine.helpText());
    if (commandLine.versionRequested())
        return textOnly(QStringLiteral("flaglab %1\n").arg(QCoreApplication::applicationVersion()));
    RunOptions run;
    if (!readRunOptions(commandLine, &run))
        return usageErrorOf(commandLine);

    GuiOptionsParse out;
    takeFlags2Options(commandLine, &out.options);
    out.options.run = run;
    takeScriptOptions(commandLine.parser(), &out.options);
    const QString problem = readLabOptions(commandLine.parser(), &out.options);
    if (!problem.isEmpty()) {
        commandLine.usageError(problem);
        return usageErrorOf(commandLine);
    }
    return out;
}

std::optional<GuiOptions> presetRunOptions(const QStringList &flags2Arguments, QString *error)
{
    const GuiOptionsParse parse = parseGuiOptions(QStringList{QStringLiteral("flaglab")} + flags2Arguments);
    if (parse.result != GuiOptionsParse::Result::Run) {
        if (error)
            *error = parse.text.trimmed();
        return std::nullopt;
    }
    GuiOptions options = parse.options;
    if (!options.server)
        options.server = resolveServer(QStringLiteral("LOCAL"));
    if (!options.selection)
        options.selection = CodeSelection{};
    if (!options.maxReq)
        options.maxReq = kDefaultMaxReq;
    if (!options.run.timeoutMs)
        options.run.timeoutMs = kDefaultTimeoutMs;
    if (!options.run.model)
        options.run.model = RunConfig::Model::EventLoop;
    if (!options.run.retries)
        options.run.retries = 0;
    if (!options.run.protocol)
        options.run.protocol = RunConfig::Protocol::Http1;
    return options;
}

} // namespace flaglab
