#pragma once

#include "engine/downloadengine.h"

#include <QStringList>
#include <QUrl>

namespace flaglab::test {

// A test's run: codes from base, concurrency at once, saved into dest,
// labelled TEST, with a fixed jitter seed (a retried request waits the same
// every time); the rest is RunConfig's defaults.
RunConfig configFor(const QUrl &base, const QStringList &codes, int concurrency, const QString &dest);

// Starts the run and waits for its one finished(); false (with a warning) if
// it could not start, did not finish in time, or finished more than once.
bool runToEnd(DownloadEngine &engine, const RunConfig &config, int timeoutMs = 60000);

} // namespace flaglab::test
