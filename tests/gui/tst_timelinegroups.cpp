// The timeline grouped by connection, on synthetic runs: 100 streams side by
// side in one HTTP/2 band, HTTP/1.1 connections carrying one request at a
// time, and the requests that never reached a connection on top.
#include "liveplots/timelineview.h"
#include "translations.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace flaglab;

namespace {

RequestRecord record(int id, double start, double finish, int group, int slot, const QString &version)
{
    RequestRecord r;
    r.id = id;
    r.cc = QStringLiteral("C%1").arg(id);
    r.startedNs = qint64(start * 1e9);
    r.sentNs = slot >= 0 ? r.startedNs : -1;
    r.firstByteNs = slot >= 0 ? qint64((start + finish) / 2 * 1e9) : -1;
    r.finishedNs = qint64(finish * 1e9);
    r.outcome = slot >= 0 ? Outcome::Ok : Outcome::Error;
    r.httpVersion = version;
    r.connectionGroup = group;
    r.connectionSlot = slot;
    return r;
}

// Two HTTP/2 connections (managers), 100 streams each, all at once.
QList<RequestRecord> http2Run()
{
    QList<RequestRecord> records;
    for (int i = 0; i < 200; ++i)
        records.append(record(i, 0.001 * (i % 100) + (i < 100 ? 0 : 0.0005), 1.0, i < 100 ? 0 : 1, 0,
                              QStringLiteral("2")));
    return records;
}

} // namespace

class TestTimelineGroups : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        i18n::installTranslations(QStringLiteral("en"));    // English plurals: "100 streams"
    }

    void http2StreamsShareABand()
    {
        TimelineView view;
        view.resize(640, 480);
        view.showRecords(http2Run(), qint64(1.2e9));
        QCOMPARE(view.laneCount(), 200);
        QVERIFY(view.connectionBands().isEmpty());      // off by default: the lanes as before
        QSignalSpy toggled(&view, &TimelineView::groupByConnectionChanged);
        view.groupByConnectionAction()->trigger();      // the context menu's item
        QVERIFY(view.groupsByConnection());
        QCOMPARE(toggled.size(), 1);
        const QList<TimelineView::ConnectionBand> bands = view.connectionBands();
        QCOMPARE(bands.size(), 2);
        QCOMPARE(view.connectionCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(bands.at(i).number, i + 1);
            QCOMPARE(bands.at(i).group, i);
            QCOMPARE(bands.at(i).lanes, 100);
            QCOMPARE(bands.at(i).firstLane, 100 * i);
            QCOMPARE(bands.at(i).peakAtOnce, 100);
            QVERIFY(bands.at(i).http2);
        }
        QCOMPARE(TimelineView::bandLabel(bands.first()), QStringLiteral("connection 1 · 100 streams"));
        QCOMPARE(view.laneCount(), 200);

        // A bar's tooltip names its protocol and its band's connection.
        QVERIFY(!view.grab().isNull());     // lays the plot out
        const QRect area = view.barsArea();
        const QString tip = view.toolTipAt(QPoint(area.left() + area.width() / 2, area.bottom() - 1));
        QVERIFY2(tip.startsWith(QStringLiteral("C")) && tip.contains(QStringLiteral("OK · HTTP/2")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Connection 1, HTTP/2: 100 requests as streams, at most 100 at once")),
                 qPrintable(tip));

        view.setGroupByConnection(false);
        QVERIFY(view.connectionBands().isEmpty());
        QVERIFY(!view.groupByConnectionAction()->isChecked());
    }

    void http1ConnectionsCarryOneAtATime()
    {
        // Two managers, 6 connections each, 4 requests one after another on
        // each; and 3 requests that never got on the wire (refused).
        QList<RequestRecord> records;
        int id = 0;
        for (int round = 0; round < 4; ++round)
            for (int group = 0; group < 2; ++group)
                for (int slot = 0; slot < 6; ++slot)
                    records.append(record(id++, round * 0.1 + slot * 0.001 + group * 0.0005,
                                          round * 0.1 + 0.09, group, slot, QStringLiteral("1.1")));
        for (int i = 0; i < 3; ++i)
            records.append(record(id++, 0.0, 0.05, 0, -1, QString()));
        TimelineView view;
        view.setGroupByConnection(true);
        view.showRecords(records, qint64(0.5e9));
        const QList<TimelineView::ConnectionBand> bands = view.connectionBands();
        QCOMPARE(bands.size(), 13);
        QCOMPARE(view.connectionCount(), 12);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(bands.at(i).number, i + 1);
            QCOMPARE(bands.at(i).lanes, 1);             // one request at a time
            QCOMPARE(bands.at(i).requests, 4);
            QCOMPARE(bands.at(i).peakAtOnce, 1);
            QVERIFY(!bands.at(i).http2);
        }
        // In order of first use: manager 0's first connection, then manager 1's, ...
        QCOMPARE(bands.at(0).group, 0);
        QCOMPARE(bands.at(1).group, 1);
        QCOMPARE(bands.at(2).slot, 1);
        QCOMPARE(TimelineView::bandLabel(bands.at(6)), QStringLiteral("connection 7 · 4 requests"));
        const TimelineView::ConnectionBand &none = bands.last();
        QCOMPARE(none.number, 0);
        QCOMPARE(none.requests, 3);
        QCOMPARE(none.lanes, 3);
        QCOMPARE(none.firstLane, 12);
        QCOMPARE(TimelineView::bandLabel(none), QStringLiteral("not on a connection: 3 requests"));
        QCOMPARE(view.laneCount(), 15);
        view.resize(640, 480);
        QVERIFY(!view.grab().isNull());
        const QRect area = view.barsArea();
        const QString tip = view.toolTipAt(QPoint(area.left() + 2, area.bottom() - 1));
        QVERIFY2(tip.contains(QStringLiteral("Connection 1, HTTP/1.1: 4 requests, one at a time")), qPrintable(tip));
    }
};

QTEST_MAIN(TestTimelineGroups)
#include "tst_timelinegroups.moc"
