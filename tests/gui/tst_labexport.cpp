// What File > Export writes, read back: a run's report (JSON) and timings
// (CSV), a sweep's table, the whole history, and plots as PNG and SVG.
#include "labfiles.h"
#include "overlayplot.h"
#include "sweepplot.h"
#include "timelineview.h"

#include "lab/runhistory.h"
#include "labfixtures.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::madeUpRun;
using flaglab::test::madeUpSweep;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLabExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRunsReportRoundTrips()
    {
        QTemporaryDir dir;
        const RunSummary run = madeUpRun(QStringLiteral("ERROR -al 100 -m 100"), 100, 100, 1.5, 7, 4);
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(labfiles::saveRun(path, run, &error), qPrintable(error));
        const std::optional<RunSummary> back = labfiles::loadRun(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, run.name);
        QCOMPARE(back->when, run.when);
        QCOMPARE(back->server, run.server);
        QCOMPARE(back->concurrency, 100);
        QCOMPARE(back->counts.ok, run.counts.ok);
        QCOMPARE(back->counts.notFound, run.counts.notFound);
        QCOMPARE(back->counts.errors, run.counts.errors);
        QCOMPARE(back->elapsedS, run.elapsedS);
        QCOMPARE(back->timings.size(), 100);
        QCOMPARE(back->timings.at(41).cc, run.timings.at(41).cc);
        QCOMPARE(back->timings.at(41).outcome, run.timings.at(41).outcome);
        QCOMPARE(back->timings.at(41).finishedS, run.timings.at(41).finishedS);
        QCOMPARE(back->flagsPerSecond(), run.flagsPerSecond());
        QCOMPARE(back->latencyPercentileS(95), run.latencyPercentileS(95));
    }

    void whatIsNotARunIsSaidSo()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!labfiles::loadRun(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
        const QString other = dir.filePath(QStringLiteral("other.json"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"something else\"}");
        file.close();
        QVERIFY(!labfiles::loadRun(other, &error));
        QVERIFY(error.contains(QStringLiteral("not a FlagLab run")));
        QVERIFY(!labfiles::saveRun(dir.filePath(QStringLiteral("no/such/folder/run.json")), RunSummary(), &error));
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
