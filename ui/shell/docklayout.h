#pragma once

#include <QByteArray>
#include <QObject>

class QMainWindow;
class QSettings;
class QDockWidget;
class QMenu;
class QScrollArea;
class QToolBar;
class QWidget;

namespace flaglab {

class ControlsPanel;
class FittingScrollArea;
class PresentationMode;

// Where the docks of the window (shell/mainwindow.ui) go: the controls on the
// left with the servers and the log under them, the plots side by side under
// the views (sharing tabs when the screen is narrow); the arrangement of
// presentation mode, which never asks for more than the screen, and back;
// their sizes for the window's size; and the window's geometry and dock
// state, kept in QSettings from one session to the next.
class DockLayout : public QObject {
    Q_OBJECT
public:
    // The window's docks and what in them decides their sizes.
    struct Widgets {
        QDockWidget *controlsDock, *serversDock, *plotDock, *timelineDock, *littlesLawDock, *logDock;
        ControlsPanel *controlsPanel;
        QWidget *littlesLawPanel;
        QScrollArea *serversScroll;
        FittingScrollArea *littlesLawScroll;
        QToolBar *labToolBar;
        QMenu *menuView;    // lists the docks and the tool bar
    };
    // Lays out the docks and lists them in the View menu.
    DockLayout(QMainWindow *window, const Widgets &widgets, const PresentationMode *presentation);

    // As the last session left the window, or centred at firstSize().
    void restore(const QSettings &settings);
    // The whole screen, the docks at their default sizes: a scripted run is the same every time.
    void fillScreen();
    void save(QSettings &settings) const;
    // View > Reset layout: every dock back where it starts, the window at its
    // first size, and nothing kept from before. Not in presentation mode.
    void reset(QSettings &settings);

    // Before presentation mode takes the window full screen: the arrangement to come back to.
    void keepNormalState();
    // Call it once the type has changed and before the window fills the screen (PresentationMode::restyled).
    void arrangeForPresentation(bool on);

private:
    void arrangeDocks();
    QSize firstSize() const;            // of the window at a first start: 90% of the screen
    void sizeForScreen(QSize wanted);    // the window's size, at most the screen, and the docks' for it
    void fitPanels();
    int separatorWidth() const;     // between docks
    int sideWidth(int windowWidth) const;    // of the left column: the controls, the servers, the log
    void fitBottomRow(int windowWidth);
    void sizeDocks();

    QMainWindow *m_window;
    const Widgets ui;
    const PresentationMode *m_presentation;
    QByteArray m_normalState;   // before presentation mode hid the log and the servers
};

} // namespace flaglab
