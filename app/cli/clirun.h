#pragma once

#include "engine/downloadengine.h"
#include "flags2/commandline.h"

#include <QObject>
#include <cstdio>
#include <memory>

namespace flaglab {

class ProgressBar;
class ServerThread;

// What flaglab-cli was asked to do, after parsing.
struct CliJob {
    Flags2Options flags2;
    RunConfig run;
    bool embedded = false;      // serve LOCAL/DELAY/ERROR in-process
    QString jsonPath;           // --json FILE; "-" is standard output
    QString harPath;            // --har FILE
    bool progressBar = false;   // tqdm-style bar on stderr
    int repeat = 1;             // hidden --repeat N: runs in one process, for soak tests
};

// One flags2 run in the terminal: the initial report, a line per code (-v)
// or a progress bar, the final report, and the JSON report. Ctrl-C cancels:
// the partial report is still printed and every code accounted for. With
// --json - the JSON report has standard output to itself, and the text
// report goes to standard error.
class CliRun : public QObject {
    Q_OBJECT
public:
    explicit CliRun(const CliJob &job, QObject *parent = nullptr);
    ~CliRun() override;

    int exec();     // runs the event loop; returns the exit status

private:
    bool startEmbeddedServer();
    bool jsonToStdout() const;
    FILE *reportStream() const;     // where the text report goes
    void writeJsonReport();
    void writeHar();
    void onStarted();
    void onRequestFinished(int id);
    void onFinished();

    CliJob m_job;
    DownloadEngine m_engine;
    std::unique_ptr<ServerThread> m_server;
    std::unique_ptr<ProgressBar> m_bar;
    bool m_interrupted = false;
    int m_runsDone = 0;
    int m_exitStatus = 0;
};

} // namespace flaglab
