// ReplayTimeline: a recorded run as it stood at any t, its event times for
// stepping; RecordedRun: a report or HAR turned back into records and pictures.
#include "har/harimport.h"
#include "replay/recordedrun.h"
#include "replay/replaytimeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;

namespace {

constexpr qint64 kMs = 1'000'000;

RequestRecord record(const QString &cc, Outcome outcome, qint64 started, qint64 connecting, qint64 sent,
                     qint64 firstByte, qint64 finished)
{
    static int nextId = 0;
    RequestRecord r;
    r.id = nextId++;
    r.cc = cc;
    r.outcome = outcome;
    r.httpStatus = outcome == Outcome::Ok ? 200 : outcome == Outcome::NotFound ? 404 : 0;
    r.bytes = outcome == Outcome::Ok ? 1000 : 0;
    r.startedNs = started;
    r.connectingNs = connecting;
    r.sentNs = sent;
    r.firstByteNs = firstByte;
    r.finishedNs = finished;
    r.attempts = 1;
    return r;
}

// Three requests, two at a time: BR connects and finishes OK at 30 ms; CN
// reuses BR's connection after it and is not found at 50 ms; IN connects and
// errs at 40 ms, with no answer.
QList<RequestRecord> threeRequests()
{
    QList<RequestRecord> records{
        record(QStringLiteral("BR"), Outcome::Ok, 0, 1 * kMs, 5 * kMs, 20 * kMs, 30 * kMs),
        record(QStringLiteral("CN"), Outcome::NotFound, 0, -1, 31 * kMs, 45 * kMs, 50 * kMs),
        record(QStringLiteral("IN"), Outcome::Error, 0, 2 * kMs, 8 * kMs, -1, 40 * kMs),
    };
    for (int i = 0; i < records.size(); ++i)
        records[i].id = i;
    return records;
}

// A file written for RecordedRun::load to read: its path, or empty when it could not be written.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size())
        return {};
    return path;
}

} // namespace

class TestReplayTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void beforeAnythingAllIsPending()
    {
        const ReplayTimeline timeline(threeRequests());
        const ReplayState state = timeline.stateAt(-5);
        QCOMPARE(state.nowNs, 0);
        QCOMPARE(state.counts.requested, 3);
        QCOMPARE(state.counts.done(), 0);
        for (const RequestRecord &r : state.records) {
            QCOMPARE(r.outcome, Outcome::Pending);
            QCOMPARE(r.finishedNs, -1);
            QCOMPARE(r.httpStatus, 0);
            QCOMPARE(r.bytes, 0);
        }
        // Handed over at 0: all three wait for a connection.
        QCOMPARE(timeline.stateAt(0).flight.queuedInClient, 3);
    }

    void midRunPhasesAndCounts()
    {
        const ReplayTimeline timeline(threeRequests());
        const ReplayState state = timeline.stateAt(6 * kMs);
        const RequestRecord &br = state.records.at(0);
        QCOMPARE(br.startedNs, 0);
        QCOMPARE(br.connectingNs, 1 * kMs);
        QCOMPARE(br.sentNs, 5 * kMs);
        QCOMPARE(br.firstByteNs, -1);       // later than t
        QCOMPARE(br.outcome, Outcome::Pending);
        QCOMPARE(state.records.at(2).sentNs, -1);
        QCOMPARE(state.flight.onTheWire, 1);        // BR
        QCOMPARE(state.flight.connecting, 1);       // IN
        QCOMPARE(state.flight.queuedInClient, 1);   // CN
        QCOMPARE(state.flight.maxOnTheWire, 1);
        QCOMPARE(state.flight.maxQueuedInClient, 3);

        const ReplayState later = timeline.stateAt(35 * kMs);
        QCOMPARE(later.counts.ok, 1);
        QCOMPARE(later.counts.done(), 1);
        QCOMPARE(later.records.at(0).outcome, Outcome::Ok);
        QCOMPARE(later.records.at(0).bytes, 1000);
        QCOMPARE(later.flight.onTheWire, 2);        // CN and IN
        QCOMPARE(later.flight.maxOnTheWire, 2);
        QCOMPARE(later.flight.queuedInClient, 0);
    }

    void theEndIsTheRecordedRun()
    {
        const QList<RequestRecord> recorded = threeRequests();
        const ReplayTimeline timeline(recorded);
        QCOMPARE(timeline.durationNs(), 50 * kMs);
        const ReplayState end = timeline.stateAt(timeline.durationNs());
        QCOMPARE(end.counts.ok, 1);
        QCOMPARE(end.counts.notFound, 1);
        QCOMPARE(end.counts.errors, 1);
        QCOMPARE(end.flight.onTheWire, 0);
        QCOMPARE(end.flight.maxOnTheWire, 2);
        for (int i = 0; i < recorded.size(); ++i) {
            QCOMPARE(end.records.at(i).finishedNs, recorded.at(i).finishedNs);
            QCOMPARE(end.records.at(i).outcome, recorded.at(i).outcome);
        }
        // Past the end is the end.
        QCOMPARE(timeline.stateAt(timeline.durationNs() * 2).nowNs, timeline.durationNs());
    }

    void seekingBackShowsLess()
    {
        const ReplayTimeline timeline(threeRequests());
        QCOMPARE(timeline.stateAt(50 * kMs).counts.done(), 3);
        QCOMPARE(timeline.stateAt(45 * kMs).counts.done(), 2);
        QCOMPARE(timeline.stateAt(30 * kMs).counts.done(), 1);
        QCOMPARE(timeline.stateAt(29 * kMs).counts.done(), 0);
        QCOMPARE(timeline.stateAt(29 * kMs).flight.maxOnTheWire, 2);   // BR and IN since 8 ms
        QCOMPARE(timeline.stateAt(7 * kMs).flight.maxOnTheWire, 1);
    }

    void eventTimesStepThroughEveryPhase()
    {
        const ReplayTimeline timeline(threeRequests());
        const QList<qint64> expected{0, 1 * kMs, 2 * kMs, 5 * kMs, 8 * kMs, 20 * kMs, 30 * kMs, 31 * kMs,
                                     40 * kMs, 45 * kMs, 50 * kMs};
        QCOMPARE(timeline.eventTimes(), expected);
        QList<qint64> stepped{0};
        qint64 t = 0;
        while (const std::optional<qint64> next = timeline.nextEventAfter(t))
            stepped.append(t = *next);
        QCOMPARE(stepped, expected);
        QCOMPARE(*timeline.nextEventAfter(3 * kMs), 5 * kMs);    // between events: the next one
        QVERIFY(!timeline.nextEventAfter(50 * kMs));
    }

    void finishedBetweenInFinishOrder()
    {
        const ReplayTimeline timeline(threeRequests());
        QCOMPARE(timeline.finishedBetween(-1, 50 * kMs), (QList<int>{0, 2, 1}));
        QCOMPARE(timeline.finishedBetween(30 * kMs, 45 * kMs), QList<int>{2});
        QCOMPARE(timeline.finishedBetween(30 * kMs, 30 * kMs), QList<int>{});
        QCOMPARE(timeline.finishedBetween(29 * kMs, 30 * kMs), QList<int>{0});
    }

    // A foreign HAR's rounding can put a phase before the one it follows.
    void aPhaseOutOfOrderCountsOnce()
    {
        QList<RequestRecord> records{record(QStringLiteral("x"), Outcome::Ok, 10 * kMs, 12 * kMs, 11 * kMs, 13 * kMs, 14 * kMs)};
        records[0].id = 0;
        const ReplayTimeline timeline(records);
        const ReplayState at11 = timeline.stateAt(11 * kMs);
        QCOMPARE(at11.flight.onTheWire, 1);
        QCOMPARE(at11.flight.connecting, 0);
        QCOMPARE(timeline.stateAt(12 * kMs).flight.onTheWire, 1);
        QCOMPARE(timeline.stateAt(12 * kMs).flight.connecting, 0);
        QCOMPARE(timeline.stateAt(14 * kMs).flight.onTheWire, 0);
    }

    // Outcome without a time (a report's cancelled request): done at the end.
    void anOutcomeWithoutATimeEndsTheRun()
    {
        QList<RequestRecord> records = threeRequests();
        records.append(record(QStringLiteral("US"), Outcome::Cancelled, -1, -1, -1, -1, -1));
        records.last().id = 3;
        const ReplayTimeline timeline(records, 60 * kMs);
        QCOMPARE(timeline.durationNs(), 60 * kMs);
        QCOMPARE(timeline.stateAt(59 * kMs).counts.cancelled, 0);
        QCOMPARE(timeline.stateAt(60 * kMs).counts.cancelled, 1);
        QCOMPARE(timeline.finishedBetween(59 * kMs, 60 * kMs), QList<int>{3});
    }

    void retriesAppearAsTheyHappen()
    {
        RequestRecord r = record(QStringLiteral("BR"), Outcome::Ok, 40 * kMs, -1, 41 * kMs, 42 * kMs, 43 * kMs);
        r.id = 0;
        r.attemptStartsNs = {0, 40 * kMs};
        r.attemptEndsNs = {10 * kMs};
        r.attemptErrors = {QStringLiteral("reset")};
        r.attempts = 2;
        const ReplayTimeline timeline({r});
        QCOMPARE(timeline.stateAt(5 * kMs).records.at(0).attempts, 1);
        QCOMPARE(timeline.stateAt(5 * kMs).records.at(0).attemptErrors, QStringList{});
        QCOMPARE(timeline.stateAt(20 * kMs).records.at(0).attemptErrors, QStringList{QStringLiteral("reset")});
        QCOMPARE(timeline.stateAt(40 * kMs).records.at(0).attempts, 2);
        QVERIFY(timeline.eventTimes().contains(10 * kMs));
    }

    // A report's requests become records; pictures from the saved files that are still there.
    void aReportBecomesRecords()
    {
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("br.gif"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GIF89a-picture");
        file.close();
        const auto request = [](const QString &cc, const QString &status, const QJsonValue &saved, double finished) {
            return QJsonObject{{QStringLiteral("cc"), cc}, {QStringLiteral("status"), status},
                               {QStringLiteral("http_status"), status == u"OK" ? 200 : 404},
                               {QStringLiteral("url"), QStringLiteral("http://h/%1.gif").arg(cc)},
                               {QStringLiteral("saved_as"), saved}, {QStringLiteral("bytes"), 14},
                               {QStringLiteral("started_s"), 0.001}, {QStringLiteral("connected_s"), 0.002},
                               {QStringLiteral("first_byte_s"), 0.1}, {QStringLiteral("finished_s"), finished}};
        };
        const QJsonObject report{
            {QStringLiteral("elapsed_s"), 0.5},
            {QStringLiteral("requests"),
             QJsonArray{request(QStringLiteral("BR"), QStringLiteral("OK"), kept, 0.25),
                        request(QStringLiteral("CN"), QStringLiteral("OK"), dir.filePath(QStringLiteral("gone.gif")), 0.3),
                        request(QStringLiteral("ZZ"), QStringLiteral("NOT_FOUND"), QJsonValue(), 0.2)}},
        };
        const QString path = writeFile(dir, QStringLiteral("run.json"), QJsonDocument(report).toJson());
        QVERIFY(!path.isEmpty());

        QString error;
        const std::optional<RecordedRun> run = RecordedRun::load(path, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->source, ImportedRun::Source::Report);
        QCOMPARE(run->records.size(), 3);
        QCOMPARE(run->durationNs, 500 * kMs);
        QCOMPARE(run->records.at(0).cc, QStringLiteral("BR"));
        QCOMPARE(run->records.at(0).id, 0);
        QCOMPARE(run->records.at(0).startedNs, 1 * kMs);
        QCOMPARE(run->records.at(0).sentNs, 2 * kMs);
        QCOMPARE(run->records.at(0).finishedNs, 250 * kMs);
        QCOMPARE(run->records.at(0).outcome, Outcome::Ok);
        QCOMPARE(run->records.at(2).outcome, Outcome::NotFound);
        QCOMPARE(run->records.at(2).httpStatus, 404);
        QCOMPARE(run->pictures.value(0), QByteArray("GIF89a-picture"));
        QVERIFY(!run->pictures.contains(1));    // its file is gone: a plain tile
        QVERIFY(!run->pictures.contains(2));
    }

    // The report's failure field gives a replayed tile the badge of the live run;
    // without it (older reports) the outcome and the HTTP status do.
    void theFailureKindComesBack()
    {
        for (FailureKind kind : {FailureKind::None, FailureKind::Cancelled, FailureKind::HttpStatus, FailureKind::TimedOut,
                                 FailureKind::Refused, FailureKind::Reset, FailureKind::Truncated,
                                 FailureKind::HostNotFound, FailureKind::Redirect, FailureKind::BadAnswer,
                                 FailureKind::BadBody, FailureKind::NotHttp2, FailureKind::NotSaved,
                                 FailureKind::Network})
            QCOMPARE(failureFromName(failureName(kind)), std::optional(kind));
        QVERIFY(!failureFromName(QStringLiteral("on fire")));

        QTemporaryDir dir;
        const auto request = [](const QString &cc, const QJsonValue &failure) {
            QJsonObject r{{QStringLiteral("cc"), cc}, {QStringLiteral("status"), QStringLiteral("ERROR")},
                          {QStringLiteral("error"), QStringLiteral("connection closed by the server mid-body")},
                          {QStringLiteral("started_s"), 0.001}, {QStringLiteral("finished_s"), 0.2}};
            if (!failure.isUndefined())
                r.insert(QStringLiteral("failure"), failure);
            return r;
        };
        const QJsonObject report{{QStringLiteral("elapsed_s"), 0.3},
                                 {QStringLiteral("requests"),
                                  QJsonArray{request(QStringLiteral("BR"), QStringLiteral("truncated")),
                                             request(QStringLiteral("CN"), QJsonValue(QJsonValue::Undefined)),
                                             request(QStringLiteral("DE"), QStringLiteral("on fire"))}}};
        const QString path = writeFile(dir, QStringLiteral("run.json"), QJsonDocument(report).toJson());
        QVERIFY(!path.isEmpty());
        QString error;
        const std::optional<RecordedRun> run = RecordedRun::load(path, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->records.at(0).failure, FailureKind::Truncated);
        QCOMPARE(run->records.at(1).failure, FailureKind::Network);     // no kind: no HTTP status, so the network
        QCOMPARE(run->records.at(2).failure, FailureKind::Network);     // a kind it does not know: the same
    }

    void aFileWithNoRequestIsRefused()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("empty.json"), R"({"requests": []})");
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!RecordedRun::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("no requests")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReplayTimeline)
#include "tst_replaytimeline.moc"
