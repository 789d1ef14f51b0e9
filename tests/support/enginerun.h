#pragma once

#include "engine/downloadengine.h"

namespace flaglab::test {

// Starts the run and waits for its one finished(); false (with a warning) if
// it could not start, did not finish in time, or finished more than once.
bool runToEnd(DownloadEngine &engine, const RunConfig &config, int timeoutMs = 60000);

} // namespace flaglab::test
