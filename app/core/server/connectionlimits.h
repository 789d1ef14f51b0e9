#pragma once

#include <QtGlobal>

namespace flaglab {

// What one client connection may cost the server.
struct ConnectionLimits {
    qsizetype maxRequestBytes = 16384;  // request line plus headers (HTTP/2: the header list)
    int idleTimeoutMs = 30000;          // without a request in progress; <= 0: never time out
    int maxConcurrentStreams = 1000;    // HTTP/2 only: SETTINGS_MAX_CONCURRENT_STREAMS
};

} // namespace flaglab
