// flaglab-cli: the book's flags2 command line, output for output, on the
// FlagLab engine (real concurrency, per-request timings, a JSON report).

#include "clirun.h"
#include "clisweep.h"
#include "flaglab_version.h"
#include "engine/loadpolicy.h"
#include "system/resourcelimits.h"
#include "flags2/runoptions.h"
#include "flags2/textreport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <unistd.h>

using namespace flaglab;

namespace {

const QString kEmbedded = QStringLiteral("embedded");
const QString kJson = QStringLiteral("json");
const QString kHar = QStringLiteral("har");
const QString kSweep = QStringLiteral("sweep");
const QString kCsv = QStringLiteral("csv");
const QString kRepeat = QStringLiteral("repeat");
const QString kLang = QStringLiteral("lang");

// --lang LANG (or --lang=LANG), read before the parser is built: the help is in that language.
std::optional<QString> requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return std::nullopt;
}

void addExtraOptions(Flags2CommandLine &commandLine)
{
    commandLine.addOptions({
        runOption(RunOption::Timeout,
                  QCoreApplication::translate("CliMain", "seconds a request may wait for a connection, and then for each piece of data once it is sent (default 3.1, as the book's httpx)")),
        runOption(RunOption::Dest, QCoreApplication::translate("CliMain", "folder to save the flags in (default ./downloaded)")),
        runOption(RunOption::NameByCountry,
                  QCoreApplication::translate("CliMain", "fetch metadata.json too and save each flag under its country's name")),
        runOption(RunOption::SingleManager,
                  QCoreApplication::translate("CliMain", "use one QNetworkAccessManager: Qt's hidden cap of 6 connections")),
        runOption(RunOption::Sync,
                  QCoreApplication::translate("CliMain", "flush each flag to the disk before renaming it into place, so that it is "
                                                         "complete or absent after a power cut too (slower; curl and wget do not)")),
        {kEmbedded, QCoreApplication::translate("CliMain", "start the built-in LOCAL, DELAY or ERROR server in this process")},
        {kJson, QCoreApplication::translate("CliMain", "write a JSON report with per-request timings to FILE; with - "
                                                       "it goes to standard output, and the text report to standard error"),
         QStringLiteral("FILE")},
        {kHar, QCoreApplication::translate("CliMain", "write the run as an HTTP Archive (HAR 1.2) to FILE, which "
                                                      "browsers' developer tools and other network tools read"),
         QStringLiteral("FILE")},
        runOption(RunOption::Retries,
                  QCoreApplication::translate("CliMain", "retry failed requests up to N times, with back-off (default 0)")),
        runOption(RunOption::MaxConnecting,
                  QCoreApplication::translate("CliMain", "open at most N connections at a time, so that a small server's "
                                                         "listen queue is not flooded (0: no limit; default %1)")
                      .arg(RunConfig().maxConnecting)),
        runOption(RunOption::Threads,
                  QCoreApplication::translate("CliMain", "use N threads, one blocking request each (as flags2_threadpool), "
                                                         "instead of one event loop")),
        runOption(RunOption::Http1,
                  QCoreApplication::translate("CliMain", "use HTTP/1.1, one connection per request in flight, also on https "
                                                         "(the default, as the book's httpx)")),
        runOption(RunOption::Http2,
                  QCoreApplication::translate("CliMain", "use HTTP/2: many requests as streams on one connection (prior "
                                                         "knowledge on http://, negotiated on https://)")),
        runOption(RunOption::CaCert,
                  QCoreApplication::translate("CliMain", "trust the certificates in the PEM FILE for https too, as curl's --cacert")),
        {kSweep, QCoreApplication::translate("CliMain", "run once per concurrency in LIST (e.g. 1,2,4,8, or \"default\" for 1..512) "
                                                     "and print a table"),
         QStringLiteral("LIST")},
        {kCsv, QCoreApplication::translate("CliMain", "where --sweep writes its CSV (default sweep.csv)"), QStringLiteral("FILE")},
        runOption(RunOption::AllowRemoteLoad,
                  QCoreApplication::translate("CliMain", "allow a heavy run (over %1 concurrent requests, or over %2 requests) "
                                                         "against a server that is not ours")
                      .arg(LoadPolicy::kRemoteSafeConcurrency)
                      .arg(LoadPolicy::kRemoteSafeRequests)),
        {kLang, QCoreApplication::translate("CliMain", "language of the messages and of the report: %1 (default: the "
                                                       "system's for the messages; the report stays in the book's English)")
                    .arg(i18n::languageCodes().join(QStringLiteral(", "))),
         QStringLiteral("LANG")},
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

int bookStyleUsageError(Flags2CommandLine &commandLine, const QString &message)
{
    commandLine.usageError(message);
    return usageError(commandLine);
}

// Somebody else's server: refuse a heavy run unless the user said they mean it.
bool refuseRemoteLoad(const CliJob &job)
{
    const LoadPolicy policy = LoadPolicy::fromEnvironment();
    const QString why = policy.confirmationNeeded(job.run.baseUrl, job.run.serverLabel, job.run.concurrency,
                                                  int(job.run.codes.size()));
    if (why.isEmpty())
        return false;
    std::fprintf(stderr, "%s\n",
                 QCoreApplication::translate("CliMain", "flaglab-cli: not started. %1\nUse -m %2 or less (and fewer "
                                                        "codes), or add --allow-remote-load if the server's owner "
                                                        "agrees to this load.")
                     .arg(why, QString::number(policy.safeConcurrency(job.run.serverLabel)))
                     .toUtf8()
                     .constData());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flaglab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLAGLAB_VERSION));
    raiseFileDescriptorLimit();

    // The messages follow the system's language, or --lang; the report lines
    // only --lang, so that by default they can be compared with the book's.
    const std::optional<QString> lang = requestedLanguage(QCoreApplication::arguments());
    const std::optional<QString> langCode = lang ? i18n::canonicalLanguage(*lang) : std::nullopt;
    const QString language = i18n::installTranslations(langCode.value_or(QString()));
    if (lang && !langCode) {
        std::fprintf(stderr, "%s\n",
                     QCoreApplication::translate("CliMain", "flaglab-cli: unknown language '%1'; use one of: %2")
                         .arg(*lang, i18n::languageCodes().join(QStringLiteral(", ")))
                         .toUtf8()
                         .constData());
        return 2;
    }
    setReportTranslated(langCode.has_value() && language != u"en");

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

    RunOptions runOptions;
    if (!readRunOptions(commandLine, &runOptions))
        return usageError(commandLine);
    int repeat = 1;
    if (!commandLine.readInt(kRepeat, &repeat))
        return usageError(commandLine);
    if (repeat < 1 || repeat > 10000)
        return bookStyleUsageError(commandLine, QCoreApplication::translate("CliMain", "--repeat N must be from 1 to 10000"));

    const QCommandLineParser &parser = commandLine.parser();
    CliJob job;
    job.flags2 = commandLine.options();
    if (job.flags2.basePort)        // the labels already follow it; --embedded's server too
        setBookBasePort(*job.flags2.basePort);
    job.run = runConfigOf(job.flags2, runOptions);
    job.embedded = parser.isSet(kEmbedded);
    job.jsonPath = parser.value(kJson);
    job.harPath = parser.value(kHar);
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

    if (!runOptions.allowRemoteLoad && refuseRemoteLoad(job))
        return 2;

    if (!sweepLevels.isEmpty()) {
        CliSweep sweep(job.run, sweepLevels, parser.isSet(kCsv) ? parser.value(kCsv) : QStringLiteral("sweep.csv"));
        return sweep.exec();
    }

    CliRun run(job);
    return run.exec();
}
