#include "windowprocess.h"

#include <QProcess>
#include <QStandardPaths>

namespace flaglab::test {

WindowRun runWindow(const QString &home, const QStringList &arguments, const QStringList &launcher, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(name), home);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QProcess window;
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::MergedChannels);     // usage errors go where the CLI's go
    const QString program = qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab");
    if (launcher.isEmpty())
        window.start(program, arguments);
    else
        window.start(launcher.first(), launcher.mid(1) + QStringList{program} + arguments);

    WindowRun run;
    run.ended = window.waitForFinished(timeoutMs) && window.exitStatus() == QProcess::NormalExit;
    if (!run.ended) {
        window.kill();
        window.waitForFinished();
    }
    run.exitCode = run.ended ? window.exitCode() : -1;
    run.output = QString::fromLocal8Bit(window.readAll());
    return run;
}

QStringList underFileLimit(const QString &limits)
{
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        return {};
    return {QStringLiteral("prlimit"), QStringLiteral("--nofile=") + limits, QStringLiteral("--")};
}

} // namespace flaglab::test
