#include "runcontrols/runname.h"

#include "lab/runrequest.h"

#include <limits>

#include <QCoreApplication>

namespace flaglab {

namespace {

constexpr int kCodesNamed = 3;

QString rangeWords(const CodeSelection &selection, int codeCount)
{
    const bool limited = selection.limit > 0 && selection.limit < std::numeric_limits<int>::max();
    const QString limit = limited ? QString::number(selection.limit) : QString();
    QString range;
    if (selection.every)
        range = limited ? QStringLiteral("-el ") + limit : QStringLiteral("-e");
    else if (selection.all)
        range = limited ? QStringLiteral("-al ") + limit : QStringLiteral("-a");
    else if (!selection.ccArgs.isEmpty())
        range = (selection.ccArgs.size() <= kCodesNamed ? selection.ccArgs.join(u' ').toUpper()
                                                         : QCoreApplication::translate("flaglab::RunName", "%1 codes").arg(codeCount))
                + (limited ? QStringLiteral(" -l ") + limit : QString());
    else if (limited)
        range = QStringLiteral("-l ") + limit;
    return range;
}

QStringList nameWords(const RunRequest &request, bool withConcurrency)
{
    QStringList words{request.server.label};
    if (request.server.label == u"CUSTOM")
        words = QStringList{request.server.baseUrl.host()};
    const QString range = rangeWords(request.selection, int(request.codes.size()));
    if (!range.isEmpty())
        words << range;
    if (withConcurrency)
        words << QStringLiteral("-m %1").arg(request.maxReq);
    if (request.model == RunConfig::Model::Threads)
        words << QCoreApplication::translate("flaglab::RunName", "threads");
    else if (request.singleManager)
        words << QCoreApplication::translate("flaglab::RunName", "one manager");
    if (request.protocol == RunConfig::Protocol::Http2)     // HTTP/1.1, the book's, goes unsaid
        words << QStringLiteral("HTTP/2");
    return words;
}

} // namespace

QString runName(const RunRequest &request)
{
    return nameWords(request, true).join(u' ');
}

QString sweepName(const RunRequest &request)
{
    return nameWords(request, false).join(u' ');
}

QString modelTitle(const QString &modelName)
{
    return modelName == u"threads" ? QCoreApplication::translate("flaglab::RunName", "threads") : QCoreApplication::translate("flaglab::RunName", "event loop");
}

} // namespace flaglab
