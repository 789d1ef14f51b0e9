#pragma once

#include <QtGlobal>

namespace flaglab {

// What one client connection may cost the server.
struct ConnectionLimits {
    qsizetype maxRequestBytes = 16384;  // request line plus headers
    int idleTimeoutMs = 30000;          // without a request in progress; <= 0: never time out
};

} // namespace flaglab
