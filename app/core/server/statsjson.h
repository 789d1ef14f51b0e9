#pragma once

#include "serverconfig.h"

#include <QByteArray>

namespace flaglab {

// The body of GET /stats: the counters plus the settings that produced them.
// "seed" is null for an unseeded server.
QByteArray serverStatsJson(const ServerStats &stats, const ServerConfig &config);

} // namespace flaglab
