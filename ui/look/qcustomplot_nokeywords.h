#pragma once

// qcustomplot.h spells signals, slots and foreach as keywords, which the
// project switches off with QT_NO_KEYWORDS; lend it the macros for its own use.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
