#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QPlainTextEdit;
class QPoint;

namespace flaglab {

// The window's log: lines wait in a queue and reach the view a slice at a
// time, because appending a burst of a thousand lines at once would block the
// event loop for several milliseconds. While the pacer runs (the window's
// refresh timer during a run), its owner calls flush() at each tick; otherwise
// the buffer flushes itself at the next turn of the event loop. With echo
// (--verbose), every line that reaches the view also goes to stdout. A line
// may carry a tooltip (a request's -v line: its status, http_version and
// timings), shown when the pointer rests on it.
class LogBuffer : public QObject {
    Q_OBJECT
public:
    static constexpr int kLinesPerSlice = 100;

    LogBuffer(QPlainTextEdit *view, bool echo);   // a child of the view

    void setPacer(const QTimer *pacer) { m_pacer = pacer; }

    void append(const QStringList &lines);
    void appendWithToolTip(const QString &line, const QString &toolTip);
    // After a blank line, unless the log is still empty: a new run, scene or sweep.
    void appendSection(const QStringList &lines);
    void flush(qsizetype maxLines = kLinesPerSlice);
    void flushAll() { flush(m_pending.size()); }
    qsizetype pendingCount() const { return m_pending.size(); }
    // The tooltip of the line at pos in the view's viewport; empty for none.
    QString toolTipAt(const QPoint &pos) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_view;
    bool m_echo;
    const QTimer *m_pacer = nullptr;
    QTimer m_timer;
    QStringList m_pending;
    QStringList m_pendingToolTips;      // beside m_pending, line for line; empty: none
};

} // namespace flaglab
