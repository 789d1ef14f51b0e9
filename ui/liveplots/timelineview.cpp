#include "liveplots/timelineview.h"

#include "look/guicolors.h"
#include "liveplots/lanepacking.h"
#include "liveplots/timeaxis.h"

#include <QAction>
#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QToolTip>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

constexpr double kFontScale = 1.1;

struct Shades {
    QColor waiting;
    QColor downloading;
};

Shades shadesFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotFound:
        return {colors::notFoundWaiting(), colors::notFound()};
    case Outcome::Error:
        return {colors::errorWaiting(), colors::error()};
    case Outcome::Cancelled:
        return {colors::cancelled().lighter(160), colors::cancelled()};
    case Outcome::Ok:
    case Outcome::Pending:
        break;
    }
    return {colors::waiting(), colors::downloading()};
}

QString secondsLabel(double seconds, double step)
{
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    return TimelineView::tr("%1 s").arg(QLocale().toString(seconds, 'f', decimals));
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_groupAction = new QAction(tr("&Group by connection"), this);
    m_groupAction->setCheckable(true);
    m_groupAction->setToolTip(tr("Stack the bars by the connection that carried them: over HTTP/2 many "
                                 "streams share one, over HTTP/1.1 each carries one request at a time"));
    connect(m_groupAction, &QAction::toggled, this, &TimelineView::setGroupByConnection);
    addAction(m_groupAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TimelineView::startRun(int concurrencyCap)
{
    m_cap = std::max(concurrencyCap, 1);
    m_bars.clear();
    m_bands.clear();
    m_hosts.clear();
    m_lanes = 0;
    m_peakInFlight = 0;
    m_nowNs = 0;
    update();
}

void TimelineView::setGroupByConnection(bool grouped)
{
    if (grouped == m_grouped)
        return;
    m_grouped = grouped;
    m_groupAction->setChecked(grouped);
    layOutLanes();
    update();
    Q_EMIT groupByConnectionChanged(grouped);
}

void TimelineView::showRecords(const QList<RequestRecord> &records, qint64 nowNs)
{
    m_nowNs = nowNs;
    QList<Span> onTheWire;
    m_bars.clear();
    for (const RequestRecord &record : records) {
        if (record.startedNs < 0)
            continue;
        Bar bar;
        bar.start = record.startedNs;
        bar.connecting = record.connectingNs;
        bar.sent = record.sentNs;
        bar.firstByte = record.firstByteNs;
        bar.finish = record.finishedNs;
        bar.outcome = record.outcome;
        bar.group = record.connectionGroup;
        bar.slot = record.connectionSlot;
        bar.cc = record.cc;
        bar.httpVersion = record.httpVersion;
        bar.host = record.url.host();
        m_bars.append(bar);
        if (record.sentNs >= 0)
            onTheWire.append({record.sentNs, record.finishedNs >= 0 ? record.finishedNs : Span{}.end});
    }
    layOutLanes();
    const QList<int> wireLanes = packLanes(onTheWire);     // as many lanes as overlap at the peak
    m_peakInFlight = wireLanes.isEmpty() ? 0 : *std::max_element(wireLanes.begin(), wireLanes.end()) + 1;
    update();
}

namespace {

// The peak of spans at once: the lanes packLanes() needs for them.
int peakOf(const QList<Span> &spans)
{
    const QList<int> lanes = packLanes(spans);
    return lanes.isEmpty() ? 0 : *std::max_element(lanes.begin(), lanes.end()) + 1;
}

} // namespace

void TimelineView::layOutLanes()
{
    m_bands.clear();
    m_hosts.clear();
    QList<QString> hosts;                   // in order of their first request
    QHash<QString, QList<int>> barsOf;
    QHash<QString, qint64> firstStart;
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        auto it = barsOf.find(bar.host);
        if (it == barsOf.end()) {
            it = barsOf.insert(bar.host, {});
            hosts.append(bar.host);
            firstStart.insert(bar.host, bar.start);
        }
        it->append(i);
        firstStart[bar.host] = std::min(firstStart.value(bar.host), bar.start);
    }
    const auto pack = [this](const QList<int> &bars, int firstLane) {
        return m_grouped ? packByConnection(bars, firstLane) : packPlain(bars, firstLane);
    };
    if (hosts.size() <= 1) {
        m_lanes = pack(barsOf.value(hosts.value(0)), 0);
        return;
    }
    std::stable_sort(hosts.begin(), hosts.end(),
                     [&firstStart](const QString &a, const QString &b) { return firstStart.value(a) < firstStart.value(b); });
    m_lanes = 0;
    for (const QString &host : std::as_const(hosts)) {
        const QList<int> &bars = barsOf[host];
        HostGroup group;
        group.host = host;
        group.firstLane = m_lanes;
        group.lanes = pack(bars, m_lanes);
        group.requests = int(bars.size());
        QList<Span> wire;
        for (int index : bars) {
            const Bar &bar = m_bars.at(index);
            if (bar.sent >= 0)
                wire.append({bar.sent, bar.finish >= 0 ? bar.finish : Span{}.end});
        }
        group.peakAtOnce = peakOf(wire);
        m_lanes += group.lanes;
        m_hosts.append(group);
    }
}

// The bars packed into lanes from firstLane on; returns how many lanes they take.
int TimelineView::packPlain(const QList<int> &bars, int firstLane)
{
    QList<Span> spans;
    for (int index : bars) {
        const Bar &bar = m_bars.at(index);
        spans.append({bar.start, bar.finish >= 0 ? bar.finish : Span{}.end});
    }
    const QList<int> lanes = packLanes(spans);
    int used = 0;
    for (int j = 0; j < bars.size(); ++j) {
        Bar &bar = m_bars[bars.at(j)];
        bar.lane = firstLane + lanes.at(j);
        bar.band = -1;
        used = std::max(used, lanes.at(j) + 1);
    }
    return used;
}

// Bands in order of the first request each connection put on the wire, the
// band of requests on none (yet) on top; within a band, the same packing.
int TimelineView::packByConnection(const QList<int> &bars, int firstLane)
{
    using Key = std::pair<int, int>;
    struct Members {
        qint64 firstSent = std::numeric_limits<qint64>::max();
        QList<int> bars;
    };
    QMap<Key, Members> byKey;
    for (int i : bars) {
        const Bar &bar = m_bars.at(i);
        const Key key = bar.slot >= 0 ? Key{bar.group, bar.slot} : Key{-1, -1};
        Members &members = byKey[key];
        members.bars.append(i);
        if (bar.sent >= 0)
            members.firstSent = std::min(members.firstSent, bar.sent);
    }
    QList<Key> order = byKey.keys();
    std::stable_sort(order.begin(), order.end(), [&byKey](const Key &a, const Key &b) {
        const bool aNone = a.second < 0;
        const bool bNone = b.second < 0;
        if (aNone != bNone)
            return bNone;           // the band of requests on no connection last, on top
        return byKey[a].firstSent < byKey[b].firstSent;
    });
    int lane = firstLane;
    int number = connectionCount();         // numbered on from the hosts below
    for (const Key &key : std::as_const(order)) {
        const Members &members = byKey[key];
        ConnectionBand band;
        band.group = key.first;
        band.slot = key.second;
        band.number = key.second >= 0 ? ++number : 0;
        band.firstLane = lane;
        band.requests = int(members.bars.size());
        QList<Span> wire;
        for (int index : members.bars) {
            const Bar &bar = m_bars.at(index);
            if (bar.sent >= 0)
                wire.append({bar.sent, bar.finish >= 0 ? bar.finish : Span{}.end});
            band.http2 = band.http2 || bar.httpVersion == u"2";
        }
        const int bandIndex = int(m_bands.size());
        band.lanes = packPlain(members.bars, lane);
        for (int index : members.bars)
            m_bars[index].band = bandIndex;
        band.peakAtOnce = peakOf(wire);
        lane += band.lanes;
        m_bands.append(band);
    }
    return lane - firstLane;
}

int TimelineView::connectionCount() const
{
    return int(std::count_if(m_bands.cbegin(), m_bands.cend(), [](const ConnectionBand &band) { return band.number > 0; }));
}

QString TimelineView::bandLabel(const ConnectionBand &band)
{
    if (band.number == 0)
        return tr("not on a connection: %n request(s)", nullptr, band.requests);
    if (band.http2)
        return tr("connection %1 · %n stream(s)", nullptr, band.peakAtOnce).arg(band.number);
    return tr("connection %1 · %n request(s)", nullptr, band.requests).arg(band.number);
}

// The legend's entries, in drawing order. With onlyDrawn, only those whose
// colour is on screen (at least two pixels of a bar, at xScale pixels a
// second): a projector's large type in a narrow dock would otherwise wrap
// the legend onto three rows and leave the bars a sliver.
QList<TimelineView::LegendEntry> TimelineView::legendEntries(bool onlyDrawn, double xScale) const
{
    QList<LegendEntry> all = {
        {colors::queuedInClient(), tr("queued in Qt")},
        {colors::connecting(), tr("connecting")},
        {colors::waiting(), tr("waiting")},
        {colors::downloading(), tr("downloading")},
        {colors::notFound(), tr("404")},
        {colors::error(), tr("error")},
        {colors::cancelled(), tr("stopped")},
    };
    if (!onlyDrawn)
        return all;
    const qint64 twoPixels = qint64(2e9 / std::max(xScale, 1e-9));
    QList<bool> drawn(all.size(), false);
    for (const Bar &bar : m_bars) {
        const qint64 end = bar.finish >= 0 ? bar.finish : m_nowNs;
        const qint64 sent = bar.sent >= 0 ? std::min(bar.sent, end) : end;
        const qint64 queuedUntil = bar.connecting >= 0 ? std::min(bar.connecting, sent) : sent;
        drawn[0] = drawn[0] || queuedUntil - bar.start >= twoPixels;
        drawn[1] = drawn[1] || (bar.connecting >= 0 && sent - bar.connecting >= twoPixels);
        const bool answered = bar.outcome == Outcome::Ok || bar.outcome == Outcome::Pending;
        drawn[2] = drawn[2] || (answered && bar.sent >= 0);
        drawn[3] = drawn[3] || (answered && bar.firstByte >= 0);
        drawn[4] = drawn[4] || bar.outcome == Outcome::NotFound;
        drawn[5] = drawn[5] || bar.outcome == Outcome::Error;
        drawn[6] = drawn[6] || bar.outcome == Outcome::Cancelled;
    }
    QList<LegendEntry> shown;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (drawn.at(i))
            shown.append(all.at(i));
    return shown;
}

// Swatches and words, left to right, on as many rows as the width needs:
// seven phases and outcomes do not fit one row of a narrow dock, and a word
// cut in half ("ошибк") tells the class nothing. Returns the bottom; with
// paint false it only measures.
int TimelineView::drawLegend(QPainter &painter, const QRect &area, const QList<LegendEntry> &entries, bool paint) const
{
    const QFontMetrics metrics = painter.fontMetrics();
    const int box = metrics.height() * 2 / 3;
    const int rowHeight = metrics.height() + 4;
    int x = area.left();
    int top = area.top();
    for (const auto &entry : entries) {
        const int width = box * 2 + 5 + metrics.horizontalAdvance(entry.text);
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            top += rowHeight;
        }
        const QRect swatch(x, top + (rowHeight - box) / 2, box * 2, box);
        if (paint) {
            painter.fillRect(swatch, entry.color);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(swatch.right() + 5, top, width, rowHeight), Qt::AlignVCenter, entry.text);
        }
        x += width + 14;
    }
    return top + rowHeight;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // A size larger than the widget's own, which follows the application's (presentation mode).
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * kFontScale);
    painter.setFont(bigger);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics metrics = painter.fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);

    const int lineHeight = metrics.height();
    const int left = lineHeight + 6 + metrics.horizontalAdvance(QStringLiteral("0000")) + 6;
    const double seconds = std::max(double(m_nowNs) / 1e9, 0.1);
    const double xScale = (width() - left - 12) / seconds;
    QRect legend(8, 4, width() - 16, lineHeight + 4);
    const auto tooTall = [&](const QList<LegendEntry> &entries) {
        return drawLegend(painter, legend, entries, false) - legend.top() > height() / 5;
    };
    QList<LegendEntry> entries = legendEntries(false, xScale);
    if (tooTall(entries))
        entries = legendEntries(true, xScale);
    for (QFont smaller = bigger; tooTall(entries) && smaller.pointSizeF() > bigger.pointSizeF() * 0.6;) {
        smaller.setPointSizeF(smaller.pointSizeF() * 0.9);      // still too tall: smaller words, down to 60%
        painter.setFont(smaller);
    }
    legend.setBottom(drawLegend(painter, legend, entries, true));
    painter.setFont(bigger);

    const QRect plot(left, legend.bottom() + lineHeight / 2 + 4, width() - left - 12,
                     height() - legend.bottom() - lineHeight / 2 - 4 - lineHeight - 10);
    m_barsArea = plot;
    if (plot.width() < 10 || plot.height() < 10)
        return;

    // Grouped, the stack is as tall as the bands: the cap is no lane of theirs.
    const int lanes = isStacked() ? std::max(m_lanes, 1) : std::max({m_cap, m_lanes, 1});
    const double laneHeight = double(plot.height()) / lanes;
    m_laneHeight = laneHeight;
    m_xScale = xScale;
    const double gap = laneHeight >= 4 ? 1 : 0;
    const auto x = [&](qint64 ns) { return plot.left() + double(ns) / 1e9 * xScale; };

    // Time axis and grid.
    const QList<double> ticks = timeTicks(seconds, std::max(plot.width() / 110, 2));
    const double step = ticks.value(1, seconds);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    for (double t : ticks) {
        const int px = int(std::round(plot.left() + t * xScale));
        painter.drawLine(px, plot.top(), px, plot.bottom());
    }
    painter.setPen(text);
    for (double t : ticks) {
        const int px = int(std::round(plot.left() + t * xScale));
        const QString label = secondsLabel(t, step);
        const int w = metrics.horizontalAdvance(label);
        const int lx = std::clamp(px - w / 2, plot.left() - w / 2, width() - w - 2);
        painter.drawText(lx, plot.bottom() + 4 + metrics.ascent(), label);
    }

    // Bars.
    for (const Bar &bar : std::as_const(m_bars)) {
        const Shades shades = shadesFor(bar.outcome);
        const qint64 end = bar.finish >= 0 ? bar.finish : m_nowNs;
        const auto until = [end](qint64 ns) { return ns >= 0 ? std::min(ns, end) : end; };
        const qint64 sent = until(bar.sent);
        const qint64 connecting = std::min(until(bar.connecting), sent);
        const qint64 firstByte = std::max(until(bar.firstByte), sent);
        const double top = plot.bottom() + 1 - (bar.lane + 1) * laneHeight;
        const double h = std::max(laneHeight - gap, 1.0);
        const auto fill = [&](qint64 from, qint64 to, const QColor &color) {
            if (to > from)
                painter.fillRect(QRectF(x(from), top, x(to) - x(from), h), color);
        };
        fill(bar.start, connecting, colors::queuedInClient());
        fill(connecting, sent, colors::connecting());
        fill(sent, firstByte, shades.waiting);
        const double x1 = x(firstByte);
        const double x2 = std::max(x(end), x(bar.start) + 1.0);    // a request too quick to see still gets a pixel
        if (x2 > x1)
            painter.fillRect(QRectF(x1, top, x2 - x1, h), shades.downloading);
        else if (bar.sent < 0 && bar.finish >= 0)     // ended before it was sent: its outcome at the end
            painter.fillRect(QRectF(x2 - 2, top, 2, h), shades.downloading);
    }

    if (m_grouped)
        drawBands(painter, plot, laneHeight);
    if (!m_hosts.isEmpty())
        drawHostGroups(painter, plot, laneHeight);

    // Lane axis, with the cap.
    painter.setPen(QPen(text, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (isStacked()) {      // the stack is as tall as its groups: the cap is no lane of theirs
        painter.setPen(colors::inFlight());
        const QString groups = m_hosts.isEmpty() ? tr("%n connection(s)", nullptr, connectionCount())
                                                 : tr("%n host(s)", nullptr, int(m_hosts.size()));
        QString capText = tr("%1 · peak %2 in flight").arg(groups).arg(m_peakInFlight);
        if (metrics.horizontalAdvance(capText) + 8 > plot.width())
            capText = groups;
        QRect capBox = metrics.boundingRect(capText).adjusted(-4, -1, 4, 1);
        capBox.moveBottomRight(QPoint(plot.right() - 2, plot.bottom() - 2));   // the bands' labels are at the top left
        drawNote(painter, capBox, capText);
        painter.setPen(text);
        if (m_hosts.isEmpty())
            drawAxisTitle(painter, plot, lineHeight, tr("requests, by connection"), tr("connections"));
        else
            drawAxisTitle(painter, plot, lineHeight, tr("requests, by host"), tr("hosts"));
        return;
    }
    const int capY = int(std::round(plot.bottom() + 1 - m_cap * laneHeight));
    painter.setPen(QPen(colors::inFlight(), 2, Qt::DashLine));
    painter.drawLine(plot.left(), capY, plot.right(), capY);
    painter.setPen(text);
    const QRect numbers(lineHeight + 6, plot.top() - lineHeight, left - lineHeight - 12, plot.height() + 2 * lineHeight);
    painter.drawText(QRect(numbers.left(), plot.bottom() - lineHeight / 2, numbers.width(), lineHeight),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.setPen(colors::inFlight());
    painter.drawText(QRect(numbers.left(), capY - lineHeight / 2, numbers.width(), lineHeight),
                     Qt::AlignRight | Qt::AlignVCenter, QString::number(m_cap));
    QString capText = tr("max_req %1 · peak %2 in flight").arg(m_cap).arg(m_peakInFlight);
    if (metrics.horizontalAdvance(capText) + 8 > plot.width())     // narrow: the short form
        capText = tr("peak %1 of %2").arg(m_peakInFlight).arg(m_cap);
    QRect capBox = metrics.boundingRect(capText).adjusted(-4, -1, 4, 1);
    capBox.moveTopRight(QPoint(plot.right() - 2, std::clamp(capY + 3, plot.top(), plot.bottom() - capBox.height())));
    drawNote(painter, capBox, capText);
    painter.setPen(text);
    drawAxisTitle(painter, plot, lineHeight, tr("requests handed to Qt"), tr("requests"));
}

// Text on a light patch over the bars, in the painter's pen.
void TimelineView::drawNote(QPainter &painter, const QRect &box, const QString &text)
{
    painter.fillRect(box, QColor(255, 255, 255, 215));
    painter.drawText(box, Qt::AlignCenter, text);
}

// The vertical axis's title, turned up along the plot's left edge; the short
// form when the plot is too short for the long one.
void TimelineView::drawAxisTitle(QPainter &painter, const QRect &plot, int lineHeight, const QString &title,
                                 const QString &shortTitle)
{
    painter.save();
    painter.translate(4, plot.center().y());
    painter.rotate(-90);
    const QString shown = painter.fontMetrics().horizontalAdvance(title) > plot.height() ? shortTitle : title;
    painter.drawText(QRect(-plot.height() / 2, 0, plot.height(), lineHeight), Qt::AlignCenter, shown);
    painter.restore();
}

// A line between bands, and each band's label at its left where it has the
// height for one: a hundred HTTP/1.1 connections of a lane each get lines only.
void TimelineView::drawBands(QPainter &painter, const QRect &plot, double laneHeight) const
{
    const QFontMetrics metrics = painter.fontMetrics();
    for (const ConnectionBand &band : m_bands) {
        const double bottom = plot.bottom() + 1 - band.firstLane * laneHeight;
        const double top = bottom - band.lanes * laneHeight;
        if (band.firstLane > 0) {
            painter.setPen(QPen(palette().color(QPalette::Dark), 1));
            painter.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom));
        }
        if (bottom - top < metrics.height() + 2)
            continue;
        const QString label = bandLabel(band);
        QRect box = metrics.boundingRect(label).adjusted(-4, -1, 4, 1);
        box.moveTopLeft(QPoint(plot.left() + 4, int(std::round(top)) + 2));
        painter.fillRect(box, QColor(255, 255, 255, 215));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

QString TimelineView::hostLabel(const HostGroup &group)
{
    return tr("%1 · peak %2 on the wire").arg(group.host.isEmpty() ? tr("no host") : group.host).arg(group.peakAtOnce);
}

// A firm line between hosts, and each host's label at the top right of its
// group (the connections' labels are at the left) where it has the height.
void TimelineView::drawHostGroups(QPainter &painter, const QRect &plot, double laneHeight) const
{
    const QFontMetrics metrics = painter.fontMetrics();
    for (const HostGroup &group : m_hosts) {
        const double bottom = plot.bottom() + 1 - group.firstLane * laneHeight;
        const double top = bottom - group.lanes * laneHeight;
        if (group.firstLane > 0) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
            painter.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom));
        }
        if (bottom - top < metrics.height() + 2)
            continue;
        const QString label = metrics.elidedText(hostLabel(group), Qt::ElideMiddle, plot.width() - 8);
        QRect box = metrics.boundingRect(label).adjusted(-4, -1, 4, 1);
        box.moveTopRight(QPoint(plot.right() - 2, int(std::round(top)) + 2));
        painter.setPen(palette().color(QPalette::WindowText));
        drawNote(painter, box, label);
    }
}

int TimelineView::hostGroupAt(const QPoint &pos) const
{
    if (m_hosts.isEmpty() || !m_barsArea.contains(pos) || m_laneHeight <= 0)
        return -1;
    const int lane = int((m_barsArea.bottom() + 1 - pos.y()) / m_laneHeight);
    for (int i = 0; i < m_hosts.size(); ++i) {
        const HostGroup &group = m_hosts.at(i);
        if (lane >= group.firstLane && lane < group.firstLane + group.lanes)
            return i;
    }
    return -1;
}

int TimelineView::barAt(const QPoint &pos) const
{
    if (!m_barsArea.contains(pos) || m_laneHeight <= 0 || m_xScale <= 0)
        return -1;
    const int lane = int((m_barsArea.bottom() + 1 - pos.y()) / m_laneHeight);
    const qint64 ns = qint64((pos.x() - m_barsArea.left()) / m_xScale * 1e9);
    const qint64 slack = qint64(2e9 / m_xScale);    // two pixels: a quick request is thin
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const qint64 end = bar.finish >= 0 ? bar.finish : m_nowNs;
        if (bar.lane == lane && ns >= bar.start - slack && ns <= end + slack)
            return i;
    }
    return -1;
}

int TimelineView::bandAt(const QPoint &pos) const
{
    if (!m_grouped || !m_barsArea.contains(pos) || m_laneHeight <= 0)
        return -1;
    const int lane = int((m_barsArea.bottom() + 1 - pos.y()) / m_laneHeight);
    for (int i = 0; i < m_bands.size(); ++i) {
        const ConnectionBand &band = m_bands.at(i);
        if (lane >= band.firstLane && lane < band.firstLane + band.lanes)
            return i;
    }
    return -1;
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    QStringList lines;
    if (const int index = barAt(pos); index >= 0) {
        const Bar &bar = m_bars.at(index);
        QString head = bar.cc + QStringLiteral(": ") + outcomeName(bar.outcome);
        if (!bar.httpVersion.isEmpty())
            head += QStringLiteral(" · HTTP/") + bar.httpVersion;
        lines << head;
        const auto ms = [](qint64 ns) { return QLocale().toString(ns / 1e6, 'f', 1); };
        if (bar.sent >= 0 && bar.sent > bar.start)
            lines << tr("%1 ms before it was on the wire").arg(ms(bar.sent - bar.start));
        if (bar.finish >= 0)
            lines << tr("%1 ms from start to end").arg(ms(bar.finish - bar.start));
    }
    if (const int index = hostGroupAt(pos); index >= 0) {
        const HostGroup &group = m_hosts.at(index);
        lines << tr("%1: %n request(s), at most %2 on the wire at once.", nullptr, group.requests)
                     .arg(group.host).arg(group.peakAtOnce)
              << tr("Each host has its own stack. Over HTTP/1.1 a browser keeps at most six connections per "
                    "host, so no host of a browser's HAR has more than six on the wire at once: the rest wait "
                    "their turn, in grey.");
    }
    if (const int index = bandAt(pos); index >= 0) {
        const ConnectionBand &band = m_bands.at(index);
        if (band.number == 0)
            lines << tr("Not on a connection (yet): handed to Qt, or ended before it was sent.");
        else if (band.http2)
            lines << tr("Connection %1, HTTP/2: %2 requests as streams, at most %3 at once (manager %4).")
                         .arg(band.number).arg(band.requests).arg(band.peakAtOnce).arg(band.group + 1);
        else
            lines << tr("Connection %1, HTTP/1.1: %2 requests, one at a time. Qt does not say which of a "
                        "manager's up to 6 connections a request used: FlagLab counts one as taken from the "
                        "moment a request is on the wire until it ends.")
                         .arg(band.number).arg(band.requests);
    }
    return lines.join(u'\n');
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else        // rich text, so that a long line wraps
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<qt>") + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
                                   + QStringLiteral("</qt>"),
                               this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace flaglab
