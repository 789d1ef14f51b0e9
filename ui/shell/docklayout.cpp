#include "shell/docklayout.h"
#include "shell/presentationmode.h"
#include "look/fittingscrollarea.h"
#include "runcontrols/controlspanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <algorithm>

namespace flaglab {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

DockLayout::DockLayout(QMainWindow *window, const Widgets &widgets, const PresentationMode *presentation)
    : QObject(window), m_window(window), ui(widgets), m_presentation(presentation)
{
    fitPanels();
    window->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    arrangeDocks();
    for (QDockWidget *dock : {ui.controlsDock, ui.serversDock, ui.plotDock, ui.timelineDock, ui.littlesLawDock,
                              ui.logDock})
        ui.menuView->addAction(dock->toggleViewAction());
    ui.menuView->addAction(ui.labToolBar->toggleViewAction());
}

// Controls on the left, with the servers and the log under them; the plot,
// the timeline and Little's law side by side under the views, as wide as they can be.
void DockLayout::arrangeDocks()
{
    for (QDockWidget *dock : {ui.controlsDock, ui.serversDock, ui.logDock}) {
        dock->setFloating(false);
        m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    }
    m_window->addDockWidget(Qt::BottomDockWidgetArea, ui.plotDock);
    m_window->splitDockWidget(ui.plotDock, ui.timelineDock, Qt::Horizontal);
    m_window->splitDockWidget(ui.timelineDock, ui.littlesLawDock, Qt::Horizontal);
    m_window->tabifyDockWidget(ui.serversDock, ui.logDock);
    ui.logDock->raise();
}

void DockLayout::restore(const QSettings &settings)
{
    const QRect available = m_window->screen()->availableGeometry();
    if (!m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        m_window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, firstSize(), available));
    if (!m_window->restoreState(settings.value(kStateKey).toByteArray()))
        sizeForScreen(m_window->size());
}

void DockLayout::reset(QSettings &settings)
{
    settings.remove(kGeometryKey);
    settings.remove(kStateKey);
    arrangeDocks();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->show();
    ui.labToolBar->show();
    m_window->showNormal();
    sizeForScreen(firstSize());
}

QSize DockLayout::firstSize() const
{
    return m_window->screen()->availableGeometry().size() * 0.9;
}

void DockLayout::sizeForScreen(QSize wanted)
{
    const QRect available = m_window->screen()->availableGeometry();
    fitBottomRow(wanted.width());
    // Tabbing docks together made the window grow on the way; on a small
    // screen its narrowest may also be more than 90% of the screen.
    m_window->layout()->activate();
    const QSize size = wanted.expandedTo(m_window->minimumSizeHint()).boundedTo(available.size());
    m_window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    sizeDocks();
}

void DockLayout::fillScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    fitBottomRow(available.width());
    m_window->layout()->activate();     // the narrower minimum, now that docks share tabs
    m_window->setGeometry(available);
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
    m_window->statusBar()->setVisible(!on);
    // The new type reaches the panels, and their new sizes the docks, in posted events: take them now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!on) {
        m_window->restoreState(m_normalState);
        m_window->layout()->activate();
        return;
    }
    // Room for the large type: the log, the servers, the tool bar (the Run
    // panel and the menus do all it does) and the status bar go (the View
    // menu brings the docks and the tool bar back). The plots share the bottom row; Little's law stands beside
    // the flags when the screen has room for it there, else it joins them.
    // Done before the window fills the screen, so that it asks for no more than the screen.
    ui.logDock->hide();
    ui.serversDock->hide();
    ui.labToolBar->hide();
    const int width = m_window->screen()->geometry().width();
    m_window->addDockWidget(Qt::BottomDockWidgetArea, ui.plotDock);
    m_window->splitDockWidget(ui.plotDock, ui.timelineDock, Qt::Horizontal);
    constexpr int kReadableFlags = 160;     // pixels of flags beside Little's law
    const int room = width - sideWidth(width) - 2 * separatorWidth();
    if (m_window->centralWidget()->minimumSizeHint().width() + kReadableFlags
            + ui.littlesLawDock->minimumSizeHint().width() <= room)
        m_window->addDockWidget(Qt::RightDockWidgetArea, ui.littlesLawDock);
    else
        m_window->splitDockWidget(ui.timelineDock, ui.littlesLawDock, Qt::Horizontal);
    fitBottomRow(width);
    m_window->layout()->activate();
    QTimer::singleShot(0, this, [this] {
        if (!m_presentation->isOn())
            return;
        // Some sizes settle only once the window is shown in its new type: if
        // they ask for more than the screen, the plots share tabs after all.
        const QRect screen = m_window->screen()->geometry();
        if (m_window->minimumSizeHint().width() > screen.width()) {
            for (QDockWidget *dock : {ui.timelineDock, ui.littlesLawDock}) {
                if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
                    m_window->tabifyDockWidget(ui.plotDock, dock);
            }
            ui.plotDock->raise();
            m_window->layout()->activate();
            m_window->setGeometry(screen);
        }
        sizeDocks();
    });
}

void DockLayout::fitPanels()
{
    // The panels scroll up and down on a small screen, never sideways. (The
    // controls scroll their settings themselves, and keep Start and Stop in sight.)
    QScrollArea *scroll = ui.serversScroll;
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(scroll->widget()->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
}

int DockLayout::separatorWidth() const
{
    return m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
}

int DockLayout::sideWidth(int windowWidth) const
{
    if (m_presentation->isOn())
        return ui.controlsPanel->minimumSizeHint().width();
    const int separator = separatorWidth();
    const int wanted = std::max(std::clamp(windowWidth * 2 / 9, 300, 440), ui.controlsPanel->sizeHint().width());
    // Never so wide that the views would push the window wider.
    return std::min(wanted, windowWidth - separator - m_window->centralWidget()->minimumSizeHint().width());
}

void DockLayout::fitBottomRow(int windowWidth)
{
    // Under the views, beside the left column, the plots and Little's law sit
    // side by side when each plot has room to be read beside its axes. On a
    // narrower window (a 1280-pixel projector, longer translated labels)
    // Little's law shares a tab with the timeline; narrower still, all three
    // share tabs, so that the window is never wider than the screen. The user
    // may drag them apart again.
    constexpr int kReadableTimeline = 80;      // pixels of bars beside the timeline's axis
    const int separator = separatorWidth();
    const int room = windowWidth - sideWidth(windowWidth) - separator;
    const int plot = ui.plotDock->minimumSizeHint().width();    // with room for its data
    const int timeline = ui.timelineDock->minimumSizeHint().width() + kReadableTimeline;
    const bool lawInRow = m_window->dockWidgetArea(ui.littlesLawDock) == Qt::BottomDockWidgetArea;
    const int law = lawInRow ? ui.littlesLawDock->minimumSizeHint().width() : 0;
    if (plot + timeline + (lawInRow ? law + separator : 0) + separator <= room)
        return;
    if (lawInRow && plot + std::max(timeline, law) + separator <= room) {
        m_window->tabifyDockWidget(ui.timelineDock, ui.littlesLawDock);
        ui.timelineDock->raise();
        return;
    }
    m_window->tabifyDockWidget(ui.plotDock, ui.timelineDock);
    if (lawInRow)
        m_window->tabifyDockWidget(ui.plotDock, ui.littlesLawDock);
    ui.plotDock->raise();
}

void DockLayout::sizeDocks()
{
    fitPanels();       // the type may have changed size since
    // Presentation mode's large type needs wider panels and taller plots.
    const bool large = m_presentation->isOn();
    const int width = m_window->width();
    const int height = m_window->height();
    const int side = sideWidth(width);
    const int law = std::max(std::clamp(width / 6, 240, 320), ui.littlesLawPanel->sizeHint().width());
    m_window->resizeDocks({ui.controlsDock}, {side}, Qt::Horizontal);
    // The bottom row: a column for each dock or group of tabbed docks (see
    // fitBottomRow()), Little's law narrower than the plots. In presentation
    // mode Little's law is beside the views instead.
    QList<QDockWidget *> columns;
    for (QDockWidget *dock : {ui.plotDock, ui.timelineDock, ui.littlesLawDock}) {
        const QList<QDockWidget *> tabs = m_window->tabifiedDockWidgets(dock);
        const bool tabbed = std::any_of(columns.cbegin(), columns.cend(),
                                        [&tabs](QDockWidget *column) { return tabs.contains(column); });
        if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea && !tabbed)
            columns << dock;
    }
    const bool lawColumn = columns.removeOne(ui.littlesLawDock);
    if (m_window->dockWidgetArea(ui.littlesLawDock) != Qt::BottomDockWidgetArea)
        m_window->resizeDocks({ui.littlesLawDock}, {law}, Qt::Horizontal);
    const int plots = width - side - (lawColumn ? law : 0);
    QList<int> widths;
    const int n = int(columns.size());
    for (int i = 0; i < n; ++i)
        widths << plots / n + (i + 1 == n ? plots % n : 0);
    if (lawColumn) {
        columns << ui.littlesLawDock;
        widths << law;
    }
    m_window->resizeDocks(columns, widths, Qt::Horizontal);
    // The bottom row tall enough for Little's law whole, when it is there.
    int bottom = int(height * (large ? 0.44 : 0.30));
    if (m_window->dockWidgetArea(ui.littlesLawDock) == Qt::BottomDockWidgetArea) {
        const int lawWidth = lawColumn ? law : widths.value(0, law);
        const int frame = ui.littlesLawDock->minimumSizeHint().height() - ui.littlesLawScroll->minimumSizeHint().height();
        int tabs = 0;       // the docks' tab bars, under the row
        for (const QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            tabs = std::max(tabs, bar->sizeHint().height());
        bottom = std::max(bottom, ui.littlesLawScroll->heightToShowAll(lawWidth) + frame + tabs);
    }
    m_window->resizeDocks({ui.plotDock}, {bottom}, Qt::Vertical);
    // The controls whole at the width they get (the settings scroll only when
    // the screen is too short for them and the log), the log under them.
    const int separator = separatorWidth();
    const int statusBar = m_window->statusBar()->isHidden() ? 0 : m_window->statusBar()->sizeHint().height();
    const int toolBar = ui.labToolBar->isHidden() ? 0 : ui.labToolBar->sizeHint().height();
    const int room = height - m_window->menuBar()->sizeHint().height() - statusBar - toolBar - separator;
    const int line = m_window->fontMetrics().height();
    const QSize dockFrame = ui.controlsDock->minimumSizeHint() - ui.controlsPanel->minimumSizeHint();  // title bar, frame
    const int panelWidth = std::max(side, ui.controlsDock->minimumSizeHint().width()) - dockFrame.width();
    const int controls = ui.controlsPanel->heightToShowAll(panelWidth) + dockFrame.height();
    // The servers' panel and the log under them keep two fifths of the column
    // (a dozen lines of log), however tall the controls: those scroll.
    const int log = std::max({room - controls, 6 * line, room * 2 / 5});
    m_window->resizeDocks({ui.controlsDock, ui.logDock}, {room - log, log}, Qt::Vertical);
}

} // namespace flaglab
