#include "enginerun.h"

#include <QDebug>
#include <QSignalSpy>

namespace flaglab::test {

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
