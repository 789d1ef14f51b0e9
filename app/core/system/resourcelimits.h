#pragma once

#include <QtGlobal>

#include <optional>

namespace flaglab {

// Raises the soft limit on open file descriptors to the hard limit, so that a
// server (or a client) can hold a thousand sockets at once. Returns false if
// the limit could not be read or raised; *newLimit gets the soft limit in
// force afterwards either way (when it could be read).
bool raiseFileDescriptorLimit(quint64 *newLimit = nullptr);

// The soft limit on open file descriptors in force now; none when unlimited or unknown.
std::optional<quint64> fileDescriptorLimit();

} // namespace flaglab
