// The "faults" scene in the window, end to end against the built-in servers
// on free ports: LOCAL spoils 30% of its flags; the scene, then the same with
// threads. Every spoiled flag ends as one error with a reason and a badge
// that says which fault it was, no file is saved from it, and the client's
// errors are the faults the server counted.
#include "flaggrid/thumbnailmodel.h"
#include "servers/builtinservers.h"
#include "shell/mainwindow.h"

#include "flagfiles.h"
#include "flags2/serverlabels.h"
#include "freeports.h"
#include "lab/presets.h"
#include "lab/runhistory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;

namespace {

// What the engine says of each fault (docs/faults.md): reset and truncate
// alike over HTTP/1.1, a stall at the scene's 3.1 s time-out, garbage as a body.
const QRegularExpression kReadable(QStringLiteral(
    R"(^(connection closed by the server mid-body: (\d+) of (\d+) bytes received)"
    R"(|timed out: no data for 3\.1s|body is not an image \(image/gif\))$)"));

} // namespace

class TestFaultsScene : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const quint16 base = test::freeBasePort();
        QVERIFY2(base != 0, "no three free consecutive ports on loopback");
        setBookBasePort(base);
    }

    // The window keeps LOCAL's faults in the settings it shares with the other window tests.
    void cleanup()
    {
        QSettings().clear();
    }

    void theFaultsSceneEndsInReadableErrorsOnly_data()
    {
        QTest::addColumn<RunConfig::Model>("model");
        QTest::newRow("the scene: event loop") << RunConfig::Model::EventLoop;
        QTest::newRow("the same with threads") << RunConfig::Model::Threads;
    }

    void theFaultsSceneEndsInReadableErrorsOnly()
    {
        QFETCH(RunConfig::Model, model);
        Preset scene = *presetById(QStringLiteral("faults"));
        QCOMPARE(scene.serverFaults, allAnswerFaults());
        QCOMPARE(scene.runs.size(), 1);
        if (model == RunConfig::Model::Threads)
            scene.runs.first().append(QStringLiteral("--threads"));
        QTemporaryDir dir;
        GuiOptions options;
        options.run.destination = dir.path();
        MainWindow window(options);
        QSignalSpy idle(&window, &MainWindow::idle);
        window.show();
        QVERIFY2(window.servers().isRunning(ServerConfig::Mode::Local),
                 qPrintable(window.servers().problem(ServerConfig::Mode::Local)));
        QVERIFY(window.playPreset(scene));
        QCOMPARE(window.servers().config(ServerConfig::Mode::Local).faults, allAnswerFaults());
        QCOMPARE(window.servers().config(ServerConfig::Mode::Local).faultRate, 0.3);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 60000);

        QCOMPARE(window.history().runs().size(), 1);
        const RunSummary &run = window.history().runs().first();
        QCOMPARE(run.model, model == RunConfig::Model::Threads ? QStringLiteral("threads") : QStringLiteral("event-loop"));
        QCOMPARE(run.counts.ok + run.counts.errors, 100);
        QVERIFY2(run.counts.errors >= 10 && run.counts.errors <= 50, qPrintable(QString::number(run.counts.errors)));
        QSet<QString> okCodes;
        for (const QJsonValue &value : run.report.value(u"requests").toArray()) {
            const QJsonObject request = value.toObject();
            if (request.value(u"status").toString() == u"OK") {
                okCodes.insert(request.value(u"cc").toString().toUpper());
                continue;
            }
            const QString error = request.value(u"error").toString();
            const QRegularExpressionMatch match = kReadable.match(error);
            QVERIFY2(match.hasMatch(), qPrintable(request.value(u"cc").toString() + u' ' + error));
            if (!match.captured(2).isEmpty())       // cut halfway, as the server does
                QCOMPARE(match.captured(2).toLongLong(), match.captured(3).toLongLong() / 2);
        }

        // The other side: the server spoiled exactly as many answers as failed.
        std::optional<ServerStats> local;
        connect(&window.servers(), &BuiltInServers::statsReady, this,
                [&local](BuiltInServers::Mode mode, const ServerStats &stats) {
                    if (mode == ServerConfig::Mode::Local)
                        local = stats;
                });
        window.servers().requestStats();
        QTRY_VERIFY(local.has_value());
        qint64 injected = 0;
        for (qint64 count : std::as_const(local->faults))
            injected += count;
        QCOMPARE(local->requests, 100);
        QCOMPARE(injected, qint64(run.counts.errors));

        // The tiles: a badge of its own for each fault the client saw.
        const ThumbnailModel &tiles = window.thumbnails();
        QTRY_COMPARE(tiles.rowCount(), 100);
        const QStringList faultBadges{QStringLiteral("truncated"), QStringLiteral("time-out"), QStringLiteral("bad body")};
        QSet<QString> seen;
        for (int row = 0; row < tiles.rowCount(); ++row) {
            const QModelIndex index = tiles.index(row);
            if (Outcome(index.data(ThumbnailModel::OutcomeRole).toInt()) == Outcome::Ok)
                continue;
            const QString badge = index.data(ThumbnailModel::BadgeRole).toString();
            QVERIFY2(faultBadges.contains(badge), qPrintable(badge));
            seen.insert(badge);
        }
        QCOMPARE(seen.size(), 3);       // seeded: every kind lands in 100 at 30%

        // Saved: the flags that came whole, and nothing from a faulty answer.
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dir.path(), &problem), qPrintable(problem));
        QSet<QString> saved;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            saved.insert(name.left(2).toUpper());
        QCOMPARE(saved, okCodes);
    }
};

QTEST_MAIN(TestFaultsScene)
#include "tst_faultsscene.moc"
