#pragma once

#include <QString>

namespace flaglab {

struct RunRequest;

// What a run is called in the history and in the legends: the server and the
// flags2 options that made it, e.g. "DELAY -al 100 -m 6 threads" or
// "LOCAL -e -m 100 HTTP/2". The default range (POP20), the event loop and
// HTTP/1.1 go unsaid.
QString runName(const RunRequest &request);
// The same without "-m N": what a sweep varies the concurrency of, e.g. "DELAY -a".
QString sweepName(const RunRequest &request);

// "event loop" or "threads", as the history shows a RunSummary's model.
QString modelTitle(const QString &modelName);

} // namespace flaglab
