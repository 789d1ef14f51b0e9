#pragma once

#include <QString>

class QTabWidget;
class QWidget;

namespace flaglab {

class BuiltInServers;
class ControlsPanel;
class DockLayout;
class HistoryView;
class PresentationMode;
class SweepView;
class TimelineView;
struct GuiOptions;

// What the window starts with, and what it keeps for next time. At start: the
// last session's settings (QSettings: the controls, the built-in servers, the
// sweep's levels, the view in front, the window's geometry and docks), then
// the command line's options over them. At close: the same, and whether
// presentation mode is on. A scripted run (demo, benchmark, screenshot) is the
// same every time and leaves the user's settings alone: what its options do
// not say is the defaults, the window fills the screen, and nothing is kept.
class WindowSettings {
public:
    // What it keeps of the window's form: the controls, and which view is in front.
    struct Widgets {
        ControlsPanel *controlsPanel;
        QTabWidget *viewTabs;
        QWidget *flagsTab;
        HistoryView *historyView;
        SweepView *sweepView;
        TimelineView *timelineView;     // its lanes grouped by connection, or not
    };
    WindowSettings(const Widgets &widgets, BuiltInServers *servers, DockLayout *docks,
                   const PresentationMode *presentation, const GuiOptions &options);

    void restore();
    // --presentation, or presentation mode was on when the last session ended.
    bool presentationAtStart() const;
    void save() const;

private:
    void restoreSettings();
    void applyOptions();
    void applyServerOptions();
    void showView(const QString &name);     // "flags", "history" or "sweep"
    QString shownView() const;

    const Widgets ui;
    BuiltInServers *m_servers;
    DockLayout *m_docks;
    const PresentationMode *m_presentation;
    const GuiOptions &m_options;            // the window's
};

} // namespace flaglab
