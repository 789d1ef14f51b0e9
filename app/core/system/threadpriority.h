#pragma once

namespace flaglab {

// CPU priorities of FlagLab's threads, as Linux nice values (higher: yields
// more readily). When a burst of downloads saturates the cores, the window's
// thread must win, then the decoding of what has arrived, and only then the
// work that brings more in: the engine, Qt's network threads and the
// built-in servers. Qt's QThread priorities cannot say this: under the
// normal Linux scheduler they change nothing.
namespace niceness {
inline constexpr int kDecoding = 4;
inline constexpr int kNetwork = 10;
} // namespace niceness

// Sets the calling thread's nice value; the threads it starts from now on
// inherit it. Does nothing where threads have no nice value of their own.
void setCurrentThreadNiceness(int niceness);

} // namespace flaglab
