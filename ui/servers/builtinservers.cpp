#include "servers/builtinservers.h"

#include "server/serverthread.h"

#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace flaglab {

BuiltInServers::BuiltInServers(QObject *parent)
    : QObject(parent)
{
    for (Mode mode : kModes) {
        server(mode).thread = new ServerThread(this);
        server(mode).config = ServerConfig::forMode(mode);
        connect(server(mode).thread, &ServerThread::statsReady, this,
                [this, mode](const ServerStats &stats) { Q_EMIT statsReady(mode, stats); });
    }
}

BuiltInServers::~BuiltInServers() = default;   // each ServerThread stops and joins its thread

QString BuiltInServers::label(Mode mode)
{
    return ServerConfig::modeName(mode).toUpper();
}

std::optional<BuiltInServers::Mode> BuiltInServers::modeFor(const QString &label)
{
    for (Mode mode : kModes) {
        if (BuiltInServers::label(mode) == label)
            return mode;
    }
    return std::nullopt;
}

bool BuiltInServers::answers(const QString &label) const
{
    const std::optional<Mode> mode = modeFor(label);
    return mode && isRunning(*mode);
}

void BuiltInServers::startAll()
{
    for (Mode mode : kModes) {
        Server &s = server(mode);
        if (s.thread->isRunning())
            continue;
        QString error;
        s.problem.clear();
        if (!s.thread->start(s.config, &error))
            s.problem = tr("%1 is not running: %2. FlagLab uses whatever answers on port %3.")
                            .arg(label(mode), error)
                            .arg(s.config.port);
    }
    Q_EMIT stateChanged();
}

void BuiltInServers::stopAll()
{
    for (Mode mode : kModes) {
        server(mode).thread->stop();
        server(mode).problem.clear();
    }
    Q_EMIT stateChanged();
}

bool BuiltInServers::isRunning(Mode mode) const
{
    return server(mode).thread->isRunning();
}

bool BuiltInServers::anyRunning() const
{
    for (Mode mode : kModes) {
        if (isRunning(mode))
            return true;
    }
    return false;
}

QString BuiltInServers::problem(Mode mode) const
{
    return server(mode).problem;
}

quint16 BuiltInServers::port(Mode mode) const
{
    return isRunning(mode) ? server(mode).thread->port() : server(mode).config.port;
}

ServerConfig BuiltInServers::config(Mode mode) const
{
    return server(mode).config;
}

void BuiltInServers::setConfig(Mode mode, const ServerConfig &config)
{
    Server &s = server(mode);
    const quint16 port = s.config.port;
    s.config = config;
    s.config.mode = mode;
    s.config.port = port;
    if (s.thread->isRunning())
        s.thread->setConfig(s.config);
    Q_EMIT stateChanged();
}

void BuiltInServers::requestStats()
{
    for (Mode mode : kModes) {
        if (isRunning(mode))
            server(mode).thread->requestStats();
    }
}

void BuiltInServers::resetStats()
{
    for (Mode mode : kModes) {
        if (isRunning(mode))
            server(mode).thread->resetStats();
    }
}

void BuiltInServers::reseed()
{
    for (Mode mode : kModes) {
        const Server &s = server(mode);
        if (!s.config.seed || !s.thread->isRunning())
            continue;
        // A server seeds its generator when its seed changes: away and back again.
        ServerConfig unseeded = s.config;
        unseeded.seed.reset();
        s.thread->setConfig(unseeded);
        s.thread->setConfig(s.config);
    }
}

void BuiltInServers::saveSettings(QSettings &settings) const
{
    for (Mode mode : kModes) {
        const ServerConfig &c = server(mode).config;
        settings.beginGroup(QStringLiteral("servers/") + ServerConfig::modeName(mode));
        settings.setValue(QStringLiteral("delayMinMs"), c.delayMinMs);
        settings.setValue(QStringLiteral("delayMaxMs"), c.delayMaxMs);
        settings.setValue(QStringLiteral("errorRate"), c.errorRate);
        settings.setValue(QStringLiteral("errorStatus"), c.errorStatus);
        settings.setValue(QStringLiteral("bandwidthKBps"), c.bandwidthKBps);
        settings.setValue(QStringLiteral("faults"), answerFaultNames(c.faults));
        settings.setValue(QStringLiteral("faultRate"), c.faultRate);
        settings.setValue(QStringLiteral("seed"), c.seed ? QVariant(qint64(*c.seed)) : QVariant(-1));
        settings.endGroup();
    }
}

void BuiltInServers::restoreSettings(const QSettings &settings)
{
    for (Mode mode : kModes) {
        ServerConfig c = ServerConfig::forMode(mode);
        const QString group = QStringLiteral("servers/") + ServerConfig::modeName(mode) + u'/';
        const auto value = [&](const char *key, const QVariant &fallback) {
            return settings.value(group + QLatin1String(key), fallback);
        };
        c.delayMinMs = value("delayMinMs", c.delayMinMs).toInt();
        c.delayMaxMs = value("delayMaxMs", c.delayMaxMs).toInt();
        c.errorRate = value("errorRate", c.errorRate).toDouble();
        c.errorStatus = value("errorStatus", c.errorStatus).toInt();
        c.bandwidthKBps = value("bandwidthKBps", c.bandwidthKBps).toInt();
        const QString faults = value("faults", QString()).toString();
        c.faults = faults.isEmpty() ? QList<AnswerFault>() : answerFaultList(faults).value_or(QList<AnswerFault>());
        c.faultRate = value("faultRate", c.faultRate).toDouble();
        const qint64 seed = value("seed", -1).toLongLong();
        c.seed = seed >= 0 ? std::optional<quint32>(quint32(seed)) : std::nullopt;
        // A hand-edited or older settings file must not make a server misbehave.
        c.delayMinMs = std::clamp(c.delayMinMs, 0, 60000);
        c.delayMaxMs = std::clamp(c.delayMaxMs, c.delayMinMs, 60000);
        c.errorRate = std::clamp(c.errorRate, 0.0, 1.0);
        c.errorStatus = std::clamp(c.errorStatus, 400, 599);
        c.bandwidthKBps = std::max(c.bandwidthKBps, 0);
        c.faultRate = std::clamp(c.faultRate, 0.0, 1.0);
        setConfig(mode, c);
    }
}

QString BuiltInServers::differenceFromTheBook(Mode mode) const
{
    if (!isRunning(mode))
        return {};
    const ServerConfig book = ServerConfig::forMode(mode);
    const ServerConfig &here = server(mode).config;
    const QLocale locale;
    const auto range = [&locale](int minMs, int maxMs) {
        return minMs == maxMs ? tr("%1 s").arg(locale.toString(minMs / 1000.0))
                              : tr("%1–%2 s").arg(locale.toString(minMs / 1000.0), locale.toString(maxMs / 1000.0));
    };
    QStringList differences;
    if (mode != Mode::Local) {
        if (here.delayMinMs != book.delayMinMs || here.delayMaxMs != book.delayMaxMs)
            differences << tr("waits %1 before each answer, not the book's %2")
                               .arg(range(here.delayMinMs, here.delayMaxMs), range(book.delayMinMs, book.delayMaxMs));
        if (mode == Mode::Error && (here.errorRate != book.errorRate || here.errorStatus != book.errorStatus))
            differences << tr("answers %1 to %2% of the flags, not the book's 418 to 25%")
                               .arg(here.errorStatus).arg(locale.toString(here.errorRate * 100, 'g', 3));
        if (here.bandwidthKBps > 0)
            differences << tr("sends %1 kB/s per answer").arg(here.bandwidthKBps);
    }
    if (!here.faults.isEmpty() && here.faultRate > 0) {
        const QString faults = answerFaultNames(here.faults).replace(u',', QStringLiteral(", "));
        differences << tr("makes %1% of the flag answers faulty (%2)")
                           .arg(locale.toString(here.faultRate * 100, 'g', 3), faults);
    }
    if (differences.isEmpty())
        return {};
    return tr("%1 here %2 (Built-in servers panel).").arg(label(mode), differences.join(tr("; ")));
}

} // namespace flaglab
