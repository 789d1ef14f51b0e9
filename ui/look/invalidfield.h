#pragma once

class QWidget;

namespace flaglab {

// How a field with wrong input looks in every panel: a red border on a pale
// red ground, while its "invalid" property is true (tests and style sheets
// can read it). The field gets the rule in its own style sheet, so that a
// spin box's inner line edit keeps its look and the panel's sheet stays its own.
void markInvalid(QWidget *field, bool invalid);

} // namespace flaglab
