#include "guioptions.h"

#include "flags2/commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cmath>

namespace flaglab {

namespace {

const QString kTimeout = QStringLiteral("timeout");
const QString kDest = QStringLiteral("dest");
const QString kNameByCountry = QStringLiteral("name-by-country");
const QString kSingleManager = QStringLiteral("single-manager");
const QString kStart = QStringLiteral("start");
const QString kQuitWhenDone = QStringLiteral("quit-when-done");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kReport = QStringLiteral("report");
const QString kNoServers = QStringLiteral("no-servers");
const QString kThreads = QStringLiteral("threads");
const QString kRetries = QStringLiteral("retries");
const QString kAllowRemoteLoad = QStringLiteral("allow-remote-load");

constexpr int kDefaultMaxReq = 20;

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
    GuiOptionsParse out;
    Flags2CommandLine commandLine(QStringLiteral("flaglab"), kDefaultMaxReq);
    commandLine.addOptions({
        {kTimeout, QStringLiteral("time-out of each request in seconds (default=3.1)"), QStringLiteral("S")},
        {kDest, QStringLiteral("folder to save the flags in (default=%1)").arg(QDir::toNativeSeparators(defaultDestination())),
         QStringLiteral("DIR")},
        {kNameByCountry, QStringLiteral("save each flag under its country's name, as flags3 does")},
        {kSingleManager, QStringLiteral("use one network manager: shows Qt's cap of 6 connections per host")},
        {kThreads, QStringLiteral("one thread per request in flight, as flags2_threadpool (default: one event loop)")},
        {kRetries, QStringLiteral("retry failed requests up to N times, with back-off (default 0)"), QStringLiteral("N")},
        {kAllowRemoteLoad, QStringLiteral("allow a heavy run against a server that is not ours without asking")},
        {kStart, QStringLiteral("start the run at once")},
        {kQuitWhenDone, QStringLiteral("quit when the run is over (after --report and --screenshot)")},
        {kScreenshot, QStringLiteral("save the window as a PNG image when the run is over"), QStringLiteral("FILE")},
        {kReport, QStringLiteral("write the run's JSON report, with the window's own figures, when the run is over"),
         QStringLiteral("FILE")},
        {kNoServers, QStringLiteral("do not start the built-in LOCAL, DELAY and ERROR servers")},
    });

    const auto usageError = [&out, &commandLine](const QString &bookMessage = {}) {
        out.result = GuiOptionsParse::Result::UsageError;
        out.text = bookMessage.isEmpty() ? commandLine.errorText()
                                         : QStringLiteral("*** Usage error: ") + bookMessage + u'\n'
                                               + commandLine.usageLine() + u'\n';
        out.textToStdout = bookMessage.isEmpty() ? commandLine.errorToStdout() : true;
        return out;
    };
    if (!commandLine.parse(arguments))
        return usageError();
    if (commandLine.helpRequested()) {
        out.result = GuiOptionsParse::Result::ExitOk;
        out.text = commandLine.helpText();
        return out;
    }
    if (commandLine.versionRequested()) {
        out.result = GuiOptionsParse::Result::ExitOk;
        out.text = QStringLiteral("flaglab %1\n").arg(QCoreApplication::applicationVersion());
        return out;
    }

    double timeoutS = 3.1;
    int retries = 0;
    if (!commandLine.readDouble(kTimeout, &timeoutS) || !commandLine.readInt(kRetries, &retries))
        return usageError();
    // The CLI's limits and words.
    if (!(timeoutS > 0 && timeoutS <= 3600))
        return usageError(QStringLiteral("--timeout S must be > 0 and <= 3600"));
    if (retries < 0 || retries > 10)
        return usageError(QStringLiteral("--retries N must be from 0 to 10"));
    const QCommandLineParser &parser = commandLine.parser();

    const Flags2Options flags2 = commandLine.options();
    GuiOptions &options = out.options;
    if (parser.isSet(QStringLiteral("server")))
        options.server = flags2.server;
    if (parser.isSet(QStringLiteral("max_req")))
        options.maxReq = flags2.maxReq;
    if (parser.isSet(kTimeout))
        options.timeoutMs = int(std::lround(timeoutS * 1000));
    if (parser.isSet(kThreads))
        options.model = RunConfig::Model::Threads;
    if (parser.isSet(kRetries))
        options.retries = retries;
    options.allowRemoteLoad = parser.isSet(kAllowRemoteLoad);
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
        options.selection = selection;
    }
    options.destination = parser.value(kDest);
    options.nameByCountry = parser.isSet(kNameByCountry);
    options.singleManager = parser.isSet(kSingleManager);
    options.verbose = flags2.verbose;
    options.start = parser.isSet(kStart);
    options.quitWhenDone = parser.isSet(kQuitWhenDone);
    options.noServers = parser.isSet(kNoServers);
    options.screenshotPath = parser.value(kScreenshot);
    options.reportPath = parser.value(kReport);
    return out;
}

} // namespace flaglab
