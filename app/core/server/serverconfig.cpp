#include "serverconfig.h"

#include "flags2/serverlabels.h"

namespace flaglab {

ServerConfig ServerConfig::forMode(Mode mode)
{
    ServerConfig config;
    config.mode = mode;
    config.port = bookPort(mode, bookBasePort());
    return config;
}

quint16 ServerConfig::bookPort(Mode mode, quint16 basePort)
{
    switch (mode) {
    case Mode::Local:
        return basePort;
    case Mode::Delay:
        return basePort + 1;
    case Mode::Error:
        return basePort + 2;
    }
    return basePort;
}

QString ServerConfig::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Local:
        return QStringLiteral("local");
    case Mode::Delay:
        return QStringLiteral("delay");
    case Mode::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<ServerConfig::Mode> ServerConfig::modeFromName(const QString &name)
{
    for (Mode mode : {Mode::Local, Mode::Delay, Mode::Error}) {
        if (name.compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace flaglab
