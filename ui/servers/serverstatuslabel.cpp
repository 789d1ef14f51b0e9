#include "servers/serverstatuslabel.h"

#include "servers/builtinservers.h"

namespace flaglab {

ServerStatusLabel::ServerStatusLabel(const BuiltInServers *servers, QWidget *parent)
    : QLabel(parent), m_servers(servers)
{
    connect(servers, &BuiltInServers::stateChanged, this, &ServerStatusLabel::showStatus);
    showStatus();
}

void ServerStatusLabel::showStatus()
{
    QStringList running;
    for (auto mode : BuiltInServers::kModes) {
        if (m_servers->isRunning(mode))
            running << QStringLiteral("%1 :%2").arg(BuiltInServers::label(mode)).arg(m_servers->port(mode));
        else if (!m_servers->problem(mode).isEmpty())
            running << tr("%1 :%2 taken, using what is there").arg(BuiltInServers::label(mode)).arg(m_servers->port(mode));
    }
    setText(running.isEmpty() ? tr("Built-in servers off")
                              : tr("Built-in servers: %1").arg(running.join(QStringLiteral(", "))));
}

} // namespace flaglab
