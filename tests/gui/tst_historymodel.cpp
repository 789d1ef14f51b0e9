// The History view's table: one row per run with the figures a class
// compares, and the ticks that put runs on the compare plot.
#include "labhistory/historymodel.h"
#include "labhistory/historyview.h"
#include "labhistory/overlayplot.h"

#include "look/guicolors.h"
#include "labfixtures.h"

#include <QPixmap>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::madeUpRun;

namespace {

QString cell(const HistoryModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestHistoryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsShowEachRunsFigures()
    {
        RunHistory history;
        HistoryModel model(&history);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // 20 requests one at a time, 2 s each: 40 s, 0.5 flags/s. Every 5th an error.
        history.add(madeUpRun(QStringLiteral("DELAY -m 1"), 20, 1, 2.0, 0, 5));
        // 20 at once with threads, every 4th not found: 2 s in all.
        RunSummary threads = madeUpRun(QStringLiteral("DELAY -m 20 threads"), 20, 20, 2.0, 4, 0,
                                       QStringLiteral("threads"));
        threads.singleManager = false;
        history.add(threads);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);

        QCOMPARE(cell(model, 0, HistoryModel::Name), QStringLiteral("DELAY -m 1"));
        QCOMPARE(cell(model, 0, HistoryModel::Server), QStringLiteral("DELAY"));
        QCOMPARE(cell(model, 0, HistoryModel::Model), QStringLiteral("event loop"));
        QCOMPARE(cell(model, 0, HistoryModel::Concurrency), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, HistoryModel::Elapsed), QStringLiteral("40.0 s"));
        QCOMPARE(cell(model, 0, HistoryModel::FlagsPerSecond), QStringLiteral("0.4"));    // 16 OK in 40 s
        QCOMPARE(cell(model, 0, HistoryModel::Ok), QStringLiteral("16"));
        QCOMPARE(cell(model, 0, HistoryModel::Errors), QStringLiteral("4"));
        QCOMPARE(cell(model, 0, HistoryModel::MeanLatency), QStringLiteral("2.00 s"));
        QCOMPARE(cell(model, 0, HistoryModel::P95Latency), QStringLiteral("2.00 s"));
        QCOMPARE(model.data(model.index(0, HistoryModel::Errors), Qt::ForegroundRole).value<QColor>(),
                 colors::error());

        QCOMPARE(cell(model, 1, HistoryModel::Model), QStringLiteral("threads"));
        QCOMPARE(cell(model, 1, HistoryModel::Concurrency), QStringLiteral("20"));
        QCOMPARE(cell(model, 1, HistoryModel::Elapsed), QStringLiteral("2.00 s"));
        QCOMPARE(cell(model, 1, HistoryModel::FlagsPerSecond), QStringLiteral("7.5"));    // 15 OK in 2 s
        QCOMPARE(cell(model, 1, HistoryModel::Errors), QStringLiteral("0"));
        QVERIFY(!model.data(model.index(1, HistoryModel::Errors), Qt::ForegroundRole).isValid());
        QVERIFY(cell(model, 1, HistoryModel::Name, Qt::ToolTipRole).contains(QStringLiteral("5 not found")));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(model.headerData(HistoryModel::P95Latency, Qt::Horizontal).toString(), QStringLiteral("p95 latency"));
    }

    void latencyFiguresComeFromTheTimings()
    {
        RunHistory history;
        HistoryModel model(&history);
        RunSummary run = madeUpRun(QStringLiteral("mixed"), 20, 20, 1.0);
        for (int i = 0; i < 20; ++i)        // latencies 0.1, 0.2, ..., 2.0 s
            run.timings[i].finishedS = run.timings[i].startedS + 0.1 * (i + 1);
        history.add(run);
        QCOMPARE(cell(model, 0, HistoryModel::MeanLatency), QStringLiteral("1.05 s"));
        QCOMPARE(cell(model, 0, HistoryModel::P95Latency), QStringLiteral("1.90 s"));   // nearest rank: 19th of 20
        QCOMPARE(cell(model, 0, HistoryModel::MeanLatency), HistoryModel::tr("%1 s").arg(run.meanLatencyS(), 0, 'f', 2));
    }

    void ticksOverlayRunsInDistinctColours()
    {
        RunHistory history;
        HistoryModel model(&history);
        for (int n : {1, 6, 100})
            history.add(madeUpRun(QStringLiteral("-m %1").arg(n), 20, n, 1.0));
        QSignalSpy changed(&model, &HistoryModel::overlayChanged);
        QVERIFY(model.flags(model.index(0, HistoryModel::Name)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, HistoryModel::Server)) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.data(model.index(0, HistoryModel::Name), Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);

        QVERIFY(model.setData(model.index(2, HistoryModel::Name), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, HistoryModel::Name), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.overlaidRows(), (QList<int>{0, 2}));
        // Colours follow the place among the ticked runs: the first two are the two most distinct.
        QCOMPARE(model.overlayColor(0), colors::run(0));
        QCOMPARE(model.overlayColor(2), colors::run(1));
        QVERIFY(!model.overlayColor(1).isValid());
        QVERIFY(model.data(model.index(0, HistoryModel::Name), Qt::DecorationRole).isValid());
        // Not overlaid: a blank swatch, so that the names stay aligned.
        QCOMPARE(model.data(model.index(1, HistoryModel::Name), Qt::DecorationRole).value<QPixmap>().toImage()
                     .pixelColor(0, 0).alpha(), 0);

        model.setOverlaid(1, true);
        QCOMPARE(model.overlayColor(2), colors::run(2));
        model.setOverlaid(1, true);                 // no change, no signal
        QCOMPARE(changed.count(), 3);
        model.setOverlaidRows({1});
        QCOMPARE(model.overlaidRows(), (QList<int>{1}));
        QCOMPARE(model.overlayColor(1), colors::run(0));
    }

    void distinctColoursGoOnPastThePalette()
    {
        QList<QColor> seen;
        for (int i = 0; i < 16; ++i) {
            QVERIFY2(!seen.contains(colors::run(i)), qPrintable(QString::number(i)));
            seen.append(colors::run(i));
        }
    }

    void clearingAndLoadingFollowTheHistory()
    {
        QTemporaryDir dir;
        RunHistory history;
        HistoryModel model(&history);
        history.add(madeUpRun(QStringLiteral("a"), 5, 1, 1.0));
        history.add(madeUpRun(QStringLiteral("b"), 5, 5, 1.0));
        model.setOverlaid(1, true);
        const QString path = dir.filePath(QStringLiteral("h.json"));
        QVERIFY(history.save(path));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        history.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.overlaidRows().isEmpty());

        QVERIFY(history.load(path));
        QVERIFY(history.load(path));            // appends
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 3, HistoryModel::Name), QStringLiteral("b"));
        QCOMPARE(cell(model, 3, HistoryModel::Elapsed), QStringLiteral("1.00 s"));
    }

    void theViewOverlaysTheTickedRuns()
    {
        RunHistory history;
        HistoryView view;
        view.setHistory(&history);
        view.resize(1200, 700);     // room for whole names: a narrow legend elides them
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.chosenRow(), -1);
        for (int n : {1, 6, 100})
            history.add(madeUpRun(QStringLiteral("DELAY -m %1").arg(n), 20, n, 1.0));
        QCOMPARE(view.chosenRow(), 2);          // nothing picked: the latest
        auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
        table->selectRow(0);
        QCOMPARE(view.chosenRow(), 0);

        QCOMPARE(view.plot()->graphCount(), 0);
        view.model()->setOverlaidRows({0, 2});
        QCOMPARE(view.plot()->graphCount(), 2);
        QVERIFY(view.plot()->graph(0)->name().startsWith(QStringLiteral("DELAY -m 1: 20.0 s")));
        QVERIFY(view.plot()->graph(1)->name().startsWith(QStringLiteral("DELAY -m 100: ")));
        QCOMPARE(view.plot()->graph(0)->pen().color(), colors::run(0));
        QCOMPARE(view.plot()->graph(1)->pen().color(), colors::run(1));
        history.clear();
        QCOMPARE(view.plot()->graphCount(), 0);
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
