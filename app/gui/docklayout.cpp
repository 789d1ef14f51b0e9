#include "docklayout.h"
#include "ui_mainwindow.h"

#include "presentationmode.h"

#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <algorithm>

namespace flaglab {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

DockLayout::DockLayout(QMainWindow *window, const Ui::MainWindow &form, const PresentationMode *presentation)
    : QObject(window), m_window(window), ui(form), m_presentation(presentation)
{
    fitPanels();
    // Controls on the left, with the servers and the log under them; the plot,
    // the timeline and Little's law side by side under the views, as wide as they can be.
    window->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->splitDockWidget(ui.plotDock, ui.timelineDock, Qt::Horizontal);
    window->splitDockWidget(ui.timelineDock, ui.littlesLawDock, Qt::Horizontal);
    window->tabifyDockWidget(ui.serversDock, ui.logDock);
    ui.logDock->raise();
    for (QDockWidget *dock : {ui.controlsDock, ui.serversDock, ui.plotDock, ui.timelineDock, ui.littlesLawDock,
                              ui.logDock})
        ui.menuView->addAction(dock->toggleViewAction());
    ui.menuView->addAction(ui.labToolBar->toggleViewAction());
}

void DockLayout::restore(const QSettings &settings)
{
    const QRect available = m_window->screen()->availableGeometry();
    if (!m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        m_window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, available.size() * 0.9, available));
    if (!m_window->restoreState(settings.value(kStateKey).toByteArray()))
        sizeDocks();
}

void DockLayout::fillScreen()
{
    m_window->setGeometry(m_window->screen()->availableGeometry());
    sizeDocks();
}

void DockLayout::save(QSettings &settings) const
{
    // Presentation mode goes full screen by itself: the geometry to keep is the one before it.
    settings.setValue(kGeometryKey, m_presentation->normalGeometry());
    settings.setValue(kStateKey, m_presentation->isOn() ? m_normalState : m_window->saveState());
}

void DockLayout::keepNormalState()
{
    m_normalState = m_window->saveState();
}

void DockLayout::arrangeForPresentation(bool on)
{
    if (!on) {
        m_window->restoreState(m_normalState);
        return;
    }
    // Room for the large type: the log and the servers go (the View menu brings
    // them back), Little's law moves up beside the flags so that the plots
    // share the bottom row, and the rest is laid out afresh once the window
    // fills the screen.
    ui.logDock->hide();
    ui.serversDock->hide();
    m_window->addDockWidget(Qt::RightDockWidgetArea, ui.littlesLawDock);
    QTimer::singleShot(0, this, [this] {
        if (m_presentation->isOn())
            sizeDocks();
    });
}

void DockLayout::fitPanels()
{
    // The panels scroll up and down on a small screen, never sideways.
    for (QScrollArea *scroll : {ui.controlsScroll, ui.serversScroll}) {
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width()
                                + scroll->verticalScrollBar()->sizeHint().width());
    }
}

void DockLayout::sizeDocks()
{
    fitPanels();       // the type may have changed size since
    // Presentation mode's large type needs wider panels and taller plots.
    const bool large = m_presentation->isOn();
    const int width = m_window->width();
    const int height = m_window->height();
    const int side = large ? ui.controlsScroll->minimumSizeHint().width()
                           : std::max(std::clamp(width * 2 / 9, 300, 440), ui.controlsPanel->sizeHint().width());
    const int law = std::max(std::clamp(width / 6, 240, 320), ui.littlesLawPanel->sizeHint().width());
    m_window->resizeDocks({ui.controlsDock}, {side}, Qt::Horizontal);
    if (m_window->dockWidgetArea(ui.littlesLawDock) == Qt::BottomDockWidgetArea) {
        const int plots = width - side - law;
        m_window->resizeDocks({ui.plotDock, ui.timelineDock, ui.littlesLawDock}, {plots / 2, plots - plots / 2, law},
                              Qt::Horizontal);
    } else {
        const int plots = width - side;
        m_window->resizeDocks({ui.littlesLawDock}, {law}, Qt::Horizontal);
        m_window->resizeDocks({ui.plotDock, ui.timelineDock}, {plots / 2, plots - plots / 2}, Qt::Horizontal);
    }
    m_window->resizeDocks({ui.plotDock}, {int(height * (large ? 0.44 : 0.36))}, Qt::Vertical);
    // The controls whole (they scroll only on a small screen), the log under them.
    const int room = height - m_window->menuBar()->sizeHint().height() - m_window->statusBar()->sizeHint().height()
                     - ui.labToolBar->sizeHint().height();
    const int line = m_window->fontMetrics().height();
    const int controls = ui.controlsPanel->sizeHint().height() + line + 8;   // + title bar
    const int log = std::max(room - controls, 6 * line);
    m_window->resizeDocks({ui.controlsDock, ui.logDock}, {room - log, log}, Qt::Vertical);
}

} // namespace flaglab
