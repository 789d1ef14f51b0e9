#include "serveroptions.h"

#include "flags2/serverlabels.h"
#include "system/helpoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cmath>
#include <limits>

namespace flaglab {

namespace {

constexpr double kMaxDelaySeconds = 3600;
constexpr int kMaxBandwidthKBps = 10'000'000;
constexpr int kMaxStreams = 1'000'000;

// Thrown only inside parseServerOptions, to keep each check on one line.
struct UsageError {
    QString message;
};

qint64 wholeNumber(const QString &text, qint64 min, qint64 max, const QString &what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError{QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                             .arg(what).arg(min).arg(max).arg(text)};
    return value;
}

bool isFiniteNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

// "0.5:5" seconds -> {500, 5000} milliseconds
std::pair<int, int> delayRange(const QString &text)
{
    const QStringList parts = text.split(u':');
    double min = 0;
    double max = 0;
    if (parts.size() != 2 || !isFiniteNumber(parts[0], &min) || !isFiniteNumber(parts[1], &max))
        throw UsageError{QStringLiteral("--delay must be MIN:MAX in seconds, e.g. 0.5:5 or 0:0, not '%1'").arg(text)};
    if (min < 0 || max < 0)
        throw UsageError{QStringLiteral("--delay cannot be negative: '%1'").arg(text)};
    if (min > max)
        throw UsageError{QStringLiteral("--delay minimum is greater than its maximum: '%1'").arg(text)};
    if (max > kMaxDelaySeconds)
        throw UsageError{QStringLiteral("--delay cannot exceed %1 seconds: '%2'").arg(kMaxDelaySeconds).arg(text)};
    return {int(std::lround(min * 1000)), int(std::lround(max * 1000))};
}

double rate(const QString &text, const QString &what)
{
    double rate = 0;
    if (!isFiniteNumber(text, &rate) || rate < 0 || rate > 1)
        throw UsageError{QStringLiteral("%1 must be a number from 0 to 1, not '%2'").arg(what, text)};
    return rate;
}

QList<AnswerFault> faultList(const QString &text)
{
    QString bad;
    const std::optional<QList<AnswerFault>> faults = answerFaultList(text, &bad);
    if (!faults)
        throw UsageError{QStringLiteral("--faults takes reset, truncate, stall and garbage, separated by commas; "
                                        "'%1' is none of them").arg(bad)};
    return *faults;
}

QHostAddress bindAddress(const QString &text)
{
    QHostAddress address;
    if (!address.setAddress(text))
        throw UsageError{QStringLiteral("--bind needs a numeric IP address such as 127.0.0.1 or ::1, not '%1'").arg(text)};
    return address;
}

QString rootDirectory(const QString &text)
{
    const QFileInfo info(text);
    if (!info.isDir())
        throw UsageError{QStringLiteral("--root must be an existing directory, not '%1'").arg(text)};
    return info.absoluteFilePath();
}

struct Options {
    QCommandLineOption mode{QStringLiteral("mode"),
        QStringLiteral("local (a plain file server), delay (each flag waits a random delay) "
                       "or error (delay, plus some flags answer an error status). Default: local."),
        QStringLiteral("MODE")};
    QCommandLineOption port{QStringLiteral("port"),
        QStringLiteral("Port to listen on; 0 picks a free one. Default: the book's, 8000, 8001 or 8002 by mode."),
        QStringLiteral("N")};
    QCommandLineOption basePort{QStringLiteral("base-port"),
        QStringLiteral("Move the book's ports: local on N, delay on N+1, error on N+2 (flaglab-cli and flaglab "
                       "take the same option). Default: 8000."),
        QStringLiteral("N")};
    QCommandLineOption bind{QStringLiteral("bind"),
        QStringLiteral("Address to listen on; repeat for several. Default: 127.0.0.1 and ::1."),
        QStringLiteral("ADDR")};
    QCommandLineOption root{QStringLiteral("root"),
        QStringLiteral("Serve DIR/flags/{cc}/... (e.g. the book's unzipped flags.zip) instead of the built-in data set."),
        QStringLiteral("DIR")};
    QCommandLineOption delay{QStringLiteral("delay"),
        QStringLiteral("Delay range in seconds for the delay and error modes, e.g. 0.5:5 (default) or 1:1; 0:0 for none."),
        QStringLiteral("MIN:MAX")};
    QCommandLineOption errorRate{QStringLiteral("error-rate"),
        QStringLiteral("Fraction of flag requests answered with the error status in error mode. Default: 0.25."),
        QStringLiteral("P")};
    QCommandLineOption errorStatus{QStringLiteral("error-status"),
        QStringLiteral("HTTP status of those errors, 400 to 599. Default: 418 (I'm a Teapot)."),
        QStringLiteral("CODE")};
    QCommandLineOption faults{QStringLiteral("faults"),
        QStringLiteral("Make some answers faulty, in any mode; LIST is one or more of reset (half the body, then "
                       "the connection is reset), truncate (half the body, then the connection closes), stall (half "
                       "the body, then nothing, the connection left open) and garbage (a 200 whose body is an HTML "
                       "page, not an image), e.g. reset,truncate. Over HTTP/2, reset and truncate end the stream "
                       "(RST_STREAM, END_STREAM), not the connection. Only 200 answers to GET {cc}.gif are faulty: "
                       "never an error status."),
        QStringLiteral("LIST")};
    QCommandLineOption faultRate{QStringLiteral("fault-rate"),
        QStringLiteral("Fraction of those answers made faulty, each fault of --faults as likely. Default: 0.25."),
        QStringLiteral("P")};
    QCommandLineOption bandwidth{QStringLiteral("bandwidth"),
        QStringLiteral("Send each response at about this many kB/s (1 kB = 1000 bytes); 0 = unlimited (default)."),
        QStringLiteral("KBPS")};
    QCommandLineOption maxStreams{QStringLiteral("max-streams"),
        QStringLiteral("HTTP/2 requests in flight on one connection (SETTINGS_MAX_CONCURRENT_STREAMS); more are "
                       "refused. HTTP/2 (cleartext, prior knowledge) shares the port with HTTP/1.1. Default: 1000."),
        QStringLiteral("N")};
    QCommandLineOption seed{QStringLiteral("seed"),
        QStringLiteral("Seed the random delays, errors and faults, so that runs repeat. Default: random."),
        QStringLiteral("N")};
    QCommandLineOption verbose{{QStringLiteral("v"), QStringLiteral("verbose")},
        QStringLiteral("Log one line per request to stderr, e.g. 'BR delay: 2.3s'.")};
    QCommandLineOption book{QStringLiteral("book"),
        QStringLiteral("Start the book's three servers at once: local on 8000, delay on 8001, error on 8002 "
                       "(or from --base-port on).")};
};

ServerOptions validated(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())};
    const bool book = parser.isSet(o.book);
    if (book && (parser.isSet(o.mode) || parser.isSet(o.port)))
        throw UsageError{QStringLiteral("--book starts all three servers on the book's ports: leave out --mode and --port")};
    if (parser.isSet(o.basePort) && parser.isSet(o.port))
        throw UsageError{QStringLiteral("--base-port and --port cannot go together")};
    quint16 basePort = kBookBasePort;
    if (parser.isSet(o.basePort))
        basePort = quint16(wholeNumber(parser.value(o.basePort), 1, kMaxBasePort, QStringLiteral("--base-port")));

    QList<ServerConfig::Mode> modes;
    if (book) {
        modes = {ServerConfig::Mode::Local, ServerConfig::Mode::Delay, ServerConfig::Mode::Error};
    } else if (parser.isSet(o.mode)) {
        const std::optional<ServerConfig::Mode> mode = ServerConfig::modeFromName(parser.value(o.mode));
        if (!mode)
            throw UsageError{QStringLiteral("--mode must be local, delay or error, not '%1'").arg(parser.value(o.mode))};
        modes = {*mode};
    } else {
        modes = {ServerConfig::Mode::Local};
    }
    if (!book) {
        const ServerConfig::Mode mode = modes.constFirst();
        if (mode == ServerConfig::Mode::Local && parser.isSet(o.delay))
            throw UsageError{QStringLiteral("--delay applies to the delay and error modes only")};
        for (const QCommandLineOption *option : {&o.errorRate, &o.errorStatus}) {
            if (mode != ServerConfig::Mode::Error && parser.isSet(*option))
                throw UsageError{QStringLiteral("--%1 applies to the error mode only").arg(option->names().constFirst())};
        }
    }

    ServerConfig shared;
    if (parser.isSet(o.bind)) {
        shared.bindAddresses.clear();
        for (const QString &text : parser.values(o.bind))
            shared.bindAddresses.append(bindAddress(text));
    }
    if (parser.isSet(o.root))
        shared.root = rootDirectory(parser.value(o.root));
    if (parser.isSet(o.delay))
        std::tie(shared.delayMinMs, shared.delayMaxMs) = delayRange(parser.value(o.delay));
    if (parser.isSet(o.errorRate))
        shared.errorRate = rate(parser.value(o.errorRate), QStringLiteral("--error-rate"));
    if (parser.isSet(o.faultRate) && !parser.isSet(o.faults))
        throw UsageError{QStringLiteral("--fault-rate needs --faults, e.g. --faults reset,truncate")};
    if (parser.isSet(o.faults))
        shared.faults = faultList(parser.value(o.faults));
    if (parser.isSet(o.faultRate))
        shared.faultRate = rate(parser.value(o.faultRate), QStringLiteral("--fault-rate"));
    if (parser.isSet(o.errorStatus))
        shared.errorStatus = int(wholeNumber(parser.value(o.errorStatus), 400, 599, QStringLiteral("--error-status")));
    if (parser.isSet(o.bandwidth))
        shared.bandwidthKBps = int(wholeNumber(parser.value(o.bandwidth), 0, kMaxBandwidthKBps, QStringLiteral("--bandwidth")));
    if (parser.isSet(o.maxStreams))
        shared.maxConcurrentStreams = int(wholeNumber(parser.value(o.maxStreams), 1, kMaxStreams, QStringLiteral("--max-streams")));
    if (parser.isSet(o.seed))
        shared.seed = quint32(wholeNumber(parser.value(o.seed), 0, std::numeric_limits<quint32>::max(), QStringLiteral("--seed")));
    shared.verbose = parser.isSet(o.verbose);

    ServerOptions options;
    options.explicitBind = parser.isSet(o.bind);
    for (ServerConfig::Mode mode : modes) {
        ServerConfig config = shared;
        config.mode = mode;
        config.port = ServerConfig::bookPort(mode, basePort);
        if (parser.isSet(o.port))
            config.port = quint16(wholeNumber(parser.value(o.port), 0, 65535, QStringLiteral("--port")));
        options.servers.append(config);
    }
    return options;
}

} // namespace

ServerOptionsParse parseServerOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the flags data set over HTTP like Fluent Python's test servers:\n"
        "python3 -m http.server (local) and slow_server.py (delay, error).\n"
        "Routes: /flags/{cc}/{cc}.gif, /flags/{cc}/metadata.json, GET /stats, POST /stats/reset."));
    addHelpOptions(parser);
    // addVersionOption() would take -v, which is --verbose here as in the book's scripts.
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Displays version information."));
    const Options options;
    parser.addOptions({version, options.mode, options.port, options.basePort, options.bind, options.root, options.delay,
                       options.errorRate, options.errorStatus, options.faults, options.faultRate, options.bandwidth,
                       options.maxStreams, options.seed, options.verbose, options.book});

    ServerOptionsParse result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (helpRequested(parser))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    try {
        result.options = validated(parser, options);
    } catch (const UsageError &usage) {
        result.error = usage.message;
    }
    return result;
}

} // namespace flaglab
