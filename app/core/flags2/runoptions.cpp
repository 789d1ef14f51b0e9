#include "runoptions.h"

#include "commandline.h"

#include <QCoreApplication>

#include <cmath>

namespace flaglab {

namespace {

const QString kTimeout = QStringLiteral("timeout");
const QString kDest = QStringLiteral("dest");
const QString kNameByCountry = QStringLiteral("name-by-country");
const QString kSingleManager = QStringLiteral("single-manager");
const QString kThreads = QStringLiteral("threads");
const QString kRetries = QStringLiteral("retries");
const QString kMaxConnecting = QStringLiteral("max-connecting");
const QString kAllowRemoteLoad = QStringLiteral("allow-remote-load");
const QString kHttp1 = QStringLiteral("http1");
const QString kHttp2 = QStringLiteral("http2");
const QString kCaCert = QStringLiteral("cacert");
const QString kSync = QStringLiteral("sync");

} // namespace

QCommandLineOption runOption(RunOption option, const QString &help)
{
    switch (option) {
    case RunOption::Timeout:
        return {kTimeout, help, QStringLiteral("S")};
    case RunOption::Dest:
        return {kDest, help, QStringLiteral("DIR")};
    case RunOption::NameByCountry:
        return {kNameByCountry, help};
    case RunOption::SingleManager:
        return {kSingleManager, help};
    case RunOption::Threads:
        return {kThreads, help};
    case RunOption::Retries:
        return {kRetries, help, QStringLiteral("N")};
    case RunOption::MaxConnecting:
        return {kMaxConnecting, help, QStringLiteral("N")};
    case RunOption::AllowRemoteLoad:
        return {kAllowRemoteLoad, help};
    case RunOption::Http1:
        return {kHttp1, help};
    case RunOption::Http2:
        return {kHttp2, help};
    case RunOption::CaCert:
        return {kCaCert, help, QStringLiteral("FILE")};
    case RunOption::Sync:
        return {kSync, help};
    }
    Q_UNREACHABLE();
}

void RunOptions::applyTo(RunConfig *run) const
{
    if (timeoutMs)
        run->timeoutMs = *timeoutMs;
    if (retries)
        run->retries = *retries;
    if (maxConnecting)
        run->maxConnecting = *maxConnecting;
    if (destination)
        run->destination = *destination;
    if (nameByCountry)
        run->naming = RunConfig::Naming::ByCountry;
    if (singleManager)
        run->singleManager = true;
    if (syncFiles)
        run->syncFiles = true;
    if (model)
        run->model = *model;
    if (protocol)
        run->protocol = *protocol;
    if (!caCertificates.isEmpty())
        run->caCertificates = caCertificates;
}

RunConfig runConfigOf(const Flags2Options &flags2, const RunOptions &options)
{
    RunConfig run;
    run.baseUrl = flags2.server.baseUrl;
    run.serverLabel = flags2.server.label;
    run.codes = flags2.codes;
    run.concurrency = flags2.actualReq;
    options.applyTo(&run);
    return run;
}

bool readRunOptions(Flags2CommandLine &commandLine, RunOptions *options)
{
    // As argparse: first every value's type, then the limits.
    double timeoutS = 0;
    int retries = 0;
    int maxConnecting = 0;
    if (!commandLine.readDouble(kTimeout, &timeoutS) || !commandLine.readInt(kRetries, &retries)
        || !commandLine.readInt(kMaxConnecting, &maxConnecting))
        return false;

    const QCommandLineParser &parser = commandLine.parser();
    RunOptions read;
    if (parser.isSet(kTimeout)) {
        if (!(timeoutS > 0 && timeoutS <= 3600))
            return commandLine.usageError(QCoreApplication::translate("RunOptions", "--timeout S must be > 0 and <= 3600"));
        read.timeoutMs = int(std::lround(timeoutS * 1000));
    }
    if (parser.isSet(kRetries)) {
        if (retries < 0 || retries > 10)
            return commandLine.usageError(QCoreApplication::translate("RunOptions", "--retries N must be from 0 to 10"));
        read.retries = retries;
    }
    if (parser.isSet(kMaxConnecting)) {
        if (maxConnecting < 0 || maxConnecting > RunConfig::kMaxConcurrency)
            return commandLine.usageError(QCoreApplication::translate("RunOptions", "--max-connecting N must be from 0 to %1")
                                              .arg(RunConfig::kMaxConcurrency));
        read.maxConnecting = maxConnecting;
    }
    if (parser.isSet(kHttp1) && parser.isSet(kHttp2))
        return commandLine.usageError(QCoreApplication::translate("RunOptions", "--http1 and --http2 cannot go together"));
    if (parser.isSet(kHttp1))
        read.protocol = RunConfig::Protocol::Http1;
    if (parser.isSet(kHttp2))
        read.protocol = RunConfig::Protocol::Http2;
    if (parser.isSet(kCaCert)) {
        const QString file = parser.value(kCaCert);
        read.caCertificates = QSslCertificate::fromPath(file, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (read.caCertificates.isEmpty())
            return commandLine.usageError(QCoreApplication::translate("RunOptions", "--cacert FILE: no PEM certificate in %1")
                                              .arg(file));
    }
    if (parser.isSet(kDest))
        read.destination = parser.value(kDest);
    read.nameByCountry = parser.isSet(kNameByCountry);
    read.singleManager = parser.isSet(kSingleManager);
    read.syncFiles = parser.isSet(kSync);
    if (parser.isSet(kThreads))
        read.model = RunConfig::Model::Threads;
    read.allowRemoteLoad = parser.isSet(kAllowRemoteLoad);
    *options = read;
    return true;
}

} // namespace flaglab
