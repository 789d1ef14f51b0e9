// The lab's bookkeeping, without a network: what a scene and a sweep start,
// in which order, what lands in the history and among the sweep's points.
#include "servers/builtinservers.h"
#include "labhistory/labsession.h"

#include "labfixtures.h"
#include "shell/guioptions.h"

#include <QSignalSpy>
#include <QTest>

using namespace flaglab;

namespace {

// Starts nothing: notes what the lab asked for.
class FakeStarter : public RunStarter {
public:
    struct Started {
        RunRequest request;
        RunConfig config;
        QString name;
        bool loadAgreed = false;
    };
    QList<Started> started;
    QList<GuiOptions> shown;        // the scenes' runs, as the controls were asked to show them
    bool refuse = false;

    // The controls as the window's would read: each option given, the book's defaults for the rest.
    std::optional<RunRequest> showRun(const GuiOptions &options) override
    {
        shown.append(options);
        RunRequest request;
        request.server = *options.server;
        request.selection = *options.selection;
        request.codes = expandCodes(request.selection).codes;
        request.maxReq = *options.maxReq;
        request.timeoutMs = *options.run.timeoutMs;
        request.model = *options.run.model;
        request.singleManager = options.run.singleManager;
        request.retries = *options.run.retries;
        return request;
    }

    RunConfig configFor(const RunRequest &request) const override
    {
        RunConfig config;
        config.codes = request.codes;
        config.concurrency = request.maxReq;
        config.model = request.model;
        return config;
    }
    bool launchRun(const RunRequest &request, const RunConfig &config, const QString &name, bool loadAgreed) override
    {
        if (refuse)
            return false;
        started.append({request, config, name, loadAgreed});
        return true;
    }
};

RunSummary settledRun(const FakeStarter::Started &started, bool stopped = false)
{
    RunSummary run = test::madeUpRun(started.name, int(started.config.codes.size()), started.config.concurrency, 0.5);
    if (stopped) {
        run.counts.cancelled = 1;
        run.counts.ok -= 1;
    }
    return run;
}

// The controls' default run (LOCAL, POP20) at max_req.
RunRequest pop20(int maxReq)
{
    RunRequest request;
    request.server = *resolveServer(QStringLiteral("LOCAL"));
    request.codes = expandCodes(request.selection).codes;
    request.maxReq = maxReq;
    return request;
}

} // namespace

class TestLabSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRunOfOnesOwnGoesIntoTheHistory()
    {
        FakeStarter starter;
        BuiltInServers servers;
        LabSession lab(&starter, &servers);
        QSignalSpy own(&lab, &LabSession::ownRunRecorded);
        QSignalSpy finished(&lab, &LabSession::finished);
        lab.runSettled(test::madeUpRun(QStringLiteral("LOCAL -m 20"), 20, 20, 0.1));
        QCOMPARE(lab.history()->runs().size(), 1);
        QCOMPARE(own.count(), 1);
        QCOMPARE(own.first().first().toInt(), 0);
        QCOMPARE(finished.count(), 1);
        lab.runSettled(RunSummary{});           // refused by the engine: nothing to keep
        QCOMPARE(lab.history()->runs().size(), 1);
        QCOMPARE(finished.count(), 2);
    }

    void aSweepRunsEachLevelInTurn()
    {
        FakeStarter starter;
        BuiltInServers servers;
        LabSession lab(&starter, &servers);
        QSignalSpy progressed(&lab, &LabSession::sweepProgressed);
        QSignalSpy finished(&lab, &LabSession::finished);
        QSignalSpy starting(&lab, &LabSession::sweepRunStarting);
        QVERIFY(lab.startSweep(pop20(5), {1, 8, 50}));
        QVERIFY(lab.isActive() && lab.isSweeping());
        QVERIFY(!lab.startSweep(pop20(5), {1}));      // one at a time
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE(starter.started.size(), i + 1);     // a pause between runs
            const FakeStarter::Started &run = starter.started.last();
            QCOMPARE(run.request.maxReq, (QList<int>{1, 8, 50}).at(i));
            QCOMPARE(run.config.concurrency, std::min(run.request.maxReq, 20));    // no more than the codes
            QVERIFY(run.loadAgreed);            // asked once, for the whole sweep
            QCOMPARE(run.name, QStringLiteral("LOCAL -m %1").arg(run.request.maxReq));
            QCOMPARE(starting.last().at(0).toInt(), i);
            lab.runSettled(settledRun(run));
        }
        QCOMPARE(finished.count(), 1);
        QVERIFY(!lab.isActive());
        QCOMPARE(lab.history()->runs().size(), 3);
        const QList<SweepPoint> points = progressed.last().at(0).value<QList<SweepPoint>>();
        QVERIFY(progressed.last().at(1).toBool());
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(2).concurrency, 50);
        QCOMPARE(points.at(2).run.name, QStringLiteral("LOCAL -m 50"));
    }

    void aStoppedSweepKeepsItsRunsButNotTheStoppedPoint()
    {
        FakeStarter starter;
        BuiltInServers servers;
        LabSession lab(&starter, &servers);
        QSignalSpy finished(&lab, &LabSession::finished);
        QVERIFY(lab.startSweep(pop20(5), {1, 2, 4}));
        lab.runSettled(settledRun(starter.started.last()));
        QTRY_COMPARE(starter.started.size(), 2);
        lab.cancel();
        lab.runSettled(settledRun(starter.started.last(), true));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(starter.started.size(), 2);
        QCOMPARE(lab.history()->runs().size(), 2);
        QCOMPARE(lab.sweepPoints().size(), 1);       // the stopped run is no point
        QCOMPARE(lab.sweepPoints().at(0).concurrency, 1);
        QVERIFY(!lab.isActive());
    }

    void aSceneSetsTheControlsForEachRun()
    {
        FakeStarter starter;
        BuiltInServers servers;
        LabSession lab(&starter, &servers);
        QSignalSpy over(&lab, &LabSession::sceneOver);
        QSignalSpy sceneStarting(&lab, &LabSession::sceneStarting);
        const Preset preset = *presetById(QStringLiteral("threads-vs-event-loop"));
        QVERIFY(lab.playPreset(preset));
        QCOMPARE(sceneStarting.count(), 1);
        QCOMPARE(starter.started.size(), 1);
        QCOMPARE(starter.started.at(0).request.model, RunConfig::Model::Threads);
        QVERIFY(!starter.started.at(0).loadAgreed);     // the window asks, as for any run
        lab.history()->add(test::madeUpRun(QStringLiteral("before"), 1, 1, 1));   // rows are counted right
        lab.runSettled(settledRun(starter.started.at(0)));
        QTRY_COMPARE(starter.started.size(), 2);
        QCOMPARE(starter.started.at(1).request.model, RunConfig::Model::EventLoop);
        QCOMPARE(starter.shown.size(), 2);        // each run shown in the controls before it starts
        QCOMPARE(*starter.shown.at(1).run.model, RunConfig::Model::EventLoop);
        lab.runSettled(settledRun(starter.started.at(1)));
        QCOMPARE(over.count(), 1);
        QCOMPARE(over.first().first().value<QList<int>>(), (QList<int>{1, 2}));
        QVERIFY(!lab.isActive());
    }

    void aSceneThatCannotStartEnds()
    {
        FakeStarter starter;
        starter.refuse = true;
        BuiltInServers servers;
        LabSession lab(&starter, &servers);
        QSignalSpy finished(&lab, &LabSession::finished);
        QVERIFY(lab.playPreset(*presetById(QStringLiteral("sequential-vs-concurrent"))));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!lab.isActive());
        QString error;
        Preset broken{QStringLiteral("x"), QStringLiteral("x"), {}, {{QStringLiteral("-m"), QStringLiteral("0")}}};
        QVERIFY(!lab.playPreset(broken, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestLabSession)
#include "tst_labsession.moc"
