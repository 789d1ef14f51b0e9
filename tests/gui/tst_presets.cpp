// The book's scenes in one click: each run's flags2 command line set into the
// controls, the slow servers seeded, and the names the runs get.
#include "servers/builtinservers.h"
#include "runcontrols/controlspanel.h"
#include "shell/guioptions.h"
#include "runcontrols/presetplayer.h"
#include "runcontrols/runname.h"

#include "lab/presets.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QTest>

using namespace flaglab;

namespace {

// Plays a preset into the controls and returns what each run would ask for.
QList<RunRequest> requestsOf(const Preset &preset)
{
    ControlsPanel controls;
    BuiltInServers servers;
    PresetPlayer player(&servers);
    QList<RunRequest> requests;
    if (!player.begin(preset))
        return requests;
    while (player.hasNext()) {
        controls.showSceneRun(player.nextRun());
        if (!controls.isValid())
            return {};
        requests.append(controls.request());
    }
    player.end();
    return requests;
}

} // namespace

class TestPresets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyBookRunParses()
    {
        for (const Preset &preset : bookPresets()) {
            for (const QStringList &run : preset.runs) {
                QString error;
                const std::optional<GuiOptions> options = presetRunOptions(run, &error);
                QVERIFY2(options, qPrintable(preset.id + QStringLiteral(": ") + error));
                // What the line leaves out is the book's default, not the last session's.
                QVERIFY(options->server && options->selection && options->maxReq && options->run.timeoutMs
                        && options->run.model && options->run.retries);
                QCOMPARE(*options->run.timeoutMs, 3100);
                QCOMPARE(*options->run.retries, 0);
            }
            QCOMPARE(requestsOf(preset).size(), preset.runs.size());
        }
    }

    void aBadLineIsRefused()
    {
        QString error;
        QVERIFY(!presetRunOptions({QStringLiteral("-m"), QStringLiteral("0")}, &error));
        QVERIFY(error.contains(QStringLiteral("--max_req")));
        Preset broken{QStringLiteral("x"), QStringLiteral("x"), {}, {{QStringLiteral("-s"), QStringLiteral("NOWHERE")}}};
        BuiltInServers servers;
        PresetPlayer player(&servers);
        QVERIFY(!player.begin(broken, &error));
        QVERIFY(!player.isActive());
    }

    void sequentialVsConcurrent()
    {
        const QList<RunRequest> runs = requestsOf(*presetById(QStringLiteral("sequential-vs-concurrent")));
        QCOMPARE(runs.size(), 2);
        for (const RunRequest &run : runs) {
            QCOMPARE(run.server.label, QStringLiteral("DELAY"));
            QCOMPARE(run.codes.size(), 20);
            QCOMPARE(run.model, RunConfig::Model::EventLoop);
        }
        QCOMPARE(runs.at(0).maxReq, 1);
        QCOMPARE(runs.at(1).maxReq, 20);
        QCOMPARE(runName(runs.at(0)), QStringLiteral("DELAY -m 1"));
        QCOMPARE(runName(runs.at(1)), QStringLiteral("DELAY -m 20"));
    }

    void threadsVsEventLoop()
    {
        const QList<RunRequest> runs = requestsOf(*presetById(QStringLiteral("threads-vs-event-loop")));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).model, RunConfig::Model::Threads);
        QCOMPARE(runs.at(1).model, RunConfig::Model::EventLoop);
        QCOMPARE(runs.at(0).codes.size(), 100);
        QCOMPARE(runs.at(0).codes.first(), QStringLiteral("AD"));
        QCOMPARE(runs.at(0).maxReq, 20);
        QCOMPARE(runName(runs.at(0)), QStringLiteral("DELAY -al 100 -m 20 threads"));
        QCOMPARE(runName(runs.at(1)), QStringLiteral("DELAY -al 100 -m 20"));
    }

    void theHiddenCap()
    {
        const QList<RunRequest> runs = requestsOf(*presetById(QStringLiteral("hidden-cap")));
        QVERIFY(runs.at(0).singleManager);
        QVERIFY(!runs.at(1).singleManager);     // set back, not left over from the run before
        QCOMPARE(runs.at(1).maxReq, 100);
        QCOMPARE(runName(runs.at(0)), QStringLiteral("DELAY -al 100 -m 100 one manager"));
    }

    void theSingleRunScenes()
    {
        const RunRequest error = requestsOf(*presetById(QStringLiteral("error-server"))).value(0);
        QCOMPARE(error.server.label, QStringLiteral("ERROR"));
        QCOMPARE(error.codes.size(), 100);
        QCOMPARE(error.maxReq, 100);
        const RunRequest b = requestsOf(*presetById(QStringLiteral("delay-b"))).value(0);
        QCOMPARE(b.codes.size(), 26);
        QCOMPARE(b.codes.first(), QStringLiteral("BA"));
        QCOMPARE(b.maxReq, 1);
        QCOMPARE(runName(b), QStringLiteral("DELAY B -m 1"));
        const RunRequest every = requestsOf(*presetById(QStringLiteral("every-local"))).value(0);
        QCOMPARE(every.server.label, QStringLiteral("LOCAL"));
        QCOMPARE(every.codes.size(), 676);
        QCOMPARE(runName(every), QStringLiteral("LOCAL -e -m 100"));
    }

    // The same job at -m 100 against the built-in LOCAL, over HTTP/1.1 and
    // then HTTP/2: two runs told apart by their names, and a scene after it
    // is back on HTTP/1.1.
    void http1VsHttp2()
    {
        const Preset preset = *presetById(QStringLiteral("http1-vs-http2"));
        QCOMPARE(preset.title, QStringLiteral("HTTP/1.1 vs HTTP/2"));
        const QList<RunRequest> runs = requestsOf(preset);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).protocol, RunConfig::Protocol::Http1);
        QCOMPARE(runs.at(1).protocol, RunConfig::Protocol::Http2);
        for (const RunRequest &run : runs) {
            QCOMPARE(run.server.label, QStringLiteral("LOCAL"));
            QCOMPARE(run.codes.size(), 676);
            QCOMPARE(run.maxReq, 100);
            QCOMPARE(run.model, RunConfig::Model::EventLoop);
            QVERIFY(!run.singleManager);
        }
        QCOMPARE(runName(runs.at(0)), QStringLiteral("LOCAL -e -m 100"));
        QCOMPARE(runName(runs.at(1)), QStringLiteral("LOCAL -e -m 100 HTTP/2"));

        ControlsPanel controls;
        BuiltInServers servers;
        PresetPlayer player(&servers);
        QVERIFY(player.begin(preset));
        controls.showSceneRun(player.nextRun());
        controls.showSceneRun(player.nextRun());
        QCOMPARE(controls.request().protocol, RunConfig::Protocol::Http2);
        player.end();
        QVERIFY(player.begin(*presetById(QStringLiteral("every-local"))));     // says no protocol: the book's
        controls.showSceneRun(player.nextRun());
        QCOMPARE(controls.request().protocol, RunConfig::Protocol::Http1);
    }

    void theControlsShowTheRun()
    {
        ControlsPanel controls;
        controls.setTimeoutMs(9000);            // the last session's, to be put back to the book's
        controls.setRetries(3);
        BuiltInServers servers;
        PresetPlayer player(&servers);
        QVERIFY(player.begin(*presetById(QStringLiteral("threads-vs-event-loop"))));
        controls.showSceneRun(player.nextRun());
        QVERIFY(controls.findChild<QRadioButton *>(QStringLiteral("threadsRadio"))->isChecked());
        QVERIFY(!controls.findChild<QCheckBox *>(QStringLiteral("singleManagerCheck"))->isEnabled());
        QCOMPARE(controls.request().timeoutMs, 3100);
        QCOMPARE(controls.request().retries, 0);
        QCOMPARE(player.runIndex(), 0);
        controls.showSceneRun(player.nextRun());
        QVERIFY(controls.findChild<QRadioButton *>(QStringLiteral("eventLoopRadio"))->isChecked());
        QVERIFY(!player.hasNext());
    }

    void theSlowServersAreTheBooksAndSeeded()
    {
        BuiltInServers servers;
        ServerConfig changed = servers.config(BuiltInServers::Mode::Delay);
        changed.delayMinMs = changed.delayMaxMs = 0;
        servers.setConfig(BuiltInServers::Mode::Delay, changed);
        PresetPlayer player(&servers);
        const Preset preset = *presetById(QStringLiteral("error-server"));
        QVERIFY(player.begin(preset));
        for (auto mode : {BuiltInServers::Mode::Delay, BuiltInServers::Mode::Error}) {
            const ServerConfig config = servers.config(mode);
            QCOMPARE(config.seed, std::optional<quint32>(preset.serverSeed));
            QCOMPARE(config.delayMinMs, 500);
            QCOMPARE(config.delayMaxMs, 5000);
        }
        QCOMPARE(servers.config(BuiltInServers::Mode::Error).errorRate, 0.25);
        player.cancel();
        QVERIFY(!player.hasNext());
        QCOMPARE(player.end(), QList<int>());
        QVERIFY(!player.isActive());
    }

    // The faults scene: LOCAL spoils 30% of its flags with every fault; the
    // next scene, a book's, has its servers whole again.
    void theFaultsScene()
    {
        const Preset preset = *presetById(QStringLiteral("faults"));
        const QList<RunRequest> runs = requestsOf(preset);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).model, RunConfig::Model::EventLoop);
        for (const RunRequest &run : runs) {
            QCOMPARE(run.server.label, QStringLiteral("LOCAL"));
            QCOMPARE(run.codes.size(), 100);
            QCOMPARE(run.maxReq, 20);
            QCOMPARE(run.timeoutMs, 3100);      // a stall ends there
        }
        for (const QString &badge : {QStringLiteral("truncated"), QStringLiteral("time-out"), QStringLiteral("bad body")})
            QVERIFY2(preset.lesson.contains(u'"' + badge + u'"'), qPrintable(badge));

        BuiltInServers servers;
        ServerConfig local = servers.config(BuiltInServers::Mode::Local);
        local.bandwidthKBps = 500;              // the teacher's, kept
        servers.setConfig(BuiltInServers::Mode::Local, local);
        PresetPlayer player(&servers);
        QVERIFY(player.begin(preset));
        for (auto mode : BuiltInServers::kModes) {
            const ServerConfig config = servers.config(mode);
            QCOMPARE(config.faults, allAnswerFaults());
            QCOMPARE(config.faultRate, 0.3);
            QCOMPARE(config.seed, std::optional<quint32>(preset.serverSeed));
        }
        QCOMPARE(servers.config(BuiltInServers::Mode::Local).bandwidthKBps, 500);
        player.end();
        QVERIFY(player.begin(*presetById(QStringLiteral("every-local"))));
        for (auto mode : BuiltInServers::kModes)
            QVERIFY(servers.config(mode).faults.isEmpty());
        QCOMPARE(servers.config(BuiltInServers::Mode::Local).bandwidthKBps, 500);
    }

    void runNamesSayWhatRan()
    {
        RunRequest request;
        request.server = *resolveServer(QStringLiteral("ERROR"));
        request.maxReq = 6;
        QCOMPARE(runName(request), QStringLiteral("ERROR -m 6"));
        request.selection.ccArgs = {QStringLiteral("br"), QStringLiteral("cn")};
        QCOMPARE(runName(request), QStringLiteral("ERROR BR CN -m 6"));
        request.selection.ccArgs = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        request.codes = QStringList(104, QStringLiteral("XX"));
        QCOMPARE(runName(request), QStringLiteral("ERROR 104 codes -m 6"));
        request.selection = {};
        request.selection.limit = 5;
        QCOMPARE(runName(request), QStringLiteral("ERROR -l 5 -m 6"));
        QCOMPARE(sweepName(request), QStringLiteral("ERROR -l 5"));
        request.server = *resolveServer(QStringLiteral("http://127.0.0.1:9999/flags"));
        QCOMPARE(runName(request), QStringLiteral("127.0.0.1 -l 5 -m 6"));
        request.protocol = RunConfig::Protocol::Http2;      // HTTP/1.1, the book's, goes unsaid
        QCOMPARE(runName(request), QStringLiteral("127.0.0.1 -l 5 -m 6 HTTP/2"));
        QCOMPARE(sweepName(request), QStringLiteral("127.0.0.1 -l 5 HTTP/2"));
        QCOMPARE(modelTitle(QStringLiteral("threads")), QStringLiteral("threads"));
        QCOMPARE(modelTitle(QStringLiteral("event-loop")), QStringLiteral("event loop"));
    }
};

QTEST_MAIN(TestPresets)
#include "tst_presets.moc"
