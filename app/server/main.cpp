// flaglab-server: the book's test servers (python3 -m http.server and
// slow_server.py) as one program. See --help.

#include "serveroptions.h"
#include "flaglab_version.h"

#include "server/flagserver.h"
#include "system/interruptnotifier.h"
#include "system/resourcelimits.h"

#include <QCoreApplication>
#include <QTcpServer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

using namespace flaglab;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void printError(const QString &message)
{
    printLine(stderr, QStringLiteral("flaglab-server: error: ") + message);
}

// "0.5", "5.0", "0.25"
QString seconds(int milliseconds)
{
    QString text = QString::number(milliseconds / 1000.0, 'f', 3);
    while (text.endsWith(u'0') && !text.endsWith(QStringLiteral(".0")))
        text.chop(1);
    return text;
}

QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

// "DELAY server on http://127.0.0.1:8001/flags (delay 0.5-5.0s)"
QString readyLine(const ServerConfig &config, quint16 port)
{
    QStringList details;
    if (config.mode != ServerConfig::Mode::Local) {
        details << (config.delayMaxMs == 0 ? QStringLiteral("no delay")
                                           : QStringLiteral("delay %1-%2s").arg(seconds(config.delayMinMs),
                                                                                seconds(config.delayMaxMs)));
    }
    if (config.mode == ServerConfig::Mode::Error)
        details << QStringLiteral("error rate %1, status %2").arg(config.errorRate).arg(config.errorStatus);
    if (!config.faults.isEmpty()) {
        QStringList names;
        for (AnswerFault fault : config.faults)
            names << answerFaultName(fault);
        details << QStringLiteral("faults %1 at rate %2").arg(names.join(u'+')).arg(config.faultRate);
    }
    if (config.bandwidthKBps > 0)
        details << QStringLiteral("bandwidth %1 kB/s").arg(config.bandwidthKBps);
    if (config.maxConcurrentStreams != ServerConfig().maxConcurrentStreams)
        details << QStringLiteral("at most %1 HTTP/2 streams a connection").arg(config.maxConcurrentStreams);
    if (config.seed)
        details << QStringLiteral("seed %1").arg(*config.seed);
    if (!config.root.isEmpty())
        details << QStringLiteral("root %1").arg(config.root);
    for (qsizetype i = 1; i < config.bindAddresses.size(); ++i)
        details << QStringLiteral("also on %1").arg(urlHost(config.bindAddresses[i]));

    QString line = QStringLiteral("%1 server on http://%2:%3/flags")
                       .arg(ServerConfig::modeName(config.mode).toUpper(), urlHost(config.bindAddresses.constFirst()))
                       .arg(port);
    if (!details.isEmpty())
        line += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    return line;
}

// Machines without IPv6 cannot bind ::1; the default then falls back to
// 127.0.0.1 alone, where an explicit --bind ::1 would be an error.
bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHostIPv6, 0))
        return true;
    return probe.serverError() != QAbstractSocket::SocketAddressNotAvailableError
        && probe.serverError() != QAbstractSocket::UnsupportedSocketOperationError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flaglab-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLAGLAB_VERSION));

    ServerOptionsParse parse = parseServerOptions(QCoreApplication::arguments());
    if (!parse.error.isEmpty()) {
        printError(parse.error);
        printLine(stderr, QStringLiteral("Try 'flaglab-server --help'."));
        return 2;
    }
    ServerOptions &options = parse.options;

    std::signal(SIGPIPE, SIG_IGN);
    quint64 fileLimit = 0;
    if (!raiseFileDescriptorLimit(&fileLimit))
        printLine(stderr, QStringLiteral("flaglab-server: warning: could not raise the open-file limit (now %1)").arg(fileLimit));

    if (!options.explicitBind && !ipv6LoopbackAvailable()) {
        printLine(stderr, QStringLiteral("flaglab-server: warning: ::1 is not available here; listening on 127.0.0.1 only"));
        for (ServerConfig &config : options.servers)
            config.bindAddresses.removeAll(QHostAddress(QHostAddress::LocalHostIPv6));
    }

    // Before the ready line: a script may send SIGTERM as soon as it reads it.
    InterruptNotifier interrupts;     // SIGINT and SIGTERM
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &app, &QCoreApplication::quit);

    const bool book = options.servers.size() > 1;
    std::vector<std::unique_ptr<FlagServer>> servers;
    for (const ServerConfig &config : std::as_const(options.servers)) {
        auto server = std::make_unique<FlagServer>(config);
        const QString prefix = book ? ServerConfig::modeName(config.mode).toUpper() + u' ' : QString();
        QObject::connect(server.get(), &FlagServer::logLine, [prefix](const QString &line) {
            printLine(stderr, prefix + line);
        });
        QString error;
        if (!server->listen(&error)) {
            printError(error);
            return 1;
        }
        servers.push_back(std::move(server));
    }
    for (const auto &server : servers)
        printLine(stdout, readyLine(server->config(), server->port()));

    const int status = QCoreApplication::exec();
    servers.clear();
    return status;
}
