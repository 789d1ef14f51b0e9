#pragma once

#include <QColor>

// One palette for every view, so that a colour means the same thing in the
// grid, the progress strip, the plot and the timeline.
namespace flaglab::colors {

inline QColor ok() { return QColor(0x2e, 0x7d, 0x32); }            // green
inline QColor notFound() { return QColor(0x78, 0x90, 0x9c); }      // blue grey
inline QColor error() { return QColor(0xc6, 0x28, 0x28); }         // red
inline QColor cancelled() { return QColor(0x5d, 0x40, 0x37); }     // brown

inline QColor queuedInClient() { return QColor(0xd6, 0xd6, 0xd6); } // light grey: inside Qt, no connection
inline QColor connecting() { return QColor(0xff, 0xd5, 0x4f); }     // amber: opening a connection
inline QColor waiting() { return QColor(0x90, 0xca, 0xf9); }       // light blue: on the wire, no byte yet
inline QColor downloading() { return QColor(0x15, 0x65, 0xc0); }   // dark blue: bytes arriving
inline QColor notFoundWaiting() { return QColor(0xcf, 0xd8, 0xdc); }
inline QColor errorWaiting() { return QColor(0xef, 0x9a, 0x9a); }

inline QColor flagsRate() { return QColor(0x15, 0x65, 0xc0); }     // blue
inline QColor bytesRate() { return QColor(0x2e, 0x7d, 0x32); }     // green
inline QColor inFlight() { return QColor(0xef, 0x6c, 0x00); }      // orange

inline QColor elapsed() { return QColor(0x6a, 0x1b, 0x9a); }       // purple: the sweep's elapsed time
inline QColor knee() { return QColor(0xc6, 0x28, 0x28); }          // red: the sweep's knee

// Runs compared on one plot: distinct on white and for colour-blind eyes
// (Okabe and Ito's palette, its yellow left out, black as dark grey), then
// darker variants (the compare plot also dashes those).
constexpr int kDistinctRuns = 8;
inline QColor run(int index)
{
    static const QColor kRuns[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                   QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                   QColor(0x42, 0x42, 0x42), QColor(0x8c, 0x56, 0x3c)};
    constexpr int count = kDistinctRuns;
    const int i = index < 0 ? 0 : index;
    return i < count ? kRuns[i] : kRuns[i % count].darker(100 + 40 * (i / count));
}

} // namespace flaglab::colors
