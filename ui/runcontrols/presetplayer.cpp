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
    // The book's slow servers, seeded: the scene is the same every time it is
    // played. LOCAL keeps its own settings but for the scene's faults (a book
    // scene's none: faults ticked by hand must not spoil it).
    for (auto mode : BuiltInServers::kModes) {
        const bool local = mode == BuiltInServers::Mode::Local;
        ServerConfig config = local ? servers->config(mode) : ServerConfig::forMode(mode);
        config.seed = preset.serverSeed;
        if (preset.delayMs > 0 && !local)
            config.delayMinMs = config.delayMaxMs = preset.delayMs;
        config.faults = preset.serverFaults;
        config.faultRate = preset.serverFaults.isEmpty() ? ServerConfig().faultRate : preset.serverFaultRate;
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
