#pragma once

#include "engine/runconfig.h"
#include "flags2/runoptions.h"
#include "flags2/countrycodes.h"
#include "flags2/serverlabels.h"
#include "server/answerfault.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace flaglab {

// The window's command line (flaglab): the book's flags2 options (-a -e -l -m
// -s -v CC...), FlagLab's run options as the CLI has them (RunOptions:
// --timeout, --dest, --threads, --http2, ...), and the options of scripted
// runs and of the lab. Not a run's parameters but the window's start-up
// orders: an option not given stays unset, so that the last session's
// settings fill in for it; the controls take what it says
// (ControlsPanel::applyOptions), and each run they start is a RunRequest.
// The run options with no control in the window (naming, max-connecting,
// HTTP/2, certificates) go from run straight into each RunConfig
// (MainWindow::configFor).
struct GuiOptions {
    std::optional<ServerTarget> server;
    std::optional<quint16> basePort;          // --base-port: main() passes it to setBookBasePort()
    std::optional<CodeSelection> selection;   // set when -a, -e, -l or a CC is given
    std::optional<int> maxReq;
    RunOptions run;                           // no --dest: defaultDestination()
    bool verbose = false;                     // also echo the log to stdout

    bool start = false;
    bool quitWhenDone = false;
    bool noServers = false;
    QString screenshotPath;
    QString reportPath;

    // The lab: what to run at start, what to show, and how the built-in servers behave.
    QString presetId;                         // a book scene (bookPresets()), played at start
    QList<int> sweepLevels;                   // a sweep at these concurrency levels, at start
    QString showView;                         // "flags", "history" or "sweep"; empty: as last time
    bool presentation = false;
    std::optional<int> serverDelayMinMs;      // DELAY and ERROR: each answer waits MIN..MAX
    std::optional<int> serverDelayMaxMs;
    std::optional<quint32> serverSeed;        // every built-in server
    // --faults, --fault-rate: every built-in server spoils this share of its
    // flags (flaglab-server's options of the same names); unset: as last time.
    std::optional<QList<AnswerFault>> serverFaults;
    std::optional<double> serverFaultRate;
    QString plotImagePath;                    // save the shown view's plot (PNG or SVG) when done
    QString replayPath;                       // --replay: play a recorded run (report or HAR) at start
    std::optional<double> replaySpeed;        // --speed, with --replay
    std::optional<double> replayPauseAtS;     // --pause-at: the replay pauses there, and a script ends

    // --race ARGS, two to four times: race mode with a lane per flags2 command line
    // (lab/race.h), each checked already; --start races them at once.
    QStringList raceLanes;

    bool isScripted() const { return quitWhenDone; }
    bool startsSomething() const
    {
        return start || !presetId.isEmpty() || !sweepLevels.isEmpty() || !replayPath.isEmpty();
    }
    bool opensRace() const { return !raceLanes.isEmpty(); }
};

struct GuiOptionsParse {
    enum class Result { Run, ExitOk, UsageError };
    Result result = Result::Run;
    GuiOptions options;
    QString text;           // help, version or the usage error, ready to print
    bool textToStdout = true;
};

GuiOptionsParse parseGuiOptions(const QStringList &arguments);

// The options of one run of a book scene (a flags2 command line such as
// "-s DELAY -al 100 -m 6 --threads"), with everything the line leaves out at
// the book's defaults, so that the scene does not depend on the last session.
std::optional<GuiOptions> presetRunOptions(const QStringList &flags2Arguments, QString *error = nullptr);

// True when the arguments only ask for text (help, version), which must work
// without a display.
bool wantsTextOnly(const QStringList &arguments);

// Where files go without --dest: a "downloaded" folder in the app's data folder,
// since a window started from a desktop has no meaningful current directory.
QString defaultDestination();

} // namespace flaglab
