// What File > Export writes: a run's report (the CLI's --json), its timings
// (CSV), a sweep's table, the whole history, and plots as PNG and SVG figures.
#include "labhistory/labfiles.h"
#include "shell/mainwindow.h"
#include "labhistory/overlayplot.h"
#include "labhistory/sweepplot.h"
#include "liveplots/throughputplot.h"
#include "liveplots/timelineview.h"

#include "har/harexport.h"
#include "lab/runhistory.h"
#include "labfixtures.h"
#include "labhistory/historyview.h"
#include "harspec.h"
#include "testserver.h"
#include "windowtestoptions.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace flaglab;
using flaglab::test::madeUpRun;
using flaglab::test::madeUpSweep;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject jsonFile(const QString &path)
{
    return QJsonDocument::fromJson(contents(path)).object();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// Answers the next file dialog as a user would: types `path`, presses Save.
void answerFileDialog(const QString &path)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        poll->stop();
        // Typed, as a person does: selectFile() alone can be undone by the
        // dialog's own proposal when its folder listing comes in late.
        dialog->selectFile(path);
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");     // Save, as the button does
    });
    poll->start();
}

QAction *fileAction(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    if (action)
        action->setEnabled(true);   // the menu enables it once there is a run
    return action;
}

} // namespace

class TestLabExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // settings in a throwaway place
    }

    // File > Export > report writes what flaglab-cli --json writes for the
    // same run: named fields, the reasons of errors, max_in_flight; not the
    // history's compact rows (["AD","OK",14907,...]).
    void theReportIsTheClis()
    {
        ServerConfig config = test::TestServer::quiet(ServerConfig::Mode::Error);
        config.errorRate = 0.5;
        test::TestServer server(config);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        MainWindow window(test::windowOptionsFor(server.baseUrl(), dir.filePath(QStringLiteral("window"))));
        window.show();
        QSignalSpy settled(&window, &MainWindow::runSettled);
        QVERIFY(window.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);

        const QString exported = dir.filePath(QStringLiteral("report.json"));
        answerFileDialog(exported);
        fileAction(window, "actionExportReport")->trigger();
        const QJsonObject report = jsonFile(exported);
        QVERIFY2(!report.isEmpty(), contents(exported).left(200).constData());
        QCOMPARE(report, window.engine().report());     // runReportJson() of the run, without the window's "ui"
        QVERIFY(!report.contains(u"ui"));

        QProcess cli;
        const QString cliJson = dir.filePath(QStringLiteral("cli.json"));
        cli.start(qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab-cli"),
                  {QStringLiteral("-s"), server.baseUrl().toString(), QStringLiteral("-m"), QStringLiteral("5"),
                   QStringLiteral("--json"), cliJson, QStringLiteral("--dest"), dir.filePath(QStringLiteral("cli"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject cliReport = jsonFile(cliJson);
        QVERIFY(cliReport.contains(u"max_in_flight"));
        QCOMPARE(sortedKeys(report), sortedKeys(cliReport));

        const QJsonArray requests = report.value(u"requests").toArray();
        const QJsonArray cliRequests = cliReport.value(u"requests").toArray();
        QCOMPARE(requests.size(), 20);
        QCOMPARE(cliRequests.size(), 20);
        QCOMPARE(sortedKeys(requests.first().toObject()), sortedKeys(cliRequests.first().toObject()));
        int errors = 0;
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            QVERIFY(value.isObject());
            QCOMPARE(request.value(u"cc").toString().size(), 2);
            if (request.value(u"status").toString() == u"ERROR") {
                ++errors;
                QVERIFY2(!request.value(u"error").toString().isEmpty(), "an error without its reason");
            } else {
                QVERIFY(request.value(u"error").isNull());
            }
        }
        QCOMPARE(errors, report.value(u"errors").toInt());
        QVERIFY(errors > 0);
        QVERIFY(report.value(u"max_in_flight").toInt() >= 1);
    }

    // File > Export > HAR writes the chosen run (else the latest) as the CLI's
    // --har would; a history row's context menu exports its own run, not the last.
    void runsExportAsHar()
    {
        ServerConfig config = test::TestServer::quiet(ServerConfig::Mode::Error);
        config.errorRate = 0.3;
        test::TestServer server(config);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QTemporaryDir dir;
        MainWindow window(test::windowOptionsFor(server.baseUrl(), dir.filePath(QStringLiteral("window"))));
        window.show();
        QSignalSpy settled(&window, &MainWindow::runSettled);
        for (int run = 1; run <= 2; ++run) {
            QVERIFY(window.startRun());
            QTRY_COMPARE_WITH_TIMEOUT(settled.count(), run, 20000);
        }
        const QList<RunSummary> &runs = window.history().runs();
        QCOMPARE(runs.size(), 2);

        const QString latest = dir.filePath(QStringLiteral("latest.har"));
        answerFileDialog(latest);
        fileAction(window, "actionExportHar")->trigger();
        const QJsonObject har = jsonFile(latest);
        QCOMPARE(har.value(u"log").toObject().value(u"entries").toArray().size(), 20);
        QCOMPARE(test::harSpecProblems(har), QStringList());
        QCOMPARE(har, harFromReport(runs.at(1).report));

        // The first run, from its row's menu.
        auto *history = window.findChild<HistoryView *>(QStringLiteral("historyView"));
        const std::unique_ptr<QMenu> menu(history->rowMenu(0, nullptr));
        auto *rowHar = menu->findChild<QAction *>(QStringLiteral("actionExportRowHar"));
        QVERIFY(rowHar);
        const QString first = dir.filePath(QStringLiteral("first"));     // typed without .har
        answerFileDialog(first);
        rowHar->trigger();
        QVERIFY2(QFile::exists(first + QStringLiteral(".har")), qPrintable(QDir(dir.path()).entryList().join(u' ')));
        const QJsonObject firstHar = jsonFile(first + QStringLiteral(".har"));
        QCOMPARE(test::harSpecProblems(firstHar), QStringList());
        QCOMPARE(firstHar, harFromReport(runs.at(0).report));
        QVERIFY(firstHar != har);
        // ERROR's teapots, entry by entry, as the run saw them and as the server sent them.
        const auto teapots = [](const QJsonArray &items, const char *object, const char *status) {
            int count = 0;
            for (const QJsonValue &item : items) {
                const QJsonObject o = *object ? item.toObject().value(QLatin1String(object)).toObject() : item.toObject();
                count += o.value(QLatin1String(status)).toInt() == 418;
            }
            return count;
        };
        const int firstTeapots = teapots(firstHar.value(u"log").toObject().value(u"entries").toArray(), "response", "status");
        QCOMPARE(firstTeapots, teapots(runs.at(0).report.value(u"requests").toArray(), "", "http_status"));
        QVERIFY(firstTeapots > 0);
        QCOMPARE(qint64(firstTeapots + teapots(har.value(u"log").toObject().value(u"entries").toArray(), "response", "status")),
                 server.stats().byStatus.value(418));
    }

    // A run opened from a saved history keeps its timings, not its report: said so, nothing written.
    void aRunWithoutAReportIsSaidSo()
    {
        QTemporaryDir dir;
        RunSummary run = madeUpRun(QStringLiteral("ERROR -al 100 -m 100"), 100, 100, 1.5, 7, 4);
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY(!labfiles::saveReport(path, run, &error));
        QVERIFY2(error.contains(QStringLiteral("ERROR -al 100 -m 100")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!labfiles::saveHar(dir.filePath(QStringLiteral("run.har")), run, &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("run.har"))));

        run.report = {{QStringLiteral("ok"), 93}};
        QVERIFY2(labfiles::saveReport(path, run, &error), qPrintable(error));
        QCOMPARE(jsonFile(path), run.report);
        QVERIFY(!labfiles::saveReport(dir.filePath(QStringLiteral("no/such/folder/run.json")), run, &error));
        QVERIFY(error.contains(QStringLiteral("run.json")));
    }

    // "my-runs" typed in the dialog is saved as my-runs.json, and opens again.
    void aHistoryNamedWithoutExtensionGetsJson()
    {
        QTemporaryDir dir;
        MainWindow window(test::quietWindowOptions());
        window.history().add(madeUpRun(QStringLiteral("DELAY -m 1"), 20, 1, 0.5));
        answerFileDialog(dir.filePath(QStringLiteral("my-runs")));
        fileAction(window, "actionSaveHistory")->trigger();
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("my-runs"))));
        RunHistory later;
        QString error;
        QVERIFY2(later.load(dir.filePath(QStringLiteral("my-runs.json")), &error), qPrintable(error));
        QCOMPARE(later.runs().size(), 1);

        QCOMPARE(labfiles::withSuffix(QStringLiteral("/a/b"), QStringLiteral("json")), QStringLiteral("/a/b.json"));
        QCOMPARE(labfiles::withSuffix(QStringLiteral("/a.d/b.csv"), QStringLiteral("json")), QStringLiteral("/a.d/b.csv"));
    }

    // File > Save a plot: a figure for a projector or a page, 1920 pixels wide
    // whatever the plot's size on screen, or an SVG drawing.
    void plotsAreSavedProjectorSized()
    {
        QTemporaryDir dir;
        MainWindow window(test::quietWindowOptions());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString png = dir.filePath(QStringLiteral("throughput.png"));
        answerFileDialog(png);
        fileAction(window, "actionSavePlot1")->trigger();
        QCOMPARE(QImage(png).size(), QSize(1920, 1080));

        TimelineView timeline;
        timeline.resize(400, 200);
        timeline.startRun(5);
        const QString timelinePng = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY(labfiles::saveFigure(&timeline, timelinePng));
        QCOMPARE(QImage(timelinePng).size(), QSize(1920, 1080));
        QCOMPARE(timeline.size(), QSize(400, 200));     // laid out at the figure's size only to draw it

        ThroughputPlot plot;
        plot.resize(300, 200);
        const QString svg = dir.filePath(QStringLiteral("throughput.svg"));
        QVERIFY(labfiles::saveFigure(&plot, svg));
        QVERIFY(contents(svg).contains("viewBox=\"0 0 960 540\""));
    }

    void timingsCsvHasARowPerRequest()
    {
        QTemporaryDir dir;
        const RunSummary run = madeUpRun(QStringLiteral("DELAY -m 2"), 4, 2, 0.5, 4);
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(labfiles::saveTimingsCsv(path, run));
        const QList<QByteArray> lines = contents(path).trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QByteArray("cc,status,bytes,started_s,first_byte_s,finished_s"));
        const QList<QByteArray> third = lines.at(3).split(',');
        QCOMPARE(third.at(0), QByteArray("AC"));
        QCOMPARE(third.at(1), QByteArray("OK"));
        QCOMPARE(third.at(2).toInt(), 2000);
        QCOMPARE(third.at(3).toDouble(), 0.5);
        QCOMPARE(third.at(5).toDouble(), 1.0);
        QCOMPARE(lines.at(4).split(',').at(1), QByteArray("NOT_FOUND"));
    }

    void sweepCsvHasARowPerLevel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sweep.csv"));
        QVERIFY(labfiles::saveSweepCsv(path, madeUpSweep({1, 2, 4})));
        const QList<QByteArray> lines = contents(path).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("concurrency,elapsed_s,ok,not_found,errors"));
        QCOMPARE(lines.at(3).split(',').at(0), QByteArray("4"));
        QCOMPARE(lines.at(3).split(',').at(1).toDouble(), 4.0);
    }

    void theHistoryRoundTrips()
    {
        QTemporaryDir dir;
        RunHistory history;
        history.add(madeUpRun(QStringLiteral("DELAY -m 1"), 20, 1, 0.5));
        history.add(madeUpRun(QStringLiteral("DELAY -m 20 threads"), 20, 20, 0.5, 0, 0, QStringLiteral("threads")));
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QVERIFY(history.save(path));
        RunHistory later;
        QVERIFY(later.load(path));
        QCOMPARE(later.runs().size(), 2);
        QCOMPARE(later.runs().at(1).name, QStringLiteral("DELAY -m 20 threads"));
        QCOMPARE(later.runs().at(1).model, QStringLiteral("threads"));
        QCOMPARE(later.runs().at(0).timings.size(), 20);
        QCOMPARE(later.runs().at(0).elapsedS, 10.0);
        QString error;
        QVERIFY(!later.load(dir.filePath(QStringLiteral("nothing.json")), &error));
    }

    void plotsAreSavedAsPngAndSvg()
    {
        QTemporaryDir dir;
        SweepPlot sweep;
        sweep.resize(900, 500);
        sweep.showPoints(madeUpSweep());
        OverlayPlot overlay;
        overlay.resize(700, 400);
        overlay.showRuns({madeUpRun(QStringLiteral("DELAY -m 1"), 10, 1, 0.5)}, {Qt::blue});
        TimelineView timeline;
        timeline.resize(640, 320);

        const QString png = dir.filePath(QStringLiteral("sweep.png"));
        QVERIFY(labfiles::saveImage(&sweep, png));
        QCOMPARE(QImage(png).size(), QSize(900, 500));
        QVERIFY(labfiles::saveImage(&sweep, png, QSize(1200, 700)));
        QCOMPARE(QImage(png).size(), QSize(1200, 700));

        const QString svg = dir.filePath(QStringLiteral("sweep.svg"));
        QVERIFY(labfiles::saveImage(&sweep, svg));
        const QByteArray drawing = contents(svg);
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("viewBox=\"0 0 900 500\""));
        QVERIFY(drawing.contains("<polyline") || drawing.contains("<path"));

        QVERIFY(labfiles::saveImage(&overlay, dir.filePath(QStringLiteral("overlay.SVG"))));
        QVERIFY(contents(dir.filePath(QStringLiteral("overlay.SVG"))).contains("<svg"));
        // A view that is not a QCustomPlot is rendered as it paints itself.
        QVERIFY(labfiles::saveImage(&timeline, dir.filePath(QStringLiteral("timeline.png"))));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("timeline.png"))).size(), QSize(640, 320));
        QVERIFY(labfiles::saveImage(&timeline, dir.filePath(QStringLiteral("timeline.svg"))));
        QVERIFY(contents(dir.filePath(QStringLiteral("timeline.svg"))).contains("<svg"));

        QString error;
        QVERIFY(!labfiles::saveImage(&sweep, dir.filePath(QStringLiteral("no/such/folder/x.png")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("x.png")));
    }
};

QTEST_MAIN(TestLabExport)
#include "tst_labexport.moc"
