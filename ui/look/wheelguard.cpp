#include "look/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace flaglab {

void WheelGuard::guardChildrenOf(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    QList<QWidget *> widgets;
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        widgets.append(spin);
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        widgets.append(combo);
    for (QWidget *widget : std::as_const(widgets)) {
        widget->setFocusPolicy(Qt::StrongFocus);    // not WheelFocus: the wheel gives no focus
        widget->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || static_cast<QWidget *>(watched)->hasFocus())
        return false;
    // Ignored, it goes on to the parents: the scroll area scrolls.
    event->ignore();
    return true;
}

} // namespace flaglab
