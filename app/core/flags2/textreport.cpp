#include "textreport.h"

#include "engine/requestrecord.h"

namespace flaglab {

namespace {

QString plural(int count, const char *suffix = "s")
{
    return count == 1 ? QString() : QString::fromLatin1(suffix);
}

QString countLine(int count, const QString &what)
{
    return QStringLiteral("%1 %2").arg(count, 3).arg(what);
}

} // namespace

QStringList initialReport(const QString &label, const QString &baseUrl, const QStringList &codes,
                          int actualReq)
{
    const QString ccMsg = codes.size() <= 10
        ? codes.join(QStringLiteral(", "))
        : QStringLiteral("from %1 to %2").arg(codes.first(), codes.last());
    return {
        QStringLiteral("%1 site: %2").arg(label, baseUrl),
        QStringLiteral("Searching for %1 flag%2: %3").arg(codes.size()).arg(plural(int(codes.size())), ccMsg),
        actualReq == 1 ? QStringLiteral("1 connection will be used.")
                       : QStringLiteral("%1 concurrent connections will be used.").arg(actualReq),
    };
}

QStringList finalReport(const RunCounts &counts, double elapsedSeconds)
{
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
        return record.cc + QStringLiteral(" OK");
    case Outcome::NotFound:
        return record.cc + u' ' + record.error;
    case Outcome::Error:
        return record.cc + QStringLiteral(" error: ") + record.error;
    case Outcome::Cancelled:
        return record.cc + QStringLiteral(" cancelled");
    case Outcome::Pending:
        break;
    }
    return record.cc;
}

} // namespace flaglab
