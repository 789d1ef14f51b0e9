#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace flaglab {

// A tqdm-style progress line, redrawn in place on a terminal:
//  45%|██████████▎            | 87/194 [00:01<00:01, 61.20it/s]
// Stopped (Ctrl-C), it stays where it stopped, as tqdm leaves an interrupted
// bar, and says so where tqdm puts a postfix:
//   4%|▊                      | 9/194 [00:01<?, 9.00it/s, stopped]
class ProgressBar {
public:
    ProgressBar(int total, FILE *stream);

    void update(int done);          // redraws at most ten times a second
    void finish(int done);          // final redraw and a new line
    void stop(int done);            // the same, for a run stopped after `done` codes

    // The line for a given state, without the carriage return; for tests.
    static QString render(int done, int total, double elapsedSeconds, int width, bool stopped = false);

private:
    void draw(int done, bool stopped = false);
    void end(int done, bool stopped);

    int m_total;
    FILE *m_stream;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1000;
};

} // namespace flaglab
