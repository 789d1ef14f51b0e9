#pragma once

#include "engine/requestrecord.h"

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
namespace Ui { class ProgressStrip; }

namespace flaglab {

// The run at a glance: a progress bar (done / total) over live counts of OK,
// not found and errors, the requests in flight, the current rate and the time,
// in type as big as the strip's width allows, on two rows when one is too
// narrow for them whole.
class ProgressStrip : public QWidget {
    Q_OBJECT
public:
    explicit ProgressStrip(QWidget *parent = nullptr);
    ~ProgressStrip() override;

    // title: what runs, shown in the bar, e.g. "DELAY -m 20" (for the class, and for presentation mode).
    void startRun(int total, const QString &title = {});
    // flagsPerSecond: flagRate() while the run goes; negative once it is over,
    // for its average (OK flags / elapsed). In flight: on the wire. Requests
    // waiting inside Qt for a connection are shown beside them, once a run has
    // had any. Once requests are cancelled the run is stopped: the bar stays at
    // the codes that finished before the stop and says so ("9 / 194 · stopped"),
    // not full as if it had succeeded.
    void showProgress(const RunCounts &counts, qint64 elapsedNs, double flagsPerSecond, const FlightCounts &flight);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<QLabel *> labels() const;
    // The labels' texts, in labels()'s order.
    QStringList countTexts(const RunCounts &counts, qint64 elapsedNs, double flagsPerSecond,
                           const FlightCounts &flight) const;
    QString rateText(double rate, bool over) const;
    void fitText();
    void setStopped(bool stopped);

    std::unique_ptr<Ui::ProgressStrip> ui;
    qreal m_basePointSize = 0;
    bool m_showsQueue = false;      // this run has had requests queued inside Qt
    bool m_stopped = false;
    QString m_title;
};

} // namespace flaglab
