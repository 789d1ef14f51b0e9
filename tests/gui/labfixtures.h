#pragma once

// Runs made up for the lab's tests: exact timings, no network.
#include "lab/runsummary.h"
#include "lab/sweep.h"

#include <QString>

namespace flaglab::test {

// `count` requests, `concurrency` at a time, each taking `seconds`; every
// `notFoundEvery`-th one a 404 (0: none), every `errorEvery`-th an error.
inline RunSummary madeUpRun(const QString &name, int count, int concurrency, double seconds,
                            int notFoundEvery = 0, int errorEvery = 0, const QString &model = QStringLiteral("event-loop"))
{
    RunSummary run;
    run.name = name;
    run.when = QDateTime(QDate(2024, 5, 1), QTime(10, 0));
    run.server = QStringLiteral("DELAY");
    run.baseUrl = QStringLiteral("http://localhost:8001/flags");
    run.model = model;
    run.concurrency = concurrency;
    run.maxInFlight = std::min(concurrency, count);
    run.counts.requested = count;
    for (int i = 0; i < count; ++i) {
        const int wave = i / concurrency;
        RunSummary::Timing t;
        t.cc = QStringLiteral("%1%2").arg(QChar(u'A' + i / 26)).arg(QChar(u'A' + i % 26));
        t.startedS = wave * seconds;
        t.firstByteS = t.startedS + seconds / 2;
        t.finishedS = t.startedS + seconds;
        if (errorEvery && (i + 1) % errorEvery == 0) {
            t.outcome = Outcome::Error;
            ++run.counts.errors;
        } else if (notFoundEvery && (i + 1) % notFoundEvery == 0) {
            t.outcome = Outcome::NotFound;
            t.bytes = 100;
            ++run.counts.notFound;
        } else {
            t.outcome = Outcome::Ok;
            t.bytes = 2000;
            ++run.counts.ok;
        }
        run.timings.append(t);
    }
    run.elapsedS = ((count + concurrency - 1) / concurrency) * seconds;
    return run;
}

// A sweep the way the DELAY server shapes it: 16 codes, 1 s each, elapsed
// halving with every doubling of N until N reaches the codes, then flat.
inline QList<SweepPoint> madeUpSweep(const QList<int> &levels = {1, 2, 4, 8, 16, 32, 64})
{
    QList<SweepPoint> points;
    for (int level : levels)
        points.append({level, madeUpRun(QStringLiteral("-m %1").arg(level), 16, std::min(level, 16), 1.0)});
    return points;
}

} // namespace flaglab::test
