#pragma once

#include <QLabel>

namespace flaglab {

class BuiltInServers;

// The status bar's word on the built-in servers: which ones run and on which
// port, and which port another program holds (the window uses what is there).
// Kept up to date by BuiltInServers::stateChanged.
class ServerStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit ServerStatusLabel(const BuiltInServers *servers, QWidget *parent = nullptr);

private:
    void showStatus();

    const BuiltInServers *m_servers;
};

} // namespace flaglab
