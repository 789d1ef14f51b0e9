#include "resourcelimits.h"

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace flaglab {

bool raiseFileDescriptorLimit(quint64 *newLimit)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;

    bool raised = true;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit wanted = limit;
        wanted.rlim_cur = limit.rlim_max;
        raised = setrlimit(RLIMIT_NOFILE, &wanted) == 0;
        // An unlimited hard limit is not accepted for RLIMIT_NOFILE (Linux caps
        // it at fs.nr_open, macOS at OPEN_MAX): fall back to a generous value.
        if (!raised && limit.rlim_max == RLIM_INFINITY) {
            wanted.rlim_cur = 65536;
            raised = setrlimit(RLIMIT_NOFILE, &wanted) == 0;
        }
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (newLimit)
        *newLimit = limit.rlim_cur;
    return raised;
#else
    if (newLimit)
        *newLimit = 0;
    return false;
#endif
}

std::optional<quint64> fileDescriptorLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return quint64(limit.rlim_cur);
#endif
    return std::nullopt;
}

} // namespace flaglab
