// Race mode: lanes started together against one in-process server on a free
// loopback port, each with its own engine; a stopped lane and a failing
// lane leave the others running; the book's Example 20-1 scene opens three
// lanes; and --race is checked as the CLI checks its command line.
#include "race/raceeditor.h"
#include "race/racelaneview.h"
#include "race/racewindow.h"
#include "servers/builtinservers.h"
#include "shell/guioptions.h"
#include "shell/mainwindow.h"
#include "shell/presentationmode.h"

#include "flags2/serverlabels.h"
#include "freeports.h"
#include "lab/presets.h"
#include "testserver.h"
#include "testskip.h"
#include "windowprocess.h"
#include "windowtestoptions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QScrollBar>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::TestServer;

namespace {

QString laneResult(const RaceLaneView *lane)
{
    return lane->findChild<QLabel *>(QStringLiteral("laneResult"))->text();
}

QJsonArray raceOf(const RaceWindow &window)
{
    return window.report().value(u"race").toArray();
}

QJsonObject laneOf(const RaceWindow &window, int index)
{
    return window.report().value(u"lanes").toArray().at(index).toObject();
}

int gifsIn(const QString &folder)
{
    return int(QDir(folder).entryList({QStringLiteral("*.gif")}, QDir::Files).size());
}

} // namespace

class TestRaceWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void lanesRaceTogetherAndReport()
    {
        TestServer server(TestServer::slow(100));       // fixed: each lane's time is its rounds × 0.1 s
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString url = server.baseUrl().toString();
        RaceWindow window(nullptr, test::quietWindowOptions());
        window.setDestination(dir.path());
        QString error;
        QVERIFY2(window.setLanes({QStringLiteral("-s %1 -al 12 -m 1").arg(url),
                                  QStringLiteral("-s %1 -al 12 -m 3 --threads").arg(url),
                                  QStringLiteral("-s %1 -al 12 -m 12").arg(url)}, &error), qPrintable(error));
        QCOMPARE(window.laneCount(), 3);
        window.show();
        QSignalSpy over(&window, &RaceWindow::raceOver);
        QVERIFY(window.startRace());
        QVERIFY(window.isRacing());
        QVERIFY(!window.startRace());                   // once at a time
        QVERIFY(over.wait(30000));
        QVERIFY(!window.isRacing());

        const QJsonArray race = raceOf(window);
        QCOMPARE(race.size(), 3);
        double sumS = 0;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject run = race.at(i).toObject();
            QCOMPARE(run.value(u"requested").toInt(), 12);
            QCOMPARE(run.value(u"ok").toInt(), 12);
            QCOMPARE(run.value(u"requests").toArray().size(), 12);
            QCOMPARE(gifsIn(dir.filePath(QStringLiteral("lane-%1").arg(i + 1))), 12);
            sumS += run.value(u"elapsed_s").toDouble();
        }
        QCOMPARE(race.at(1).toObject().value(u"model").toString(), QStringLiteral("threads"));
        QCOMPARE(race.at(0).toObject().value(u"concurrency").toInt(), 1);
        // 12 rounds, 4 rounds, 1 round of 0.1 s: the places follow.
        QCOMPARE(laneOf(window, 0).value(u"place").toInt(), 3);
        QCOMPARE(laneOf(window, 1).value(u"place").toInt(), 2);
        QCOMPARE(laneOf(window, 2).value(u"place").toInt(), 1);
        const double slowestS = race.at(0).toObject().value(u"elapsed_s").toDouble();
        QVERIFY2(slowestS >= 1.2, qPrintable(QString::number(slowestS)));
        QCOMPARE(laneOf(window, 0).value(u"times_faster_than_slowest").toDouble(), 1.0);
        QVERIFY(laneOf(window, 2).value(u"times_faster_than_slowest").toDouble() > 2.5);
        QVERIFY(laneResult(window.lane(2)).contains(QStringLiteral("1st")));
        QVERIFY(laneResult(window.lane(2)).contains(QStringLiteral("faster than the slowest")));
        QVERIFY(laneResult(window.lane(0)).contains(QStringLiteral("the slowest")));
        // The whole race takes as long as its slowest lane, not the sum of the lanes.
        const double raceS = window.report().value(u"elapsed_s").toDouble();
        QVERIFY2(raceS >= slowestS && raceS < sumS - 0.3,
                 qPrintable(QStringLiteral("race %1 s, slowest lane %2 s, sum %3 s").arg(raceS).arg(slowestS).arg(sumS)));

        // The server's side: every request of every lane, and lanes in flight together
        // (one lane alone never has more than 12 on the wire).
        const ServerStats stats = server.stats();
        QCOMPARE(stats.requests, 36);
        QCOMPARE(stats.byStatus.value(200), 36);
        QVERIFY2(stats.maxInFlight > 12, qPrintable(QString::number(stats.maxInFlight)));
    }

    void aStoppedLaneLeavesTheOthersRunning()
    {
        TestServer server(TestServer::slow(100));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString url = server.baseUrl().toString();
        RaceWindow window(nullptr, test::quietWindowOptions());
        window.setDestination(dir.path());
        QVERIFY(window.setLanes({QStringLiteral("-s %1 -al 20 -m 1").arg(url),
                                 QStringLiteral("-s %1 -al 20 -m 2").arg(url)}));
        window.show();
        QSignalSpy over(&window, &RaceWindow::raceOver);
        QSignalSpy firstResult(&window.lane(0)->engine(), &EngineThread::requestFinished);
        QSignalSpy laneOver(window.lane(0), &RaceLaneView::engineFinished);
        QVERIFY(window.startRace());
        QVERIFY(firstResult.wait(10000));
        window.lane(0)->findChild<QPushButton *>(QStringLiteral("laneStop"))->click();
        QVERIFY(laneOver.wait(10000));
        QVERIFY(window.lane(1)->isRunning());           // 10 rounds of 0.1 s: far from over
        QVERIFY(over.wait(30000));

        const QJsonObject stopped = raceOf(window).at(0).toObject();
        QVERIFY(stopped.value(u"cancelled").toInt() > 0);
        QVERIFY(stopped.value(u"ok").toInt() < 20);
        QVERIFY(laneOf(window, 0).value(u"stopped").toBool());
        QVERIFY(laneOf(window, 0).value(u"place").isNull());
        QVERIFY(laneResult(window.lane(0)).contains(QStringLiteral("stopped")));
        const QJsonObject finished = raceOf(window).at(1).toObject();
        QCOMPARE(finished.value(u"ok").toInt(), 20);
        QCOMPARE(finished.value(u"cancelled").toInt(), 0);
        QCOMPARE(laneOf(window, 1).value(u"place").toInt(), 1);
        // The server saw the second lane's 20 and the first lane's requests before the stop.
        QCOMPARE(server.stats().byStatus.value(200), 20 + stopped.value(u"ok").toInt());
    }

    void aFailingLaneLeavesTheOthersRunning()
    {
        TestServer server(TestServer::slow(100));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const quint16 closed = test::freeBasePort(1);
        QVERIFY(closed != 0);
        QTemporaryDir dir;
        RaceWindow window(nullptr, test::quietWindowOptions());
        window.setDestination(dir.path());
        QVERIFY(window.setLanes({QStringLiteral("-s http://127.0.0.1:%1/flags -al 6 -m 6").arg(closed),
                                 QStringLiteral("-s %1 -al 12 -m 2").arg(server.baseUrl().toString())}));
        window.show();
        QSignalSpy over(&window, &RaceWindow::raceOver);
        QVERIFY(window.startRace());
        QVERIFY(over.wait(30000));

        const QJsonObject failed = raceOf(window).at(0).toObject();
        QCOMPARE(failed.value(u"errors").toInt(), 6);
        QCOMPARE(failed.value(u"ok").toInt(), 0);
        QVERIFY(laneOf(window, 0).value(u"place").isNull());
        QVERIFY(laneResult(window.lane(0)).contains(QStringLiteral("no flags")));
        QCOMPARE(raceOf(window).at(1).toObject().value(u"ok").toInt(), 12);
        QCOMPARE(laneOf(window, 1).value(u"place").toInt(), 1);
        QCOMPARE(server.stats().byStatus.value(200), 12);
    }

    // A 1280x800 projector (the test's screen), in presentation mode's type:
    // every lane's 24 flags in sight and its result whole.
    void threeLanesStayLegibleInPresentationMode()
    {
        TestServer server(TestServer::slow(20));
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString url = server.baseUrl().toString();
        const QFont normal = QApplication::font();
        QFont big = normal;
        big.setPointSizeF(normal.pointSizeF() * PresentationMode::fontScale(QGuiApplication::primaryScreen()));
        QApplication::setFont(big);
        {
            RaceWindow window(nullptr, test::quietWindowOptions());
            window.setDestination(dir.path());
            QVERIFY(window.setLanes({QStringLiteral("-s %1 -al 24 -m 1").arg(url),
                                     QStringLiteral("-s %1 -al 24 -m 2 --threads").arg(url),
                                     QStringLiteral("-s %1 -al 24 -m 24").arg(url)}));
            window.showFullScreen();
            window.followPresentation(true);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.width(), 1280);
            QSignalSpy over(&window, &RaceWindow::raceOver);
            QVERIFY(window.startRace());
            QVERIFY(over.wait(30000));
            for (int i = 0; i < window.laneCount(); ++i) {
                const RaceLaneView *lane = window.lane(i);
                const auto *grid = lane->findChild<QAbstractItemView *>();
                QVERIFY(grid);
                QVERIFY2(grid->verticalScrollBar()->maximum() == 0, qPrintable(QString::number(i)));   // every tile in sight
                const QLabel *result = lane->findChild<QLabel *>(QStringLiteral("laneResult"));
                const QFontMetrics metrics(result->font());
                for (const QString &line : result->text().split(u'\n'))
                    QVERIFY2(metrics.horizontalAdvance(line) <= result->contentsRect().width(), qPrintable(line));
                QVERIFY(result->height() >= 2 * metrics.height());
            }
        }
        QApplication::setFont(normal);
    }

    void theEditorChecksEachLane()
    {
        RaceEditor editor({QStringLiteral("-s DELAY -m 1")});
        QVERIFY(!editor.isValid());                     // one lane is no race
        editor.field(1)->setText(QStringLiteral("-s DELAY -m 0"));
        QVERIFY(!editor.isValid());
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("laneProblem"))->text().contains(QStringLiteral("--max_req")));
        QVERIFY(editor.field(1)->property("invalid").toBool());
        editor.field(1)->setText(QStringLiteral("-s DELAY -m 20 --threads"));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.lanes(), (QStringList{QStringLiteral("-s DELAY -m 1"), QStringLiteral("-s DELAY -m 20 --threads")}));
    }

    void theExample20_1SceneOpensThreeLanes()
    {
        // DELAY's label points at a port where nothing listens: the lanes end at once, in errors.
        const quint16 base = test::freeBasePort();
        QVERIFY(base != 0);
        setBookBasePort(base);
        MainWindow window(test::quietWindowOptions());
        window.show();
        QAction *scene = nullptr;
        for (QAction *action : window.findChild<QMenu *>(QStringLiteral("menuScenes"))->actions()) {
            if (action->data().toString() == u"example-20-1")
                scene = action;
        }
        QVERIFY(scene);
        QSignalSpy idle(&window, &MainWindow::idle);
        scene->trigger();
        RaceWindow *race = window.raceWindow();
        QVERIFY(race->isVisible());
        QCOMPARE(race->laneCount(), 3);
        const QList<RunConfig::Model> models{RunConfig::Model::EventLoop, RunConfig::Model::Threads,
                                             RunConfig::Model::EventLoop};
        const QList<int> concurrency{1, 20, 20};
        for (int i = 0; i < 3; ++i) {
            const RunConfig &config = race->lane(i)->lane().config;
            QCOMPARE(config.serverLabel, QStringLiteral("DELAY"));
            QCOMPARE(config.baseUrl.port(), base + 1);
            QCOMPARE(config.codes.size(), 20);
            QCOMPARE(config.model, models.at(i));
            QCOMPARE(config.concurrency, concurrency.at(i));
        }
        const ServerConfig delay = window.servers().config(BuiltInServers::Mode::Delay);
        QCOMPARE(delay.delayMinMs, presetById(QStringLiteral("example-20-1"))->delayMs);
        QCOMPARE(delay.delayMaxMs, delay.delayMinMs);
        QVERIFY(idle.wait(30000));
        QCOMPARE(window.frontWindow(), static_cast<QWidget *>(race));
        QCOMPARE(window.report().value(u"race").toArray().size(), 3);
        setBookBasePort(kBookBasePort);
    }

    void raceOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("one lane") << QStringList{"--race", "-m 1"} << "--race takes 2 to 4 lanes";
        QTest::newRow("five lanes") << QStringList{"--race", "-m 1", "--race", "-m 2", "--race", "-m 3", "--race", "-m 4",
                                                   "--race", "-m 5"} << "--race takes 2 to 4 lanes";
        QTest::newRow("bad max_req") << QStringList{"--race", "-m 0", "--race", "-m 2"}
                                     << "--race \"-m 0\": --max_req CONCURRENT must be >= 1";
        QTest::newRow("bad server") << QStringList{"--race", "-m 1", "--race", "-s NOWHERE"}
                                    << "--race \"-s NOWHERE\": --server LABEL must be one of";
        QTest::newRow("unknown option") << QStringList{"--race", "-m 1 --quick", "--race", "-m 2"}
                                        << "--race \"-m 1 --quick\": Unknown option 'quick'";
        QTest::newRow("with a scene") << QStringList{"--preset", "delay-b", "--race", "-m 1", "--race", "-m 2"}
                                      << "--race cannot go with --preset, --sweep or --replay";
    }

    void raceOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const GuiOptionsParse parse = parseGuiOptions(QStringList{QStringLiteral("flaglab")} + arguments);
        QCOMPARE(parse.result, GuiOptionsParse::Result::UsageError);
        QVERIFY2(parse.text.contains(QStringLiteral("*** Usage error: ") + message), qPrintable(parse.text));
        QVERIFY(parse.text.contains(QStringLiteral("usage: flaglab")));
        QVERIFY(parse.textToStdout);
    }

    void goodLanesAreKept()
    {
        const GuiOptionsParse parse = parseGuiOptions({QStringLiteral("flaglab"), QStringLiteral("--race"),
                                                       QStringLiteral("-s DELAY -al 24 -m 1"), QStringLiteral("--race"),
                                                       QStringLiteral("-s DELAY -al 24 -m 2 --threads"),
                                                       QStringLiteral("--start")});
        QCOMPARE(parse.result, GuiOptionsParse::Result::Run);
        QCOMPARE(parse.options.raceLanes,
                 (QStringList{QStringLiteral("-s DELAY -al 24 -m 1"), QStringLiteral("-s DELAY -al 24 -m 2 --threads")}));
        QVERIFY(parse.options.opensRace());
        QVERIFY(parse.options.start);
    }

    // The program itself: a bad lane exits with 2 as flaglab-cli does; good
    // lanes race the built-in DELAY server and leave the report.
    void theWindowRacesFromItsCommandLine()
    {
        QTemporaryDir home;
        const test::WindowRun bad = test::runWindow(home.path(), {QStringLiteral("--race"), QStringLiteral("-m 0"),
                                                                  QStringLiteral("--race"), QStringLiteral("-m 1"),
                                                                  QStringLiteral("--quit-when-done")});
        QVERIFY(bad.ended);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.output.contains(QStringLiteral("--race \"-m 0\"")), qPrintable(bad.output));

        const quint16 base = test::freeBasePort();
        QVERIFY(base != 0);
        const QString report = home.filePath(QStringLiteral("race.json"));
        const test::WindowRun run = test::runWindow(
            home.path(), {QStringLiteral("--base-port"), QString::number(base), QStringLiteral("--server-delay"),
                          QStringLiteral("0.1"), QStringLiteral("--race"), QStringLiteral("-s DELAY -al 6 -m 1"),
                          QStringLiteral("--race"), QStringLiteral("-s DELAY -al 6 -m 6"), QStringLiteral("--start"),
                          QStringLiteral("--quit-when-done"), QStringLiteral("--report"), report,
                          QStringLiteral("--dest"), home.filePath(QStringLiteral("flags"))});
        const QString &output = run.output;
        QVERIFY2(run.ended && run.exitCode == 0, qPrintable(output));
        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(output));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray race = json.value(u"race").toArray();
        QCOMPARE(race.size(), 2);
        for (const QJsonValue &run : race) {
            QCOMPARE(run.toObject().value(u"ok").toInt(), 6);
            QCOMPARE(run.toObject().value(u"base_url").toString(), QStringLiteral("http://localhost:%1/flags").arg(base + 1));
        }
        QCOMPARE(json.value(u"lanes").toArray().at(1).toObject().value(u"place").toInt(), 1);
    }

    // The lanes run in one process, against its built-in servers: lanes that
    // each fit under the limit on open files may not fit together. The race
    // is refused before any lane starts, with the reason; it used to start,
    // until GLib aborted the window when a network thread found no descriptor.
    void lanesThatTogetherPassTheFileLimitAreRefused()
    {
        const QStringList launcher = test::underFileLimit(QStringLiteral("1024:1024"));
        if (launcher.isEmpty())
            FLAGLAB_SKIP("prlimit (util-linux) is not installed");
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        QTemporaryDir home;
        const auto race = [&](const QString &lane) {
            return test::runWindow(home.path(),
                                   {QStringLiteral("--base-port"), QString::number(base), QStringLiteral("--server-delay"),
                                    QStringLiteral("0.1"), QStringLiteral("--race"), lane, QStringLiteral("--race"), lane,
                                    QStringLiteral("--start"), QStringLiteral("--quit-when-done"), QStringLiteral("--dest"),
                                    home.filePath(QStringLiteral("flags"))},
                                   launcher);
        };
        // Alone, a lane would hold 64 + 400 x 2 sockets + 67 threads' wakeups = 931 of 1024.
        const test::WindowRun refused = race(QStringLiteral("-s DELAY -e -m 400"));
        QVERIFY2(refused.ended && refused.exitCode == 1, qPrintable(refused.output));
        QVERIFY2(refused.output.contains(QStringLiteral("flaglab: The race cannot start: these 2 runs together would hold "
                                                        "about 1798 files and sockets open at once, more than this "
                                                        "system allows (1024, ulimit -n)")),
                 qPrintable(refused.output));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("flags/race/lane-1"))));    // no lane started

        const test::WindowRun fits = race(QStringLiteral("-s DELAY -al 100 -m 100"));
        QVERIFY2(fits.ended && fits.exitCode == 0, qPrintable(fits.output));
        QCOMPARE(QDir(home.filePath(QStringLiteral("flags/race/lane-2"))).entryList(QDir::Files).size(), 100);
    }
};

QTEST_MAIN(TestRaceWindow)
#include "tst_racewindow.moc"
