#pragma once

#include <QJsonObject>

namespace flaglab {

// A run as an HTTP Archive (HAR 1.2), the file browsers' developer tools
// save and every network tool reads. Made from the run's JSON report
// (runReportJson(), the CLI's --json), so any run FlagLab kept a report of
// can be exported. One entry per HTTP exchange: each attempt of a retried
// code is an entry of its own. What HAR has no slot for (the code, the
// outcome, the exact phases) goes into "_flaglab" fields, and failures carry
// "_error", with status 0 when no HTTP answer came.
QJsonObject harFromReport(const QJsonObject &report);

} // namespace flaglab
