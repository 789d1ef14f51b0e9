#pragma once

#include "shell/guioptions.h"

#include <QObject>

class QWidget;

namespace flaglab {

class MainWindow;

// The window run by its command line, for demos, benchmarks and tests: what
// --start, --preset, --sweep, --replay or --race asks for starts once the window is on screen,
// and when all is over --report, --save-plot and --screenshot are written and
// --quit-when-done ends the application with the exit code: 0, 1 when
// something failed, 2 when a heavy run was refused (as flaglab-cli). It
// drives the window through its public slots, as a person would.
class ScriptedRun : public QObject {
    Q_OBJECT
public:
    static constexpr int kStartDelayMs = 300;   // after the window's first paint

    ScriptedRun(MainWindow *window, const GuiOptions &options);   // a child of the window

    // Once the window is shown: its first paint is no part of the run.
    void startSoon();
    // Nothing more is coming: the files, then the exit if asked for.
    void finish();

    int exitCode() const { return m_exitCode; }
    void setExitCode(int code) { m_exitCode = code; }

private:
    void start();

    MainWindow *m_window;
    const GuiOptions m_options;
    int m_exitCode = 0;
};

// The window as it is on screen, as a PNG (also File > Save a screenshot);
// false, and a line on stderr, when the file cannot be written.
bool saveScreenshot(QWidget *window, const QString &path);

} // namespace flaglab
