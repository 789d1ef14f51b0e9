// The Sweep view: points and knee drawn from a list of SweepPoints, the
// levels field, and the driver that turns the controls' request into one run
// per level.
#include "labhistory/sweepdriver.h"
#include "labhistory/sweepplot.h"
#include "labhistory/sweepview.h"

#include "labfixtures.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace flaglab;
using flaglab::test::madeUpSweep;

namespace {

QVector<double> keys(const QCPGraph *graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.append(it->key);
    return out;
}

QVector<double> values(const QCPGraph *graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.append(it->value);
    return out;
}

} // namespace

class TestSweepView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pointsAreDrawnAgainstConcurrency()
    {
        SweepPlot plot;
        const QList<SweepPoint> points = madeUpSweep();     // 16 codes, 1 s each
        plot.setLevels({1, 2, 4, 8, 16, 32, 64});
        plot.showPoints(points);
        QCOMPARE(keys(plot.elapsedGraph()), (QVector<double>{1, 2, 4, 8, 16, 32, 64}));
        QCOMPARE(values(plot.elapsedGraph()), (QVector<double>{16, 8, 4, 2, 1, 1, 1}));
        QCOMPARE(values(plot.throughputGraph()), (QVector<double>{1, 2, 4, 8, 16, 16, 16}));
        QCOMPARE(values(plot.idealGraph()), (QVector<double>{16, 8, 4, 2, 1, 0.5, 0.25}));
        QVERIFY(plot.idealGraph()->visible());
        QCOMPARE(plot.elapsedGraph()->valueAxis(), plot.yAxis);
        QCOMPARE(plot.throughputGraph()->valueAxis(), plot.yAxis2);
        // log2 axis, a tick at every level, every point in sight.
        QCOMPARE(plot.xAxis->scaleType(), QCPAxis::stLogarithmic);
        auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot.xAxis->ticker());
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().keys(), (QList<double>{1, 2, 4, 8, 16, 32, 64}));
        QCOMPARE(ticker->ticks().value(32), QStringLiteral("32"));
        QVERIFY(plot.xAxis->range().lower < 1 && plot.xAxis->range().upper > 64);
        QVERIFY(plot.yAxis->range().upper >= 16);
        QVERIFY(plot.yAxis2->range().upper >= 16);
    }

    void theKneeIsMarked()
    {
        SweepPlot plot;
        const QList<SweepPoint> points = madeUpSweep();
        plot.showPoints(points);
        // 16 flags/s is the best; the first to reach 90% of it is -m 16.
        QCOMPARE(plot.kneeIndex(), SweepRunner::kneeIndex(points));
        QCOMPARE(plot.kneeIndex(), 4);
        QVERIFY(plot.kneeLine()->visible());
        QCOMPARE(plot.kneeLine()->point1->coords().x(), 16.0);
        QCOMPARE(plot.kneeLine()->point2->coords().x(), 16.0);
        QVERIFY(plot.kneeLabel()->visible());
        QVERIFY(plot.kneeLabel()->text().contains(QStringLiteral("-m 16")));
        QVERIFY(plot.kneeLabel()->text().contains(QStringLiteral("16.0 flags/s")));

        // A slower server saturating early: the knee moves left.
        QList<SweepPoint> early = madeUpSweep({1, 2, 4});
        early[2].run.elapsedS = 4.2;      // 3.8 flags/s: at least 90% of... itself, the best
        early[1].run.elapsedS = 4.4;      // 3.6 flags/s: 95% of the best
        plot.showPoints(early);
        QCOMPARE(plot.kneeIndex(), 1);
        QCOMPARE(plot.kneeLine()->point1->coords().x(), 2.0);

        plot.showPoints({});
        QCOMPARE(plot.kneeIndex(), -1);
        QVERIFY(!plot.kneeLine()->visible());
        QVERIFY(!plot.kneeLabel()->visible());
        QCOMPARE(plot.elapsedGraph()->dataCount(), 0);
    }

    void withoutARunAtOneThereIsNoIdealLine()
    {
        SweepPlot plot;
        plot.showPoints(madeUpSweep({2, 4, 8}));
        QVERIFY(!plot.idealGraph()->visible());
        QCOMPARE(plot.idealGraph()->dataCount(), 0);
    }

    void theLevelsFieldIsChecked()
    {
        SweepView view;
        auto *edit = view.findChild<QLineEdit *>(QStringLiteral("levelsEdit"));
        auto *sweep = view.findChild<QPushButton *>(QStringLiteral("sweepButton"));
        QCOMPARE(edit->text(), QStringLiteral("1,2,4,8,16,32,64,128,256,512"));
        QCOMPARE(view.levels(), SweepRunner::defaultLevels());
        QSignalSpy requested(&view, &SweepView::sweepRequested);

        edit->setText(QStringLiteral("1, 3,9"));
        QVERIFY(sweep->isEnabled());
        QTest::mouseClick(sweep, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<QList<int>>(), (QList<int>{1, 3, 9}));

        edit->setText(QStringLiteral("1,two"));
        QVERIFY(view.levels().isEmpty());
        QVERIFY(!sweep->isEnabled());
        QVERIFY(edit->property("invalid").toBool());
        edit->setText(QStringLiteral("1001"));
        QVERIFY(!sweep->isEnabled());

        view.setLevels({4, 8});
        QCOMPARE(edit->text(), QStringLiteral("4,8"));
        QVERIFY(sweep->isEnabled());
        view.setRunEnabled(false, true);
        QVERIFY(!sweep->isEnabled());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("stopButton"))->isEnabled());
    }

    void theViewFillsPointByPoint()
    {
        SweepView view;
        const QList<SweepPoint> points = madeUpSweep({1, 2, 4, 8, 16, 32});
        view.begin(QStringLiteral("DELAY -a"), {1, 2, 4, 8, 16, 32});
        QCOMPARE(view.plot()->title(), QStringLiteral("Sweep of DELAY -a"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("statusLabel"));
        for (int i = 0; i < points.size(); ++i) {
            view.showRunning(i, points.at(i).concurrency);
            QVERIFY(status->text().contains(QStringLiteral("run %1 of 6, -m %2").arg(i + 1).arg(points.at(i).concurrency)));
            view.showPoints(points.mid(0, i + 1), false);
            QCOMPARE(view.plot()->elapsedGraph()->dataCount(), i + 1);
        }
        view.showPoints(points, true);
        QCOMPARE(view.points().size(), 6);
        QVERIFY2(status->text().contains(QStringLiteral("the knee is at -m 16")), qPrintable(status->text()));
    }

    void theDriverRunsTheRequestOncePerLevel()
    {
        RunRequest base;
        base.server.label = QStringLiteral("DELAY");
        base.codes = QStringList{QStringLiteral("BR"), QStringLiteral("CN"), QStringLiteral("IN")};
        base.maxReq = 20;
        SweepDriver driver;
        QVERIFY(!driver.isActive());
        driver.begin(base, {1, 2, 8});
        QVERIFY(driver.isActive());
        QStringList folders;
        for (int level : {1, 2, 8}) {
            QVERIFY(driver.hasNext());
            const RunRequest request = driver.nextRequest();
            QCOMPARE(request.maxReq, level);
            QCOMPARE(driver.pointLevel(), level);
            RunConfig config;
            config.codes = request.codes;
            config.destination = QStringLiteral("downloaded");
            config = driver.pointConfig(config);
            QCOMPARE(config.concurrency, std::min(level, 3));      // SweepRunner's rule
            QVERIFY(QDir(config.destination).exists());
            QVERIFY(QDir(config.destination).isEmpty());
            QVERIFY(!folders.contains(config.destination));
            folders << config.destination;
            driver.addPoint(test::madeUpRun(QStringLiteral("-m %1").arg(level), 3, std::min(level, 3), 1.0));
        }
        QVERIFY(!driver.hasNext());
        QCOMPARE(driver.points().size(), 3);
        QCOMPARE(driver.points().at(2).concurrency, 8);
        driver.end();
        QVERIFY(!driver.isActive());
        QVERIFY(!QDir(folders.last()).exists());

        driver.begin(base, {1, 2});
        driver.nextRequest();
        driver.cancel();
        QVERIFY(!driver.hasNext());
        QVERIFY(driver.isActive());     // until the window ends it, after the run under way
    }
};

QTEST_MAIN(TestSweepView)
#include "tst_sweepview.moc"
