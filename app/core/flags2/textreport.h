#pragma once

#include <QString>
#include <QStringList>

namespace flaglab {

struct RequestRecord;
struct RunCounts;

// The book's words, line for line (flags2_common.initial_report / final_report
// and the verbose lines of download_one). The CLI and the window's log print these.
QStringList initialReport(const QString &label, const QString &baseUrl, const QStringList &codes,
                          int actualReq);
QStringList finalReport(const RunCounts &counts, double elapsedSeconds);
QString verboseLine(const RequestRecord &record);

// Whether those lines are translated (context "TextReport"). Off by default: the
// book's English, comparable with the book's output. flaglab-cli turns it on for
// an explicit --lang other than English, the window when its language is not English.
void setReportTranslated(bool translated);
bool reportTranslated();

} // namespace flaglab
