// Replay (issue 16) in the window: a recorded run played back through the
// same views as a live run. A hand-made HAR from "another tool" (one picture
// in content.text, one OK answer without a body, one 404), a run recorded
// against an in-process server and checked against its /stats, the player's
// controls, the clock's speed, and files that must be refused.
#include "shell/mainwindow.h"
#include "flaggrid/thumbnailmodel.h"
#include "replay/replaybar.h"
#include "replay/replayclock.h"
#include "replay/replayplayer.h"
#include "replay/replaysession.h"

#include "engine/downloadengine.h"
#include "engine/runreport.h"
#include "har/harexport.h"
#include "enginerun.h"
#include "testserver.h"
#include "windowprocess.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "windowtestoptions.h"

using namespace flaglab;

namespace {

constexpr qint64 kMs = 1'000'000;

QByteArray pngBytes()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QJsonObject harEntry(const QString &url, int startMs, int status, double waitMs, const QByteArray &body = {})
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + startMs, Qt::UTC);
    QJsonObject content{{QStringLiteral("size"), body.isEmpty() ? 812 : int(body.size())},
                        {QStringLiteral("mimeType"), QStringLiteral("image/png")}};
    if (!body.isEmpty()) {
        content.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
    return {
        {QStringLiteral("startedDateTime"), start.toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), 12 + waitMs},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                                {QStringLiteral("url"), url}}},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), status},
                                                 {QStringLiteral("statusText"), status == 200 ? "OK" : "Not Found"},
                                                 {QStringLiteral("content"), content}}},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("blocked"), 1}, {QStringLiteral("dns"), -1},
                                                {QStringLiteral("connect"), 8}, {QStringLiteral("ssl"), -1},
                                                {QStringLiteral("send"), 1}, {QStringLiteral("wait"), waitMs},
                                                {QStringLiteral("receive"), 2}}},
    };
}

// As a browser would save it: not FlagLab's, three exchanges.
QByteArray foreignHar()
{
    const QJsonArray entries{
        harEntry(QStringLiteral("http://example.org/img/red.png"), 0, 200, 30, pngBytes()),
        harEntry(QStringLiteral("http://example.org/img/blue.png"), 5, 200, 40),
        harEntry(QStringLiteral("http://example.org/img/none.png"), 20, 404, 15),
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), QJsonObject{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("SomeBrowser")},
                                                {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("entries"), entries}}}}).toJson();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

const Thumbnail *tileNamed(const ThumbnailModel &model, const QString &cc)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.thumbnail(row).record.cc == cc)
            return &model.thumbnail(row);
    return nullptr;
}

int progressValue(MainWindow &window)
{
    return window.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value();
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // Every count at the end, one tile per request, a picture only where the HAR had one.
    void aForeignHarReplaysToTheEnd()
    {
        QTemporaryDir dir;
        const QString har = writeFile(dir, QStringLiteral("browser.har"), foreignHar());
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy idle(&window, &MainWindow::idle);
        // File › Replay… is there, and idle as the window is.
        auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file && file->actions().contains(window.replay().openAction()));
        QVERIFY(window.replay().openAction()->isEnabled());
        QVERIFY(window.startReplay(har, 4.0));
        QVERIFY(window.replay().isOpen());
        QVERIFY(window.findChild<ReplayBar *>()->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("replay of browser.har")));
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("progressBar"))->text().contains(QStringLiteral("Replay of browser.har")));
        QVERIFY(idle.wait(20000));

        const QJsonObject report = window.report();
        QCOMPARE(report.value(u"requested").toInt(), 3);
        QCOMPARE(report.value(u"ok").toInt(), 2);
        QCOMPARE(report.value(u"not_found").toInt(), 1);
        QCOMPARE(report.value(u"errors").toInt(), 0);
        QCOMPARE(report.value(u"ui").toObject().value(u"grid_rows").toInt(), 3);
        const QJsonObject replay = report.value(u"replay").toObject();
        QCOMPARE(replay.value(u"source").toString(), QStringLiteral("foreign-har"));
        QCOMPARE(replay.value(u"speed").toDouble(), 4.0);
        QCOMPARE(replay.value(u"position_s").toDouble(), replay.value(u"duration_s").toDouble());

        const ThumbnailModel &tiles = window.thumbnails();
        QCOMPARE(tiles.rowCount(), 3);
        const Thumbnail *red = tileNamed(tiles, QStringLiteral("red.png"));
        const Thumbnail *blue = tileNamed(tiles, QStringLiteral("blue.png"));
        const Thumbnail *none = tileNamed(tiles, QStringLiteral("none.png"));
        QVERIFY(red && blue && none);
        QVERIFY(!red->image.isNull());          // content.text
        QCOMPARE(blue->record.outcome, Outcome::Ok);
        QVERIFY(blue->image.isNull());          // no body kept: a plain tile with its name
        QCOMPARE(none->record.outcome, Outcome::NotFound);
        QCOMPARE(ThumbnailModel::badge(none->record), QStringLiteral("404"));
        QCOMPARE(progressValue(window), 3);
        // A replay is not a run of the session: the history has none.
        QCOMPARE(window.history().runs().size(), 0);
    }

    // Pause holds the position; step goes to the next event; seeking back shows less.
    void pauseStepAndSeek()
    {
        QTemporaryDir dir;
        const QString har = writeFile(dir, QStringLiteral("browser.har"), foreignHar());
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.startReplay(har, 0.05));
        ReplayPlayer &player = *window.replay().player();
        player.pause();
        QVERIFY(!player.isPlaying());
        const qint64 held = player.positionNs();
        QTest::qWait(4 * ReplayPlayer::kTickMs);     // time passes: nothing should move
        QCOMPARE(player.positionNs(), held);
        QCOMPARE(player.clock().positionNs(), held);

        player.seek(0);
        QTRY_COMPARE(window.thumbnails().rowCount(), 0);
        const ReplayTimeline &timeline = player.timeline();
        qint64 expected = 0;
        while (player.state().counts.done() == 0) {
            const std::optional<qint64> next = timeline.nextEventAfter(player.positionNs());
            QVERIFY(next);
            QVERIFY(player.stepToNextEvent());
            QCOMPARE(player.positionNs(), *next);
            QVERIFY(player.positionNs() > expected);
            expected = player.positionNs();
            QVERIFY(!player.isPlaying());
        }
        const qint64 firstFinish = player.positionNs();
        QTRY_COMPARE(window.thumbnails().rowCount(), 1);
        QCOMPARE(progressValue(window), 1);

        player.seek(player.durationNs());
        QTRY_COMPARE(window.thumbnails().rowCount(), 3);
        QCOMPARE(progressValue(window), 3);
        QVERIFY(!player.stepToNextEvent());         // nothing after the end

        player.seek(firstFinish);                   // back: as it stood then
        QTRY_COMPARE(window.thumbnails().rowCount(), 1);
        QCOMPARE(progressValue(window), 1);
        QCOMPARE(player.state().counts.done(), 1);
        QCOMPARE(window.report().value(u"ok").toInt() + window.report().value(u"not_found").toInt(), 1);

        // The bar's keys: S for 0.1× and back, the step key.
        ReplayBar *bar = window.findChild<ReplayBar *>();
        bar->slowAction()->trigger();
        QCOMPARE(player.speed(), 0.1);
        bar->slowAction()->trigger();
        QCOMPARE(player.speed(), 0.05);
        const std::optional<qint64> next = timeline.nextEventAfter(player.positionNs());
        bar->stepAction()->trigger();
        QCOMPARE(player.positionNs(), *next);
        // The slider: to the end, then back to the start, as a hand on the mouse would.
        auto *slider = bar->findChild<QSlider *>(QStringLiteral("positionSlider"));
        QVERIFY(slider);
        slider->triggerAction(QAbstractSlider::SliderToMaximum);
        QCOMPARE(player.positionNs(), player.durationNs() / kMs * kMs);
        QTRY_COMPARE(window.thumbnails().rowCount(), 3);
        slider->triggerAction(QAbstractSlider::SliderToMinimum);
        QCOMPARE(player.positionNs(), 0);
        QTRY_COMPARE(window.thumbnails().rowCount(), 0);
        QCOMPARE(progressValue(window), 0);

        bar->playAction()->trigger();
        QVERIFY(player.isPlaying());

        window.closeReplay();
        QVERIFY(!window.replay().isOpen());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("replay")));
        QCOMPARE(window.thumbnails().rowCount(), 0);
    }

    // The speed sets the clock's pace: 0.5× takes twice the run's time, 2× half.
    void speedChangesTheDuration()
    {
        qint64 wall = 0;
        ReplayClock clock([&wall] { return wall; });
        clock.setDuration(1000 * kMs);
        clock.setSpeed(0.5);
        clock.setPaused(false);
        QCOMPARE(clock.wallNsToEnd(), 2000 * kMs);
        wall += 400 * kMs;
        QCOMPARE(clock.positionNs(), 200 * kMs);
        clock.setSpeed(2.0);
        QCOMPARE(clock.positionNs(), 200 * kMs);    // continuous across a change of speed
        wall += 100 * kMs;
        QCOMPARE(clock.positionNs(), 400 * kMs);
        clock.setPaused(true);
        wall += 5000 * kMs;
        QCOMPARE(clock.positionNs(), 400 * kMs);
        clock.setSpeed(0.001);
        QCOMPARE(clock.speed(), ReplayClock::kMinSpeed);
        clock.setSpeed(100);
        QCOMPARE(clock.speed(), ReplayClock::kMaxSpeed);

        // The player ends when its clock says so: at 0.5×, after twice the run.
        QTemporaryDir dir;
        QString error;
        const std::optional<RecordedRun> run =
            RecordedRun::load(writeFile(dir, QStringLiteral("browser.har"), foreignHar()), &error);
        QVERIFY2(run, qPrintable(error));
        wall = 0;
        ReplayPlayer player(nullptr, [&wall] { return wall; });
        QSignalSpy finished(&player, &ReplayPlayer::finished);
        player.load(*run);
        player.setSpeed(0.5);
        player.play();
        const qint64 duration = player.durationNs();
        QVERIFY(duration > 40 * kMs);
        wall = 2 * duration - 2;
        player.tick();
        QVERIFY(!player.isAtEnd());
        QCOMPARE(finished.count(), 0);
        wall = 2 * duration;
        player.tick();
        QVERIFY(player.isAtEnd());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(player.state().counts.done(), 3);
    }

    // A run recorded against a server, replayed: the counts are the server's.
    void aRecordedRunReplaysWithTheServersCounts()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        DownloadEngine engine;
        const QStringList codes{QStringLiteral("BR"), QStringLiteral("CN"), QStringLiteral("IN"),
                                QStringLiteral("US"), QStringLiteral("ZZ")};
        QVERIFY(test::runToEnd(engine, test::configFor(server.baseUrl(), codes, 3, dir.filePath(QStringLiteral("flags")))));
        const QString har = writeFile(dir, QStringLiteral("run.har"),
                                      QJsonDocument(harFromReport(runReportJson(engine))).toJson());

        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy idle(&window, &MainWindow::idle);
        QVERIFY(window.startReplay(har, 4.0));
        QVERIFY(idle.wait(20000));
        const QJsonObject report = window.report();
        const ServerStats stats = server.stats();
        QCOMPARE(report.value(u"requested").toInt(), stats.requests);
        QCOMPARE(report.value(u"ok").toInt(), stats.byStatus.value(200));
        QCOMPARE(report.value(u"not_found").toInt(), stats.byStatus.value(404));
        QCOMPARE(report.value(u"ok").toInt(), 4);
        QCOMPARE(report.value(u"replay").toObject().value(u"source").toString(), QStringLiteral("flaglab-har"));
        QCOMPARE(report.value(u"ui").toObject().value(u"grid_rows").toInt(), 5);
        // The flags saved by the run are still there: every OK tile has its picture.
        for (int row = 0; row < window.thumbnails().rowCount(); ++row) {
            const Thumbnail &tile = window.thumbnails().thumbnail(row);
            QCOMPARE(tile.image.isNull(), tile.record.outcome != Outcome::Ok);
        }
    }

    // Start during a replay: the replay ends, and the run is a run, reported as one.
    void aRunEndsTheReplay()
    {
        test::TestServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString har = writeFile(dir, QStringLiteral("browser.har"), foreignHar());
        MainWindow window(test::windowOptionsFor(server.baseUrl(), dir.filePath(QStringLiteral("flags"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString title = window.windowTitle();
        QVERIFY(window.startReplay(har, 0.05));
        QVERIFY(window.windowTitle() != title);
        QSignalSpy idle(&window, &MainWindow::idle);
        QVERIFY(window.startRun());
        QVERIFY(!window.replay().isOpen());
        QCOMPARE(window.windowTitle(), title);
        QVERIFY(!window.findChild<ReplayBar *>()->isVisible());
        QVERIFY(idle.wait(30000));
        const QJsonObject report = window.report();
        QVERIFY(!report.contains(u"replay"));
        QCOMPARE(report.value(u"ok").toInt(), 20);      // POP20
        QCOMPARE(server.stats().byStatus.value(200), 20);
        QCOMPARE(window.thumbnails().rowCount(), 20);
        QCOMPARE(window.history().runs().size(), 1);
    }

    // In the window, a file of no use gets a dialog and changes nothing.
    void aBadFileGetsADialog()
    {
        QTemporaryDir dir;
        const QByteArray whole = foreignHar();
        const QString truncated = writeFile(dir, QStringLiteral("cut.har"), whole.left(whole.size() / 2));
        MainWindow window(test::quietWindowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.startReplay(truncated));
        QVERIFY2(shown.contains(QStringLiteral("not valid JSON")), qPrintable(shown));
        QVERIFY(!window.replay().isOpen());
        QVERIFY(!window.findChild<ReplayBar *>()->isVisible());
    }

    // Scripted, it is refused with a message and a non-zero exit; so are bad options.
    void aBadFileFailsAScript_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        const QByteArray whole = foreignHar();
        QTest::newRow("truncated") << whole.left(whole.size() - 40) << QStringList{} << QStringLiteral("not valid JSON");
        QTest::newRow("not JSON") << QByteArray("GIF89a") << QStringList{} << QStringLiteral("not valid JSON");
        QByteArray wrongVersion = whole;
        wrongVersion.replace("\"1.2\"", "\"7.0\"");
        QTest::newRow("wrong version") << wrongVersion << QStringList{} << QStringLiteral("7.0");
        QByteArray absurd = whole;
        absurd.replace("\"connect\": 8", "\"connect\": -5");
        QTest::newRow("absurd time") << absurd << QStringList{} << QStringLiteral("negative");
        QTest::newRow("speed too high") << whole << QStringList{QStringLiteral("--speed"), QStringLiteral("9")}
                                        << QStringLiteral("--speed");
        QTest::newRow("pause at nothing") << whole << QStringList{QStringLiteral("--pause-at"), QStringLiteral("-1")}
                                          << QStringLiteral("--pause-at");
    }

    void aBadFileFailsAScript()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("bad.har"), content);
        int exitCode = 0;
        const QString output = runWindow(dir, QStringList{QStringLiteral("--replay"), file} + extra, &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(output.contains(message), qPrintable(output));
    }

    // --pause-at: the script ends at that moment, and its report says what was shown then.
    void aScriptPausesAtAMoment()
    {
        QTemporaryDir dir;
        const QString har = writeFile(dir, QStringLiteral("browser.har"), foreignHar());
        int exitCode = -1;
        const QString output = runWindow(dir, {QStringLiteral("--replay"), har, QStringLiteral("--speed"),
                                               QStringLiteral("0.5"), QStringLiteral("--pause-at"),
                                               QStringLiteral("0.045")}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
        QFile file(dir.filePath(QStringLiteral("report.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        // red.png is done at 42 ms; none.png at 47 ms and blue.png at 57 ms are not yet.
        QCOMPARE(report.value(u"requested").toInt(), 3);
        QCOMPARE(report.value(u"ok").toInt(), 1);
        QCOMPARE(report.value(u"not_found").toInt(), 0);
        QCOMPARE(report.value(u"ui").toObject().value(u"grid_rows").toInt(), 1);
        QCOMPARE(report.value(u"replay").toObject().value(u"position_s").toDouble(), 0.045);
        QCOMPARE(report.value(u"replay").toObject().value(u"speed").toDouble(), 0.5);
    }

private:
    // The window as a script runs it: its output (stdout and stderr), its exit code in *exitCode.
    static QString runWindow(const QTemporaryDir &dir, const QStringList &arguments, int *exitCode)
    {
        const test::WindowRun run = test::runWindow(
            dir.path(), QStringList{QStringLiteral("--no-servers"), QStringLiteral("--quit-when-done"),
                                    QStringLiteral("--report"), dir.filePath(QStringLiteral("report.json"))} + arguments);
        *exitCode = run.exitCode;
        return run.ended ? run.output : QStringLiteral("the window did not end by itself");
    }
};

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
