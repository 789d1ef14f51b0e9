#pragma once

#include "engine/requestrecord.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QAction;

namespace flaglab {

// One bar per request from its hand-off to Qt to its end, in the shades of
// its phases: grey while it waits inside Qt for a connection, amber while Qt
// connects, light while it is on the wire waiting for the first byte and dark
// while the body arrives, coloured by outcome. Bars are packed into lanes (see
// packLanes), so the height of the stack is the number of requests handed to
// Qt, drawn against the concurrency cap; the peak in flight counts only the
// requests on the wire, as the server does.
//
// Grouped by connection (the context menu), the bars stack in bands, one per
// connection that carried them (RequestRecord::connectionGroup and
// connectionSlot), each band packed on its own: over HTTP/2, 100 bars side
// by side in one band are 100 streams on one connection; over HTTP/1.1 a
// band is one of a manager's up to 6 connections, its requests one after
// another. Requests not on the wire (yet) stack in a band of their own on top.
//
// Records from more than one host (a browser's HAR of a real page) are
// grouped by host, on their own and whatever the connection grouping: one
// group of lanes per host, in order of its first request, each packed on
// its own, so that a group's height is what the client had going to that
// host at once. Over HTTP/1.1 a browser keeps at most six connections per
// host: no group has more than six requests on the wire at once.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    // A band of lanes, bottom to top in order of first use.
    struct ConnectionBand {
        int group = -1;         // RequestRecord::connectionGroup; -1 with slot -1: not on a connection
        int slot = -1;
        int number = 0;         // "connection N", 1-based; 0 for the band of requests not on one
        int firstLane = 0;
        int lanes = 0;
        int requests = 0;
        int peakAtOnce = 0;     // on the wire at once: streams over HTTP/2
        bool http2 = false;     // an answer came over HTTP/2
    };

    // The lanes of one host's requests, bottom to top in order of first request.
    struct HostGroup {
        QString host;
        int firstLane = 0;
        int lanes = 0;          // the stack's height: requests going at once
        int requests = 0;
        int peakAtOnce = 0;     // on the wire at once
    };

    explicit TimelineView(QWidget *parent = nullptr);

    void startRun(int concurrencyCap);
    void showRecords(const QList<RequestRecord> &records, qint64 nowNs);
    int laneCount() const { return m_lanes; }
    int peakInFlight() const { return m_peakInFlight; }   // on the wire
    QRect barsArea() const { return m_barsArea; }           // where the last paint drew the bars

    bool groupsByConnection() const { return m_grouped; }
    void setGroupByConnection(bool grouped);
    QAction *groupByConnectionAction() const { return m_groupAction; }
    bool isGroupedByConnection() const { return m_grouped; }
    // With grouping on: the bands of the records shown last; empty otherwise.
    const QList<ConnectionBand> &connectionBands() const { return m_bands; }
    int connectionCount() const;            // bands of requests that were on a connection
    static QString bandLabel(const ConnectionBand &band);
    // The groups of the records shown last when they come from several hosts; empty from one.
    const QList<HostGroup> &hostGroups() const { return m_hosts; }
    static QString hostLabel(const HostGroup &group);
    QString toolTipAt(const QPoint &pos) const;     // of the bar, band or host there; empty over nothing

    QSize sizeHint() const override { return {520, 320}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

Q_SIGNALS:
    void groupByConnectionChanged(bool grouped);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar {
        qint64 start = 0;
        qint64 connecting = -1;
        qint64 sent = -1;
        qint64 firstByte = -1;
        qint64 finish = -1;
        Outcome outcome = Outcome::Pending;
        int lane = 0;
        int band = -1;          // index in m_bands, when grouped
        int group = -1;         // RequestRecord::connectionGroup, connectionSlot
        int slot = -1;
        QString cc;
        QString httpVersion;
        QString host;
    };
    struct LegendEntry {
        QColor color;
        QString text;
    };
    QList<LegendEntry> legendEntries(bool onlyDrawn, double xScale) const;
    int drawLegend(QPainter &painter, const QRect &area, const QList<LegendEntry> &entries, bool paint) const;
    void layOutLanes();
    int packPlain(const QList<int> &bars, int firstLane);
    int packByConnection(const QList<int> &bars, int firstLane);
    bool isStacked() const { return m_grouped || !m_hosts.isEmpty(); }
    void drawBands(QPainter &painter, const QRect &plot, double laneHeight) const;
    void drawHostGroups(QPainter &painter, const QRect &plot, double laneHeight) const;
    static void drawNote(QPainter &painter, const QRect &box, const QString &text);
    static void drawAxisTitle(QPainter &painter, const QRect &plot, int lineHeight, const QString &title,
                              const QString &shortTitle);
    int barAt(const QPoint &pos) const;
    int bandAt(const QPoint &pos) const;
    int hostGroupAt(const QPoint &pos) const;

    QList<Bar> m_bars;
    qint64 m_nowNs = 0;
    int m_cap = 1;
    int m_lanes = 0;
    int m_peakInFlight = 0;
    QRect m_barsArea;
    double m_laneHeight = 0;        // of the last paint, for tooltips
    double m_xScale = 0;
    bool m_grouped = false;
    QList<ConnectionBand> m_bands;
    QList<HostGroup> m_hosts;
    QAction *m_groupAction = nullptr;
};

} // namespace flaglab
