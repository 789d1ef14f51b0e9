#include "look/invalidfield.h"

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace flaglab {

void markInvalid(QWidget *field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    static const QString rules = QStringLiteral(
        "QLineEdit[invalid=\"true\"] { border: 2px solid #c62828; background: #ffebee; padding: 2px; }"
        "QAbstractSpinBox[invalid=\"true\"] { border: 2px solid #c62828; background: #ffebee; }");
    field->setProperty("invalid", invalid);
    if (field->styleSheet() != rules)
        field->setStyleSheet(rules);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

} // namespace flaglab
