#pragma once

#include <QObject>

class QSocketNotifier;

namespace flaglab {

// Turns SIGINT and SIGTERM into a Qt signal, delivered by the event loop
// (the handler itself only writes a byte to a pipe, the one safe thing a
// signal handler may do). One instance per process.
class InterruptNotifier : public QObject {
    Q_OBJECT
public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace flaglab
