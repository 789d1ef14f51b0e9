// The timeline grouped by connection, on synthetic runs: 100 streams side by
// side in one HTTP/2 band, HTTP/1.1 connections carrying one request at a
// time, and the requests that never reached a connection on top. Records
// from several hosts, a browser's HAR of a page among them, grouped by host.
#include "liveplots/timelineview.h"
#include "translations.h"

#include "har/harimport.h"
#include "harspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

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

RequestRecord fromHost(int id, const QString &host, double start, double finish)
{
    RequestRecord r = record(id, start, finish, 0, -1, QStringLiteral("1.1"));
    r.sentNs = r.startedNs;
    r.outcome = Outcome::Ok;
    r.url = QUrl(QStringLiteral("https://%1/r%2").arg(host).arg(id));
    return r;
}

double secondsOf(const QJsonObject &request, const char *key)
{
    return request.value(QLatin1String(key)).toDouble(-1);
}

qint64 nsOf(const QJsonObject &request, const char *key)
{
    const double s = secondsOf(request, key);
    return s < 0 ? -1 : qint64(std::llround(s * 1e9));
}

// A report's requests (RunImport's, from a HAR) as the timeline's records.
QList<RequestRecord> recordsOf(const QJsonObject &report)
{
    QList<RequestRecord> records;
    for (const QJsonValue &value : report.value(u"requests").toArray()) {
        const QJsonObject request = value.toObject();
        RequestRecord r;
        r.id = int(records.size());
        r.cc = request.value(u"cc").toString();
        r.url = QUrl(request.value(u"url").toString());
        r.startedNs = nsOf(request, "started_s");
        r.connectingNs = nsOf(request, "connecting_s");
        r.sentNs = nsOf(request, "connected_s");
        r.firstByteNs = nsOf(request, "first_byte_s");
        r.finishedNs = nsOf(request, "finished_s");
        const QString status = request.value(u"status").toString();
        r.outcome = status == u"OK" ? Outcome::Ok : status == u"NOT_FOUND" ? Outcome::NotFound : Outcome::Error;
        records.append(r);
    }
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

    // Three hosts, three groups bottom to top in order of their first
    // request, each labelled and as tall as its own requests at once.
    void recordsOfThreeHostsStackByHost()
    {
        QList<RequestRecord> records;
        for (int i = 0; i < 12; ++i)        // six at once, twice
            records.append(fromHost(i, QStringLiteral("static.example.net"), i < 6 ? 0.0 : 1.0, i < 6 ? 1.0 : 2.0));
        records.append(fromHost(12, QStringLiteral("fonts.example.com"), 0.2, 1.5));
        records.append(fromHost(13, QStringLiteral("fonts.example.com"), 0.3, 1.6));
        records.append(fromHost(14, QStringLiteral("www.example.org"), 0.5, 1.9));
        TimelineView view;
        view.resize(640, 480);
        view.startRun(20);
        view.showRecords(records, qint64(2.1e9));
        const QList<TimelineView::HostGroup> groups = view.hostGroups();
        QCOMPARE(groups.size(), 3);
        const QStringList hosts{QStringLiteral("static.example.net"), QStringLiteral("fonts.example.com"),
                                QStringLiteral("www.example.org")};
        const QList<int> heights{6, 2, 1};
        int lane = 0;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(groups.at(i).host, hosts.at(i));
            QCOMPARE(groups.at(i).firstLane, lane);
            QCOMPARE(groups.at(i).lanes, heights.at(i));
            QCOMPARE(groups.at(i).peakAtOnce, heights.at(i));
            lane += heights.at(i);
        }
        QCOMPARE(groups.at(0).requests, 12);
        QCOMPARE(view.laneCount(), 9);              // the groups, one on another
        QCOMPARE(TimelineView::hostLabel(groups.at(0)), QStringLiteral("static.example.net · peak 6 on the wire"));
        QCOMPARE(view.peakInFlight(), 9);

        // The groups' tooltips tell the lesson.
        QVERIFY(!view.grab().isNull());
        const QRect area = view.barsArea();
        const QString tip = view.toolTipAt(QPoint(area.left() + 5, area.bottom() - 2));
        // (The plural's words come with the catalogue, updated after this string is new.)
        QVERIFY2(tip.contains(QStringLiteral("static.example.net: 12 request"))
                     && tip.contains(QStringLiteral("at most 6 on the wire at once"))
                     && tip.contains(QStringLiteral("six connections per host")),
                 qPrintable(tip));

        // By connection too: the hosts stay apart, their connections banded within.
        view.setGroupByConnection(true);
        QCOMPARE(view.hostGroups().size(), 3);
        QCOMPARE(view.hostGroups().at(1).firstLane, 6);

        // From one host, no host groups: the stack as before, against the cap.
        records.resize(12);
        view.setGroupByConnection(false);
        view.showRecords(records, qint64(2.1e9));
        QVERIFY(view.hostGroups().isEmpty());
        QCOMPARE(view.laneCount(), 6);
    }

    // A browser's HAR of a page (tests/data/browser-page.har): three hosts,
    // twelve images over six connections on one of them, never more than six
    // on the wire at once there; two fonts as HTTP/2 streams on another.
    void aBrowsersPageStacksByHost()
    {
        const QString path = qEnvironmentVariable("FLAGLAB_SOURCE_DIR") + QStringLiteral("/tests/data/browser-page.har");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QJsonObject har = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(test::harSpecProblems(har), QStringList());
        QString error;
        const std::optional<ImportedRun> run = RunImport::fromFile(path, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->source, ImportedRun::Source::ForeignHar);

        TimelineView view;
        view.resize(640, 480);
        view.showRecords(recordsOf(run->report), qint64(0.5e9));
        const QList<TimelineView::HostGroup> groups = view.hostGroups();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).host, QStringLiteral("www.example.org"));
        QCOMPARE(groups.at(0).requests, 4);
        QCOMPARE(groups.at(1).host, QStringLiteral("static.example.net"));
        QCOMPARE(groups.at(1).requests, 12);
        QCOMPARE(groups.at(1).peakAtOnce, 6);       // six connections
        QCOMPARE(groups.at(1).lanes, 12);           // all twelve asked for at once; six wait, in grey
        QCOMPARE(groups.at(2).host, QStringLiteral("fonts.example.com"));
        QCOMPARE(groups.at(2).peakAtOnce, 2);
        // The six connections the HAR names for that host.
        QSet<QString> connections;
        for (const QJsonValue &entry : har.value(u"log").toObject().value(u"entries").toArray()) {
            if (entry.toObject().value(u"serverIPAddress").toString() == u"192.0.2.10")
                connections.insert(entry.toObject().value(u"connection").toString());
        }
        QCOMPARE(connections.size(), 6);
    }
};

QTEST_MAIN(TestTimelineGroups)
#include "tst_timelinegroups.moc"
