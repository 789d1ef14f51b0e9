#include "serverconfig.h"

namespace flaglab {

ServerConfig ServerConfig::forMode(Mode mode)
{
    ServerConfig config;
    config.mode = mode;
    switch (mode) {
    case Mode::Local:
        config.port = 8000;
        break;
    case Mode::Delay:
        config.port = 8001;
        break;
    case Mode::Error:
        config.port = 8002;
        break;
    }
    return config;
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
