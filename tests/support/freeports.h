#pragma once

#include <QtGlobal>

namespace flaglab::test {

// A port P such that P, P+1 and P+2 are free on 127.0.0.1 (and on ::1 where
// the machine has IPv6): for a program started with --base-port P, which
// puts the book's LOCAL, DELAY and ERROR servers there. The ports are
// tried below the kernel's ephemeral range (ip_local_port_range), so that
// servers on port 0 elsewhere (other tests, running alongside) cannot take
// them between this check and the program's listen(). The search is
// pseudo-random, seeded with the process id: two tests running at once
// look in different places, and a run can be repeated. 0 if none was found.
quint16 freeBasePort(int count = 3);

// True when nothing listens on port on 127.0.0.1 (we can bind it).
bool portIsFree(quint16 port);

} // namespace flaglab::test
