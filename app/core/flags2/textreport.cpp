#include "textreport.h"

#include "engine/requestrecord.h"
#include "engine/runconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <atomic>

namespace flaglab {

namespace {

std::atomic<bool> g_translated{false};

// The book's English, or its translation when the report is translated.
QString text(const char *source)
{
    return g_translated ? QCoreApplication::translate("TextReport", source) : QString::fromUtf8(source);
}

// A translated line with a count: the catalogue holds its plural forms.
QString counted(const char *source, int count)
{
    return QCoreApplication::translate("TextReport", source, nullptr, count);
}

// The engine's most common error texts (downloadrun.cpp), for a translated
// report; any other text, or one the engine has reworded, stays English.
QString translatedError(const QString &english)
{
    struct Pattern {
        const char *regex;
        const char *text;
    };
    static const Pattern kPatterns[] = {
        {R"(^timed out: no data for ([0-9.]+)s$)", QT_TRANSLATE_NOOP("EngineError", "timed out: no data for %1s")},
        {R"(^timed out: no connection in ([0-9.]+)s$)",
         QT_TRANSLATE_NOOP("EngineError", "timed out: no connection in %1s")},
        {R"(^timed out: no complete answer in ([0-9.]+)s$)",
         QT_TRANSLATE_NOOP("EngineError", "timed out: no complete answer in %1s")},
        {R"(^connection refused$)", QT_TRANSLATE_NOOP("EngineError", "connection refused")},
        {R"(^connection closed by the server before the answer was complete$)",
         QT_TRANSLATE_NOOP("EngineError", "connection closed by the server before the answer was complete")},
        {R"(^connection closed by the server mid-body: ([0-9]+) of ([0-9]+) bytes received$)",
         QT_TRANSLATE_NOOP("EngineError", "connection closed by the server mid-body: %1 of %2 bytes received")},
        {R"(^connection closed by the server mid-body: ([0-9]+) bytes received$)",
         QT_TRANSLATE_NOOP("EngineError", "connection closed by the server mid-body: %1 bytes received")},
        {R"(^host not found: (.*)$)", QT_TRANSLATE_NOOP("EngineError", "host not found: %1")},
        {R"(^too many redirects$)", QT_TRANSLATE_NOOP("EngineError", "too many redirects")},
        {R"(^HTTP error ([0-9]+) - (.*)$)", QT_TRANSLATE_NOOP("EngineError", "HTTP error %1 - %2")},
    };
    for (const Pattern &pattern : kPatterns) {
        const QRegularExpressionMatch match = QRegularExpression(QString::fromLatin1(pattern.regex)).match(english);
        if (!match.hasMatch())
            continue;
        QString out = QCoreApplication::translate("EngineError", pattern.text);
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            out = out.arg(match.captured(i));
        return out;
    }
    return english;
}

QString plural(int count, const char *suffix = "s")
{
    return count == 1 ? QString() : QString::fromLatin1(suffix);
}

QString countLine(int count, const QString &what)
{
    return QStringLiteral("%1 %2").arg(count, 3).arg(what);
}

} // namespace

void setReportTranslated(bool translated)
{
    g_translated = translated;
}

bool reportTranslated()
{
    return g_translated;
}

Http2Plan http2Plan(const RunConfig &config, int actualReq)
{
    return {config.http2Connections(actualReq), config.protocol == RunConfig::Protocol::Http2 && !config.http2PriorKnowledge()};
}

namespace {

QString connectionsLine(int actualReq, Http2Plan http2)
{
    if (g_translated) {
        if (http2.connections == 0)
            return counted(QT_TRANSLATE_N_NOOP("TextReport", "%n concurrent connection(s) will be used."), actualReq);
        const QString connections = counted(QT_TRANSLATE_N_NOOP("TextReport", "%n connection(s)"), http2.connections);
        return http2.negotiated
            ? counted(QT_TRANSLATE_N_NOOP("TextReport", "%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2."),
                      actualReq).arg(connections)
            : counted(QT_TRANSLATE_N_NOOP("TextReport", "%n concurrent request(s) will be used over %1."), actualReq).arg(connections);
    }
    if (http2.connections == 0)
        return actualReq == 1 ? QStringLiteral("1 connection will be used.")
                              : QStringLiteral("%1 concurrent connections will be used.").arg(actualReq);
    return QStringLiteral("%1 concurrent request%2 will be used over %3 connection%4%5.")
        .arg(actualReq).arg(plural(actualReq)).arg(http2.connections).arg(plural(http2.connections))
        .arg(http2.negotiated ? QStringLiteral(", if the server agrees to HTTP/2") : QString());
}

} // namespace

QStringList initialReport(const QString &label, const QString &baseUrl, const QStringList &codes,
                          int actualReq, Http2Plan http2)
{
    const QString ccMsg = codes.size() <= 10
        ? codes.join(QStringLiteral(", "))
        : text(QT_TRANSLATE_NOOP("TextReport", "from %1 to %2")).arg(codes.first(), codes.last());
    if (g_translated) {
        return {
            text(QT_TRANSLATE_NOOP("TextReport", "%1 site: %2")).arg(label, baseUrl),
            counted(QT_TRANSLATE_N_NOOP("TextReport", "Searching for %n flag(s): %1"), int(codes.size())).arg(ccMsg),
            connectionsLine(actualReq, http2),
        };
    }
    return {
        QStringLiteral("%1 site: %2").arg(label, baseUrl),
        QStringLiteral("Searching for %1 flag%2: %3").arg(codes.size()).arg(plural(int(codes.size())), ccMsg),
        connectionsLine(actualReq, http2),
    };
}

QStringList finalReport(const RunCounts &counts, double elapsedSeconds)
{
    if (g_translated) {
        QStringList lines{QString(20, u'-'),
                          countLine(counts.ok, counted(QT_TRANSLATE_N_NOOP("TextReport", "flag(s) downloaded."), counts.ok))};
        if (counts.notFound)
            lines << countLine(counts.notFound, counted(QT_TRANSLATE_N_NOOP("TextReport", "not found."), counts.notFound));
        if (counts.errors)
            lines << countLine(counts.errors, counted(QT_TRANSLATE_N_NOOP("TextReport", "error(s)."), counts.errors));
        if (counts.cancelled)
            lines << countLine(counts.cancelled, counted(QT_TRANSLATE_N_NOOP("TextReport", "cancelled."), counts.cancelled));
        lines << text(QT_TRANSLATE_NOOP("TextReport", "Elapsed time: %1s")).arg(elapsedSeconds, 0, 'f', 2);
        return lines;
    }
    QStringList lines{QString(20, u'-'),
                      countLine(counts.ok, QStringLiteral("flag%1 downloaded.").arg(plural(counts.ok)))};
    if (counts.notFound)
        lines << countLine(counts.notFound, QStringLiteral("not found."));
    if (counts.errors)
        lines << countLine(counts.errors, QStringLiteral("error%1.").arg(plural(counts.errors)));
    if (counts.cancelled)
        lines << countLine(counts.cancelled, QStringLiteral("cancelled."));
    lines << QStringLiteral("Elapsed time: %1s").arg(elapsedSeconds, 0, 'f', 2);
    return lines;
}

QString verboseLine(const RequestRecord &record)
{
    switch (record.outcome) {
    case Outcome::Ok:
        return record.cc + u' ' + text(QT_TRANSLATE_NOOP("TextReport", "OK"));
    case Outcome::NotFound:
        if (g_translated && record.error.startsWith(u"not found: "))   // the engine's English
            return record.cc + u' ' + text(QT_TRANSLATE_NOOP("TextReport", "not found: %1")).arg(record.error.mid(11));
        return record.cc + u' ' + record.error;
    case Outcome::Error:
        return record.cc + u' '
            + text(QT_TRANSLATE_NOOP("TextReport", "error: %1"))
                  .arg(g_translated ? translatedError(record.error) : record.error);
    case Outcome::Cancelled:
        return record.cc + u' ' + text(QT_TRANSLATE_NOOP("TextReport", "cancelled"));
    case Outcome::Pending:
        break;
    }
    return record.cc;
}

} // namespace flaglab
