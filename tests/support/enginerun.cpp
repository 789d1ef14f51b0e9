#include "enginerun.h"

#include <QDebug>
#include <QSignalSpy>

namespace flaglab::test {

RunConfig configFor(const QUrl &base, const QStringList &codes, int concurrency, const QString &dest)
{
    RunConfig config;
    config.baseUrl = base;
    config.serverLabel = QStringLiteral("TEST");
    config.codes = codes;
    config.concurrency = concurrency;
    config.destination = dest;
    config.jitterSeed = 7;
    return config;
}

bool runToEnd(DownloadEngine &engine, const RunConfig &config, int timeoutMs)
{
    QSignalSpy finished(&engine, &DownloadEngine::finished);
    QString error;
    if (!engine.start(config, &error)) {
        qWarning() << "start failed:" << error;
        return false;
    }
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        qWarning() << "the run did not finish in" << timeoutMs << "ms";
        return false;
    }
    return finished.size() == 1;
}

} // namespace flaglab::test
