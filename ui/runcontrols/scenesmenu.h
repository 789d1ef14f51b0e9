#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QToolBar;

namespace flaglab {

// The book's scenes (bookPresets()), each one click: a menu of them, also a
// button on the lab toolbar. The window plays the scene chosen: it sets the
// controls and the servers, and plays every run in turn.
class ScenesMenu : public QObject {
    Q_OBJECT
public:
    // The button goes on toolBar before `before`.
    ScenesMenu(QMenu *menu, QToolBar *toolBar, QAction *before);   // a child of the menu

Q_SIGNALS:
    void sceneChosen(const QString &presetId);
};

} // namespace flaglab
