#include "labhistory/sweepdriver.h"

#include <QTemporaryDir>
#include <algorithm>

namespace flaglab {

SweepDriver::SweepDriver(QObject *parent)
    : QObject(parent)
{
}

SweepDriver::~SweepDriver() = default;

void SweepDriver::begin(const RunRequest &base, const QList<int> &levels)
{
    m_base = base;
    m_levels = levels;
    m_points.clear();
    m_next = 0;
    m_active = true;
    m_cancelled = false;
}

RunRequest SweepDriver::nextRequest()
{
    RunRequest request = m_base;
    request.maxReq = m_levels.at(m_next++);
    // Each run writes into an empty folder: replacing files costs the disk a flush.
    m_folder = std::make_unique<QTemporaryDir>();
    return request;
}

RunConfig SweepDriver::pointConfig(RunConfig config) const
{
    config.concurrency = std::clamp(std::min<int>(pointLevel(), int(config.codes.size())), 1,
                                    RunConfig::kMaxConcurrency);
    if (m_folder && m_folder->isValid())
        config.destination = m_folder->path();
    return config;
}

void SweepDriver::addPoint(const RunSummary &run)
{
    m_points.append({pointLevel(), run});
}

void SweepDriver::end()
{
    m_folder.reset();
    m_active = false;
}

} // namespace flaglab
