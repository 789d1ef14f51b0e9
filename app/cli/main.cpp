// flaglab-cli: the book's flags2 command line, output for output, on the
// FlagLab engine (real concurrency, per-request timings, a JSON report).

#include "clirun.h"
#include "clisweep.h"
#include "engine/loadpolicy.h"
#include "system/resourcelimits.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <unistd.h>

using namespace flaglab;

namespace {

const QString kTimeout = QStringLiteral("timeout");
const QString kDest = QStringLiteral("dest");
const QString kByCountry = QStringLiteral("name-by-country");
const QString kSingleManager = QStringLiteral("single-manager");
const QString kEmbedded = QStringLiteral("embedded");
const QString kJson = QStringLiteral("json");
const QString kRetries = QStringLiteral("retries");
const QString kSweep = QStringLiteral("sweep");
const QString kThreads = QStringLiteral("threads");
const QString kCsv = QStringLiteral("csv");
const QString kAllowRemoteLoad = QStringLiteral("allow-remote-load");
const QString kRepeat = QStringLiteral("repeat");

void addExtraOptions(Flags2CommandLine &commandLine)
{
    commandLine.addOptions({
        {kTimeout, QStringLiteral("seconds without data before a request fails (default 3.1)"),
         QStringLiteral("S")},
        {kDest, QStringLiteral("folder to save the flags in (default ./downloaded)"), QStringLiteral("DIR")},
        {kByCountry, QStringLiteral("fetch metadata.json too and save each flag under its country's name")},
        {kSingleManager, QStringLiteral("use one QNetworkAccessManager: Qt's hidden cap of 6 connections")},
        {kEmbedded, QStringLiteral("start the built-in LOCAL, DELAY or ERROR server in this process")},
        {kJson, QStringLiteral("write a JSON report with per-request timings to FILE"), QStringLiteral("FILE")},
        {kRetries, QStringLiteral("retry failed requests up to N times, with back-off (default 0)"),
         QStringLiteral("N")},
        {kThreads, QStringLiteral("use N threads, one blocking request each (as flags2_threadpool), "
                                  "instead of one event loop")},
        {kSweep, QStringLiteral("run once per concurrency in LIST (e.g. 1,2,4,8, or \"default\" for 1..512) "
                                "and print a table"),
         QStringLiteral("LIST")},
        {kCsv, QStringLiteral("where --sweep writes its CSV (default sweep.csv)"), QStringLiteral("FILE")},
        {kAllowRemoteLoad, QStringLiteral("allow a heavy run (over %1 concurrent requests, or over %2 requests) "
                                          "against a server that is not ours")
                               .arg(LoadPolicy::kRemoteSafeConcurrency).arg(LoadPolicy::kRemoteSafeRequests)},
    });
    // Soak tests (bench/soak-error.sh): the job N times in one process, with
    // each run's accounting and the process's RSS. Not shown in --help.
    QCommandLineOption repeat(kRepeat, QStringLiteral("run the job N times in one process"), QStringLiteral("N"));
    repeat.setFlags(QCommandLineOption::HiddenFromHelp);
    commandLine.addOptions({repeat});
}

int usageError(const Flags2CommandLine &commandLine)
{
    std::fputs(commandLine.errorText().toUtf8().constData(), commandLine.errorToStdout() ? stdout : stderr);
    return 2;
}

int bookStyleUsageError(const Flags2CommandLine &commandLine, const QString &message)
{
    std::printf("*** Usage error: %s\n%s\n", message.toUtf8().constData(), commandLine.usageLine().toUtf8().constData());
    return 2;
}

// Somebody else's server: refuse a heavy run unless the user said they mean it.
bool refuseRemoteLoad(const CliJob &job)
{
    const LoadPolicy policy = LoadPolicy::fromEnvironment();
    const QString why = policy.confirmationNeeded(job.run.baseUrl, job.run.serverLabel, job.run.concurrency,
                                                  int(job.run.codes.size()));
    if (why.isEmpty())
        return false;
    std::fprintf(stderr, "flaglab-cli: not started. %s\nUse -m %d or less (and fewer codes), or add "
                         "--allow-remote-load if the server's owner agrees to this load.\n",
                 why.toUtf8().constData(), policy.safeConcurrency(job.run.serverLabel));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flaglab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLAGLAB_VERSION));
    raiseFileDescriptorLimit();

    Flags2CommandLine commandLine(QStringLiteral("flaglab-cli"), 5);
    addExtraOptions(commandLine);
    if (!commandLine.parse(QCoreApplication::arguments()))
        return usageError(commandLine);
    if (commandLine.helpRequested()) {
        std::fputs(commandLine.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (commandLine.versionRequested()) {
        std::printf("flaglab-cli %s\n", FLAGLAB_VERSION);
        return 0;
    }

    double timeoutSeconds = 3.1;
    if (!commandLine.readDouble(kTimeout, &timeoutSeconds))
        return usageError(commandLine);
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 3600))
        return bookStyleUsageError(commandLine, QStringLiteral("--timeout S must be > 0 and <= 3600"));
    int retries = 0;
    if (!commandLine.readInt(kRetries, &retries))
        return usageError(commandLine);
    if (retries < 0 || retries > 10)
        return bookStyleUsageError(commandLine, QStringLiteral("--retries N must be from 0 to 10"));
    int repeat = 1;
    if (!commandLine.readInt(kRepeat, &repeat))
        return usageError(commandLine);
    if (repeat < 1 || repeat > 10000)
        return bookStyleUsageError(commandLine, QStringLiteral("--repeat N must be from 1 to 10000"));

    const QCommandLineParser &parser = commandLine.parser();
    CliJob job;
    job.flags2 = commandLine.options();
    job.run.baseUrl = job.flags2.server.baseUrl;
    job.run.serverLabel = job.flags2.server.label;
    job.run.codes = job.flags2.codes;
    job.run.concurrency = job.flags2.actualReq;
    job.run.timeoutMs = int(timeoutSeconds * 1000);
    job.run.destination = parser.isSet(kDest) ? parser.value(kDest) : QStringLiteral("downloaded");
    job.run.naming = parser.isSet(kByCountry) ? RunConfig::Naming::ByCountry : RunConfig::Naming::ByCode;
    job.run.singleManager = parser.isSet(kSingleManager);
    job.run.model = parser.isSet(kThreads) ? RunConfig::Model::Threads : RunConfig::Model::EventLoop;
    job.run.retries = retries;
    job.embedded = parser.isSet(kEmbedded);
    job.jsonPath = parser.value(kJson);
    job.repeat = repeat;
    job.progressBar = !job.flags2.verbose && ::isatty(fileno(stderr));

    QList<int> sweepLevels;
    if (parser.isSet(kSweep)) {
        QString error;
        sweepLevels = SweepRunner::parseLevels(parser.value(kSweep), &error);
        if (sweepLevels.isEmpty())
            return bookStyleUsageError(commandLine, QStringLiteral("--sweep: ") + error);
        job.run.concurrency = std::min<int>(*std::max_element(sweepLevels.begin(), sweepLevels.end()),
                                            int(job.run.codes.size()));
    }

    if (!parser.isSet(kAllowRemoteLoad) && refuseRemoteLoad(job))
        return 2;

    if (!sweepLevels.isEmpty()) {
        CliSweep sweep(job.run, sweepLevels, parser.isSet(kCsv) ? parser.value(kCsv) : QStringLiteral("sweep.csv"));
        return sweep.exec();
    }

    CliRun run(job);
    return run.exec();
}
