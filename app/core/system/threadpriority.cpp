#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace flaglab {

void setCurrentThreadNiceness(int niceness)
{
#ifdef Q_OS_LINUX
    // Per thread on Linux (not POSIX): PRIO_PROCESS with a thread id.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), niceness);
#else
    Q_UNUSED(niceness);
#endif
}

} // namespace flaglab
