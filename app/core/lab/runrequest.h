#pragma once

#include "engine/runconfig.h"
#include "flags2/countrycodes.h"
#include "flags2/serverlabels.h"

#include <QString>
#include <QStringList>

namespace flaglab {

// One run as a person asks for it: the window's controls, a scene of the
// book or a point of a sweep, in the flags2 command line's own terms (a
// server, a range of codes, max_req). A plain value: the controls emit it
// with Start, the lab builds and varies it without any widget. The window
// turns it into a RunConfig (MainWindow::configFor), the engine's complete
// input, adding what only the command line sets (naming, CA certificates,
// the connecting limit); RunConfig knows the codes and the concurrency, not the
// range or max_req they came from, which name the run in the history.
struct RunRequest {
    ServerTarget server;
    CodeSelection selection;
    QStringList codes;          // expanded: upper case, unique, sorted, limited
    int maxReq = 20;
    int timeoutMs = 3100;
    RunConfig::Model model = RunConfig::Model::EventLoop;
    bool singleManager = false; // event loop only: one QNetworkAccessManager, Qt's cap of 6
    RunConfig::Protocol protocol = RunConfig::Protocol::Http1;   // --http1 (the book's) or --http2
    int retries = 0;
    QString destination;        // absolute: the folder the flags are saved in

    int actualReq() const;      // min(max_req, 1000, number of codes), as the book computes it
};

} // namespace flaglab
