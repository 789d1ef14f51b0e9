#pragma once

#include <QtGlobal>
#include <chrono>

namespace flaglab {

// Nanoseconds on the monotonic clock, comparable between threads (QElapsedTimer
// values are only comparable with the same timer).
inline qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace flaglab
