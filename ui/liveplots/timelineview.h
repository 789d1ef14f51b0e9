#pragma once

#include "engine/requestrecord.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace flaglab {

// One bar per request from its hand-off to Qt to its end, in the shades of
// its phases: grey while it waits inside Qt for a connection, amber while Qt
// connects, light while it is on the wire waiting for the first byte and dark
// while the body arrives, coloured by outcome. Bars are packed into lanes (see
// packLanes), so the height of the stack is the number of requests handed to
// Qt, drawn against the concurrency cap; the peak in flight counts only the
// requests on the wire, as the server does.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void startRun(int concurrencyCap);
    void showRecords(const QList<RequestRecord> &records, qint64 nowNs);
    int laneCount() const { return m_lanes; }
    int peakInFlight() const { return m_peakInFlight; }   // on the wire
    QRect barsArea() const { return m_barsArea; }           // where the last paint drew the bars

    QSize sizeHint() const override { return {520, 320}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Bar {
        qint64 start = 0;
        qint64 connecting = -1;
        qint64 sent = -1;
        qint64 firstByte = -1;
        qint64 finish = -1;
        Outcome outcome = Outcome::Pending;
        int lane = 0;
    };
    struct LegendEntry {
        QColor color;
        QString text;
    };
    QList<LegendEntry> legendEntries(bool onlyDrawn, double xScale) const;
    int drawLegend(QPainter &painter, const QRect &area, const QList<LegendEntry> &entries, bool paint) const;

    QList<Bar> m_bars;
    qint64 m_nowNs = 0;
    int m_cap = 1;
    int m_lanes = 0;
    int m_peakInFlight = 0;
    QRect m_barsArea;
};

} // namespace flaglab
