#include "faultsupport.h"

#include "testserver.h"

#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <unistd.h>

namespace flaglab::faults {

bool accountedForOnce(const DownloadEngine &engine)
{
    const auto fail = [](const QString &why) {
        qWarning().noquote() << "accounting:" << why;
        return false;
    };
    const RunCounts counts = engine.counts();
    if (engine.isRunning())
        return fail(QStringLiteral("the run is still going"));
    if (counts.requested != engine.config().codes.size() || engine.records().size() != counts.requested)
        return fail(QStringLiteral("%1 requested, %2 records").arg(counts.requested).arg(engine.records().size()));
    if (counts.done() != counts.requested)
        return fail(QStringLiteral("%1 outcomes for %2 codes").arg(counts.done()).arg(counts.requested));
    RunCounts recount;
    QSet<int> ids;
    for (const RequestRecord &record : engine.records()) {
        if (!record.isDone())
            return fail(record.cc + QStringLiteral(" has no outcome"));
        if (record.outcome != Outcome::Ok && record.error.isEmpty())
            return fail(record.cc + QStringLiteral(" failed without a reason"));
        if (ids.contains(record.id))
            return fail(record.cc + QStringLiteral(" counted twice"));
        ids.insert(record.id);
        recount.add(record.outcome);
    }
    if (recount.ok != counts.ok || recount.notFound != counts.notFound || recount.errors != counts.errors
        || recount.cancelled != counts.cancelled)
        return fail(QStringLiteral("the counts do not match the records"));
    if (engine.inFlight() != 0)
        return fail(QStringLiteral("%1 still in flight").arg(engine.inFlight()));
    return true;
}

bool followUpRunSucceeds(DownloadEngine &engine)
{
    const test::TestServer server;
    if (!server.ok()) {
        qWarning() << "follow-up server:" << server.error();
        return false;
    }
    QTemporaryDir dest;
    if (!runToEnd(engine, configFor(server.baseUrl(), {QStringLiteral("BR"), QStringLiteral("CN")}, 2, dest.path()),
                  20000))
        return false;
    const bool ok = accountedForOnce(engine) && engine.counts().ok == 2
        && entriesIn(dest.path()) == QStringList{QStringLiteral("BR.gif"), QStringLiteral("CN.gif")};
    if (!ok)
        qWarning() << "follow-up run:" << engine.counts().ok << "OK," << entriesIn(dest.path());
    return ok;
}

QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool permissionsApply()
{
    return ::geteuid() != 0;
}

} // namespace flaglab::faults
