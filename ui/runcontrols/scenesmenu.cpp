#include "runcontrols/scenesmenu.h"

#include "lab/presets.h"

#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace flaglab {

ScenesMenu::ScenesMenu(QMenu *menu, QToolBar *toolBar, QAction *before)
    : QObject(menu)
{
    QAction *scenes = menu->menuAction();
    scenes->setToolTip(tr("Replay a scene of the book: the controls, the servers and every run"));
    toolBar->insertAction(before, scenes);
    toolBar->insertSeparator(before);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(scenes)))
        button->setPopupMode(QToolButton::InstantPopup);
    for (const Preset &preset : bookPresets()) {
        QAction *action = menu->addAction(preset.title);
        action->setToolTip(preset.lesson);
        action->setStatusTip(preset.lesson);
        action->setData(preset.id);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { Q_EMIT sceneChosen(id); });
    }
    menu->setToolTipsVisible(true);
}

} // namespace flaglab
