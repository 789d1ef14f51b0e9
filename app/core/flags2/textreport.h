#pragma once

#include <QString>
#include <QStringList>

namespace flaglab {

struct RequestRecord;
struct RunConfig;
struct RunCounts;

// How the requests travel, for the header's third line. HTTP/1.1 (no
// connections here): the book's "100 concurrent connections will be used.".
// HTTP/2: "100 concurrent requests will be used over 1 connection.", and on
// https, where ALPN lets the server choose, ", if the server agrees to HTTP/2".
struct Http2Plan {
    int connections = 0;
    bool negotiated = false;
};
Http2Plan http2Plan(const RunConfig &config, int actualReq);

// The book's words, line for line (flags2_common.initial_report / final_report
// and the verbose lines of download_one). The CLI and the window's log print these.
QStringList initialReport(const QString &label, const QString &baseUrl, const QStringList &codes,
                          int actualReq, Http2Plan http2 = {});
QStringList finalReport(const RunCounts &counts, double elapsedSeconds);
QString verboseLine(const RequestRecord &record);

// Whether those lines are translated (context "TextReport"). Off by default: the
// book's English, comparable with the book's output. flaglab-cli turns it on for
// an explicit --lang other than English, the window when its language is not English.
void setReportTranslated(bool translated);
bool reportTranslated();

} // namespace flaglab
