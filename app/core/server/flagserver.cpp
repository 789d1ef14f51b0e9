#include "flagserver.h"

#include "datasetfiles.h"
#include "inflightgate.h"
#include "httpwire/exchangeconnection.h"
#include "httpwire/incomingconnection.h"
#include "requestroute.h"
#include "statsjson.h"

#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <random>

namespace flaglab {

namespace {

constexpr int kStatsSignalIntervalMs = 100;
constexpr int kHoldLimitMs = 20000;    // see ServerConfig::holdUntilInFlight

QString listenError(const QTcpServer &listener, const QHostAddress &address, quint16 port)
{
    const QString where = QStringLiteral("port %1 on %2").arg(port).arg(address.toString());
    switch (listener.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return where + QStringLiteral(" is already in use");
    case QAbstractSocket::SocketAddressNotAvailableError:
        return QStringLiteral("address %1 is not available on this machine").arg(address.toString());
    case QAbstractSocket::SocketAccessError:
        return QStringLiteral("no permission to listen on ") + where;
    default:
        return QStringLiteral("cannot listen on %1: %2").arg(where, listener.errorString());
    }
}

// "2.3s", "0.56s", "5.0s": two significant digits, as slow_server.py prints.
QString formatSeconds(int milliseconds)
{
    const double seconds = milliseconds / 1000.0;
    if (seconds >= 10)
        return QString::number(seconds, 'f', 0) + u's';
    QString text = QString::number(seconds, 'g', 2);
    if (!text.contains(u'.'))
        text += QStringLiteral(".0");
    return text + u's';
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = HttpResponse::statusPage(405);
    response.extraHeaders.append({"Allow", allow});
    return response;
}

} // namespace

class FlagServer::Private {
public:
    Private(FlagServer *q, const ServerConfig &config)
        : q(q), config(config), files(config.root)
    {
        seedRandom();
        statsSignalTimer.setSingleShot(true);
        statsSignalTimer.setInterval(kStatsSignalIntervalMs);
        QObject::connect(&statsSignalTimer, &QTimer::timeout, q, &FlagServer::statsChanged);
        armGate();
    }

    void armGate() { gate.arm(config.holdUntilInFlight, kHoldLimitMs); }

    void seedRandom()
    {
        random.seed(config.seed ? *config.seed : std::random_device{}());
        faultDraw.seed(config.seed);
    }

    void closeListeners()
    {
        qDeleteAll(listeners);
        listeners.clear();
        boundPort = 0;
    }

    void acceptPending(QTcpServer *listener);
    void handle(HttpExchange *exchange);
    void handleFlagRequest(HttpExchange *exchange, const RequestRoute &route);
    void answerFlagRequest(HttpExchange *exchange, const HttpResponse &response, std::optional<AnswerFault> fault);
    HttpResponse statsResponse() const;
    void noteStatsChanged();
    void log(const QString &line);

    FlagServer *q;
    ServerConfig config;
    DataSetFiles files;
    std::mt19937 random;
    FaultDraw faultDraw;
    QList<QTcpServer *> listeners;
    quint16 boundPort = 0;
    QSet<IncomingConnection *> liveConnections;   // counted and refused ones alike
    ServerStats stats;
    QTimer statsSignalTimer;
    InFlightGate gate;
};

void FlagServer::Private::acceptPending(QTcpServer *listener)
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        const ConnectionLimits limits{config.maxRequestBytes, config.idleTimeoutMs, config.maxConcurrentStreams};
        auto *connection = new IncomingConnection(socket, limits, q);
        liveConnections.insert(connection);
        const bool refused = stats.connections >= config.maxConnections;
        QObject::connect(connection, &IncomingConnection::closed, q, [this, connection, refused] {
            liveConnections.remove(connection);
            if (!refused) {
                --stats.connections;
                noteStatsChanged();
            }
        });
        if (refused) {
            ++stats.rejectedConnections;
            log(QStringLiteral("503 connection refused: %1 connections open").arg(stats.connections));
            connection->refuse(HttpResponse::statusPage(503));
            continue;
        }
        ++stats.connections;
        stats.maxConnections = qMax(stats.maxConnections, stats.connections);
        noteStatsChanged();
        QObject::connect(connection, &IncomingConnection::protocolChosen, q, [this](ExchangeConnection *chosen) {
            QObject::connect(chosen, &ExchangeConnection::requestReceived, q,
                             [this](HttpExchange *exchange) { handle(exchange); });
            QObject::connect(chosen, &ExchangeConnection::requestRejected, q,
                             [this](int status, const QByteArray &reason) {
                                 log(QStringLiteral("%1 %2").arg(status).arg(QString::fromLatin1(reason)));
                             });
        });
    }
}

void FlagServer::Private::handle(HttpExchange *exchange)
{
    const HttpRequest &request = exchange->request();
    const RequestRoute route = routeForTarget(request.target);
    const bool readOnly = request.method == "GET" || request.isHead();
    HttpResponse response;
    switch (route.kind) {
    case RequestRoute::Kind::Flag:
        handleFlagRequest(exchange, route);
        return;
    case RequestRoute::Kind::Stats:
        response = readOnly ? statsResponse() : methodNotAllowed("GET, HEAD");
        break;
    case RequestRoute::Kind::StatsReset:
        if (request.method == "POST") {
            q->resetStats();
            response = statsResponse();
        } else {
            response = methodNotAllowed("POST");
        }
        break;
    case RequestRoute::Kind::BadRequest:
        response = HttpResponse::statusPage(400);
        break;
    case RequestRoute::Kind::NotFound:
        response = HttpResponse::statusPage(404);
        break;
    }
    log(QString::fromLatin1(request.method + ' ' + request.target.left(100)) + u' ' + QString::number(response.status));
    exchange->respond(response);
}

HttpResponse FlagServer::Private::statsResponse() const
{
    HttpResponse response;
    response.contentType = "application/json";
    response.body = serverStatsJson(stats, config);
    return response;
}

// The book's slow_server.py, minus its sleep: the error is decided first,
// then the delay, and errors are delayed too. Only GET and HEAD are slowed.
void FlagServer::Private::handleFlagRequest(HttpExchange *exchange, const RequestRoute &route)
{
    const HttpRequest &request = exchange->request();
    QString label = route.countryCode.toUpper();
    if (route.file == FlagFile::Metadata)
        label += QStringLiteral(" metadata");
    if (request.isHead())
        label += QStringLiteral(" HEAD");

    ++stats.requests;
    ++stats.inFlight;
    stats.maxInFlight = qMax(stats.maxInFlight, stats.inFlight);
    noteStatsChanged();
    gate.noteInFlight(stats.inFlight);
    QObject::connect(exchange, &HttpExchange::finished, q, [this](int status, qint64 bytesWritten) {
        --stats.inFlight;
        ++stats.byStatus[status];
        stats.bytesSent += bytesWritten;
        noteStatsChanged();
    });
    QObject::connect(exchange, &HttpExchange::abandoned, q, [this, label](qint64 bytesWritten) {
        --stats.inFlight;
        ++stats.hungUp;
        stats.bytesSent += bytesWritten;
        log(label + QStringLiteral(" hung up"));
        noteStatsChanged();
    });

    if (request.method != "GET" && !request.isHead()) {
        log(label + u' ' + QString::fromLatin1(request.method) + QStringLiteral(" 405"));
        exchange->respond(methodNotAllowed("GET, HEAD"));
        return;
    }

    const bool slow = config.mode != ServerConfig::Mode::Local;
    const bool error = config.mode == ServerConfig::Mode::Error
        && std::bernoulli_distribution(qBound(0.0, config.errorRate, 1.0))(random);
    const int delayMin = qMax(0, config.delayMinMs);
    const int delayMax = qMax(delayMin, config.delayMaxMs);
    const int delayMs = slow ? std::uniform_int_distribution<int>(delayMin, delayMax)(random) : 0;

    HttpResponse response;
    if (error) {
        response = HttpResponse::statusPage(config.errorStatus);
    } else if (const std::optional<QByteArray> contents = files.read(route.countryCode, route.file)) {
        response.contentType = DataSetFiles::contentType(route.file);
        response.body = *contents;
    } else {
        response = HttpResponse::statusPage(404);
    }
    response.bytesPerSecond = qint64(qMax(0, config.bandwidthKBps)) * 1000;

    std::optional<AnswerFault> fault;
    if (response.status == 200 && route.file == FlagFile::Image && !request.isHead())
        fault = faultDraw.next(config.faults, config.faultRate);
    if (fault)
        applyAnswerFault(*fault, &response);

    QString outcome = error ? QStringLiteral("error %1").arg(response.status) : QString::number(response.status);
    if (fault)
        outcome = QStringLiteral("fault: ") + answerFaultName(*fault);
    if (delayMs > 0) {
        log(label + QStringLiteral(" delay: ") + formatSeconds(delayMs)
            + (response.status == 200 && !fault ? QString() : QStringLiteral(", ") + outcome));
    } else {
        log(label + u' ' + outcome);
    }
    gate.pass(exchange, [this, exchange, response, fault, delayMs] {
        if (delayMs > 0) {
            QTimer::singleShot(delayMs, Qt::PreciseTimer, exchange,
                               [this, exchange, response, fault] { answerFlagRequest(exchange, response, fault); });
        } else {
            answerFlagRequest(exchange, response, fault);
        }
    });
}

// A fault counts once its answer starts: a client gone during the delay got none.
void FlagServer::Private::answerFlagRequest(HttpExchange *exchange, const HttpResponse &response,
                                            std::optional<AnswerFault> fault)
{
    if (exchange->respond(response) && fault) {
        ++stats.faults[*fault];
        noteStatsChanged();
    }
}

void FlagServer::Private::noteStatsChanged()
{
    if (!statsSignalTimer.isActive())
        statsSignalTimer.start();
}

void FlagServer::Private::log(const QString &line)
{
    if (config.verbose)
        Q_EMIT q->logLine(line);
}

FlagServer::FlagServer(const ServerConfig &config, QObject *parent)
    : QObject(parent), d(new Private(this, config))
{
}

FlagServer::~FlagServer()
{
    close();
    delete d;
}

void FlagServer::setAccepting(bool accepting)
{
    for (QTcpServer *listener : std::as_const(d->listeners)) {
        if (accepting)
            listener->resumeAccepting();
        else
            listener->pauseAccepting();
    }
}

bool FlagServer::listen(QString *error)
{
    close();
    if (d->config.bindAddresses.isEmpty()) {
        if (error)
            *error = QStringLiteral("no address to listen on");
        return false;
    }
    // With port 0 the first address picks a free port, which may be taken on
    // another address: then start over with a new one.
    const int attempts = d->config.port == 0 ? 10 : 1;
    QString failure;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        quint16 port = d->config.port;
        bool portTakenElsewhere = false;
        failure.clear();
        for (const QHostAddress &address : std::as_const(d->config.bindAddresses)) {
            auto *listener = new QTcpServer(this);
            listener->setListenBacklogSize(d->config.listenBacklog > 0 ? d->config.listenBacklog
                                                                       : qBound(50, d->config.maxConnections, 65535));
            listener->setMaxPendingConnections(1024);
            if (!listener->listen(address, port)) {
                failure = listenError(*listener, address, port);
                portTakenElsewhere = port != 0 && d->config.port == 0
                    && listener->serverError() == QAbstractSocket::AddressInUseError;
                delete listener;
                break;
            }
            port = listener->serverPort();
            connect(listener, &QTcpServer::newConnection, this, [this, listener] { d->acceptPending(listener); });
            d->listeners.append(listener);
        }
        if (failure.isEmpty()) {
            d->boundPort = port;
            return true;
        }
        d->closeListeners();
        if (!portTakenElsewhere)
            break;
    }
    if (error)
        *error = failure;
    return false;
}

void FlagServer::close()
{
    d->closeListeners();
    // Our own shutdown is not a client hanging up: drop everything quietly.
    const QSet<IncomingConnection *> connections = std::exchange(d->liveConnections, {});
    for (IncomingConnection *connection : connections) {
        connection->disconnect(this);
        connection->abort();
        delete connection;
    }
    if (d->stats.connections != 0 || d->stats.inFlight != 0) {
        d->stats.connections = 0;
        d->stats.inFlight = 0;
        d->noteStatsChanged();
    }
}

bool FlagServer::isListening() const
{
    return !d->listeners.isEmpty();
}

quint16 FlagServer::port() const
{
    return d->boundPort;
}

ServerConfig FlagServer::config() const
{
    return d->config;
}

void FlagServer::setConfig(const ServerConfig &config)
{
    const ServerConfig previous = d->config;
    d->config = config;
    d->config.port = previous.port;
    d->config.bindAddresses = previous.bindAddresses;
    if (config.root != previous.root)
        d->files = DataSetFiles(config.root);
    if (config.seed != previous.seed)
        d->seedRandom();
    if (config.holdUntilInFlight != previous.holdUntilInFlight)
        d->armGate();
}

ServerStats FlagServer::stats() const
{
    return d->stats;
}

void FlagServer::resetStats()
{
    ServerStats &stats = d->stats;
    const ServerStats gauges = stats;
    stats = ServerStats();
    stats.inFlight = gauges.inFlight;
    stats.maxInFlight = gauges.inFlight;
    stats.connections = gauges.connections;
    stats.maxConnections = gauges.connections;
    d->armGate();
    d->noteStatsChanged();
}

} // namespace flaglab
