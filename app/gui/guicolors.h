#pragma once

#include <QColor>

// One palette for every view, so that a colour means the same thing in the
// grid, the progress strip, the plot and the timeline.
namespace flaglab::colors {

inline QColor ok() { return QColor(0x2e, 0x7d, 0x32); }            // green
inline QColor notFound() { return QColor(0x78, 0x90, 0x9c); }      // blue grey
inline QColor error() { return QColor(0xc6, 0x28, 0x28); }         // red
inline QColor cancelled() { return QColor(0x5d, 0x40, 0x37); }     // brown

inline QColor waiting() { return QColor(0x90, 0xca, 0xf9); }       // light blue: no byte yet
inline QColor downloading() { return QColor(0x15, 0x65, 0xc0); }   // dark blue: bytes arriving
inline QColor notFoundWaiting() { return QColor(0xcf, 0xd8, 0xdc); }
inline QColor errorWaiting() { return QColor(0xef, 0x9a, 0x9a); }

inline QColor flagsRate() { return QColor(0x15, 0x65, 0xc0); }     // blue
inline QColor bytesRate() { return QColor(0x2e, 0x7d, 0x32); }     // green
inline QColor inFlight() { return QColor(0xef, 0x6c, 0x00); }      // orange

} // namespace flaglab::colors
