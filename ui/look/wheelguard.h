#pragma once

#include <QObject>

class QWidget;

namespace flaglab {

// Spin boxes and combo boxes take the mouse wheel only once they have focus
// (a click or Tab): a wheel turned over them while the Run panel scrolls
// scrolls the panel, instead of changing the concurrency under the pointer.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Every QAbstractSpinBox and QComboBox under root, now: call it once the
    // window's widgets are made. The guard lives as long as root.
    static void guardChildrenOf(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace flaglab
