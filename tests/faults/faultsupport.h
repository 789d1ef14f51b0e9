#pragma once

// Shared by the fault-injection tests: a run and its end, the accounting
// every run must satisfy, and the follow-up run that proves the process is
// still healthy after a fault.

#include "engine/downloadengine.h"
#include "enginerun.h"

#include <QStringList>
#include <QUrl>

namespace flaglab::faults {

using test::configFor;
using test::runToEnd;

// Every code exactly once, each with a final outcome, the counts adding up,
// nothing in flight. Call through QVERIFY(...): false with a warning on failure.
bool accountedForOnce(const DownloadEngine &engine);

// A good run right after: a built-in server on loopback, two flags, both OK
// and saved. Proves that the engine (and the process) survived the fault.
bool followUpRunSucceeds(DownloadEngine &engine);

// Every entry of dir (files, hidden ones and folders), sorted: temporary
// files that a failed write left behind show up here.
QStringList entriesIn(const QString &dir);

// True when the current user cannot get around file permissions (root can).
bool permissionsApply();

} // namespace flaglab::faults
