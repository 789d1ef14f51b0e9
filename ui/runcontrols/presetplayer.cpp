#include "runcontrols/presetplayer.h"

#include "servers/builtinservers.h"
#include "shell/guioptions.h"

namespace flaglab {

PresetPlayer::PresetPlayer(BuiltInServers *servers, QObject *parent)
    : QObject(parent), m_servers(servers)
{
}

bool PresetPlayer::begin(const Preset &preset, QString *error)
{
    for (const QStringList &run : preset.runs) {
        if (!presetRunOptions(run, error))
            return false;
    }
    m_preset = preset;
    m_rows.clear();
    m_next = 0;
    m_active = true;
    m_cancelled = false;
    setUpServers(m_servers, preset);
    return true;
}

void PresetPlayer::setUpServers(BuiltInServers *servers, const Preset &preset)
{
    // The book's slow servers, seeded: the scene is the same every time it is played.
    for (auto mode : {BuiltInServers::Mode::Delay, BuiltInServers::Mode::Error}) {
        ServerConfig config = ServerConfig::forMode(mode);
        config.seed = preset.serverSeed;
        if (preset.delayMs > 0)
            config.delayMinMs = config.delayMaxMs = preset.delayMs;
        servers->setConfig(mode, config);
    }
}

GuiOptions PresetPlayer::nextRun()
{
    return *presetRunOptions(m_preset.runs.at(m_next++));
}

QList<int> PresetPlayer::end()
{
    m_active = false;
    return m_rows;
}

} // namespace flaglab
