#pragma once

#include "server/serverconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace flaglab {

struct ServerOptions {
    QList<ServerConfig> servers;    // one, or local/delay/error with --book
    bool explicitBind = false;      // --bind given: every address is required
};

struct ServerOptionsParse {
    ServerOptions options;
    QString error;                  // non-empty: a usage error (exit status 2)
};

// Parses and validates flaglab-server's command line. Help (-h, --help,
// --help-all, -?) and --version print and exit the process, as
// QCommandLineParser does.
ServerOptionsParse parseServerOptions(const QStringList &arguments);

} // namespace flaglab
