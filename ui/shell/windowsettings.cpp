#include "shell/windowsettings.h"
#include "servers/builtinservers.h"
#include "labhistory/historyview.h"
#include "labhistory/sweepview.h"
#include "liveplots/timelineview.h"
#include "runcontrols/controlspanel.h"
#include "shell/docklayout.h"
#include "shell/guioptions.h"
#include "lab/sweep.h"
#include "shell/presentationmode.h"

#include <QSettings>

namespace flaglab {

namespace {

const QString kPresentationKey = QStringLiteral("view/presentation");
const QString kViewKey = QStringLiteral("view/shown");
const QString kSweepLevelsKey = QStringLiteral("sweep/levels");
const QString kGroupedKey = QStringLiteral("timeline/byConnection");

} // namespace

WindowSettings::WindowSettings(const Widgets &widgets, BuiltInServers *servers, DockLayout *docks,
                               const PresentationMode *presentation, const GuiOptions &options)
    : ui(widgets), m_servers(servers), m_docks(docks), m_presentation(presentation), m_options(options)
{
}

void WindowSettings::restore()
{
    if (m_options.isScripted())
        m_docks->fillScreen();
    else
        restoreSettings();
    applyOptions();
}

bool WindowSettings::presentationAtStart() const
{
    return m_options.presentation || (!m_options.isScripted() && QSettings().value(kPresentationKey).toBool());
}

void WindowSettings::save() const
{
    if (m_options.isScripted())
        return;
    QSettings settings;
    ui.controlsPanel->saveSettings(settings);
    m_servers->saveSettings(settings);
    settings.setValue(kPresentationKey, m_presentation->isOn());
    settings.setValue(kViewKey, shownView());
    QStringList levels;
    for (int level : ui.sweepView->levels())
        levels << QString::number(level);
    settings.setValue(kSweepLevelsKey, levels.join(u','));
    settings.setValue(kGroupedKey, ui.timelineView->isGroupedByConnection());
    m_docks->save(settings);
}

void WindowSettings::restoreSettings()
{
    const QSettings settings;
    ui.controlsPanel->restoreSettings(settings);
    m_servers->restoreSettings(settings);
    QString unreadable;
    const QList<int> levels = SweepRunner::parseLevels(settings.value(kSweepLevelsKey).toString(), &unreadable);
    if (!levels.isEmpty())
        ui.sweepView->setLevels(levels);
    showView(settings.value(kViewKey).toString());
    ui.timelineView->setGroupByConnection(settings.value(kGroupedKey, false).toBool());
    m_docks->restore(settings);
}

void WindowSettings::applyOptions()
{
    ui.controlsPanel->applyOptions(m_options);
    applyServerOptions();
    if (!m_options.showView.isEmpty())
        showView(m_options.showView);
}

void WindowSettings::applyServerOptions()
{
    if (!m_options.serverDelayMinMs && !m_options.serverSeed && !m_options.serverFaults)
        return;
    for (auto mode : BuiltInServers::kModes) {
        ServerConfig config = m_servers->config(mode);
        if (m_options.serverDelayMinMs && mode != BuiltInServers::Mode::Local) {
            config.delayMinMs = *m_options.serverDelayMinMs;
            config.delayMaxMs = *m_options.serverDelayMaxMs;
        }
        if (m_options.serverSeed)       // LOCAL draws only its faults from it
            config.seed = *m_options.serverSeed;
        if (m_options.serverFaults) {
            config.faults = *m_options.serverFaults;
            config.faultRate = m_options.serverFaultRate.value_or(ServerConfig().faultRate);
        }
        m_servers->setConfig(mode, config);
    }
}

void WindowSettings::showView(const QString &name)
{
    QWidget *page = name == u"history" ? static_cast<QWidget *>(ui.historyView)
                    : name == u"sweep" ? static_cast<QWidget *>(ui.sweepView)
                                       : ui.flagsTab;
    ui.viewTabs->setCurrentWidget(page);
}

QString WindowSettings::shownView() const
{
    const QWidget *page = ui.viewTabs->currentWidget();
    return page == ui.historyView ? QStringLiteral("history")
           : page == ui.sweepView ? QStringLiteral("sweep")
                                  : QStringLiteral("flags");
}

} // namespace flaglab
