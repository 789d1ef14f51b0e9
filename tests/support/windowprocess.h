#pragma once

// The window as a script runs it: flaglab in a process of its own, offscreen,
// in English, with none of the user's settings or files.

#include <QString>
#include <QStringList>

namespace flaglab::test {

struct WindowRun {
    bool ended = false;     // by itself, within the time allowed; killed otherwise
    int exitCode = -1;
    QString output;         // stdout and stderr, as they came
};

// FLAGLAB_BIN_DIR/flaglab with arguments; home is its HOME and XDG folders.
// launcher, when given, runs the window (prlimit ... --, for example).
WindowRun runWindow(const QString &home, const QStringList &arguments, const QStringList &launcher = {},
                    int timeoutMs = 60000);

// A launcher that runs the window under a limit on open files, prlimit's
// --nofile=SOFT:HARD ("1024:", "1024:1024"); empty when prlimit
// (util-linux) is not installed.
QStringList underFileLimit(const QString &limits);

} // namespace flaglab::test
