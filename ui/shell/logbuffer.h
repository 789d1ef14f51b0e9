#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QPlainTextEdit;

namespace flaglab {

// The window's log: lines wait in a queue and reach the view a slice at a
// time, because appending a burst of a thousand lines at once would block the
// event loop for several milliseconds. While the pacer runs (the window's
// refresh timer during a run), its owner calls flush() at each tick; otherwise
// the buffer flushes itself at the next turn of the event loop. With echo
// (--verbose), every line that reaches the view also goes to stdout.
class LogBuffer : public QObject {
    Q_OBJECT
public:
    static constexpr int kLinesPerSlice = 100;

    LogBuffer(QPlainTextEdit *view, bool echo);   // a child of the view

    void setPacer(const QTimer *pacer) { m_pacer = pacer; }

    void append(const QStringList &lines);
    // After a blank line, unless the log is still empty: a new run, scene or sweep.
    void appendSection(const QStringList &lines);
    void flush(qsizetype maxLines = kLinesPerSlice);
    void flushAll() { flush(m_pending.size()); }
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    QPlainTextEdit *m_view;
    bool m_echo;
    const QTimer *m_pacer = nullptr;
    QTimer m_timer;
    QStringList m_pending;
};

} // namespace flaglab
