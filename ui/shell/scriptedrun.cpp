#include "shell/scriptedrun.h"

#include "engine/runreport.h"
#include "labhistory/labfiles.h"
#include "shell/mainwindow.h"
#include "replay/replaysession.h"
#include "look/qcustomplot_nokeywords.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

namespace flaglab {

namespace {

// --save-plot: a picture for a page or a slide, whatever the window's size.
constexpr QSize kPlotImageSize(1200, 675);

} // namespace

ScriptedRun::ScriptedRun(MainWindow *window, const GuiOptions &options)
    : QObject(window), m_window(window), m_options(options)
{
}

void ScriptedRun::startSoon()
{
    QTimer::singleShot(kStartDelayMs, this, &ScriptedRun::start);
}

void ScriptedRun::start()
{
    bool started = false;
    if (!m_options.replayPath.isEmpty()) {
        started = m_window->startReplay(m_options.replayPath, m_options.replaySpeed);
        if (started && m_options.replayPauseAtS)
            m_window->replay().player()->setPausePoint(qint64(*m_options.replayPauseAtS * 1e9));
    } else if (m_options.opensRace()) {
        started = m_window->openRace(m_options.raceLanes, m_options.start);
    } else if (!m_options.presetId.isEmpty()) {
        started = m_window->playPreset(m_options.presetId);
    } else if (!m_options.sweepLevels.isEmpty()) {
        started = m_window->startSweep(m_options.sweepLevels);
    } else {
        started = m_window->startRun();
    }
    if (!started) {
        if (m_exitCode == 0)
            m_exitCode = 1;
        finish();
    }
}

void ScriptedRun::finish()
{
    if (!m_options.reportPath.isEmpty()) {
        QString error;
        if (!writeJsonFile(m_options.reportPath, m_window->report(), &error)) {
            std::fprintf(stderr, "flaglab: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    if (!m_options.plotImagePath.isEmpty()) {
        QString error;
        if (!labfiles::saveImage(m_window->shownPlot(), m_options.plotImagePath, kPlotImageSize, &error)) {
            std::fprintf(stderr, "flaglab: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    if (!m_options.screenshotPath.isEmpty() && !saveScreenshot(m_window->frontWindow(), m_options.screenshotPath))
        m_exitCode = 1;
    if (m_options.quitWhenDone) {
        const int code = m_exitCode;
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    }
}

bool saveScreenshot(QWidget *window, const QString &path)
{
    // Plots replot at the next turn of the event loop: draw them now, or the picture is a step behind.
    for (QCustomPlot *plot : window->findChildren<QCustomPlot *>())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    if (window->grab().save(path, "PNG"))
        return true;
    std::fprintf(stderr, "flaglab: cannot save the screenshot %s\n", qPrintable(path));
    return false;
}

} // namespace flaglab
