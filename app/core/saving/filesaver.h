#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace flaglab {

// Writes flags atomically (QSaveFile: a temporary file renamed into place,
// so no reader ever sees half a flag) on threads of its own, so that a slow
// disk never stalls the thread that drives the network. Several writers run
// at once because each commit waits for its fdatasync.
class FileSaver : public QObject {
    Q_OBJECT
public:
    explicit FileSaver(QObject *parent = nullptr);
    ~FileSaver() override;          // finishes queued writes first

    // Queued: saved() follows, in the saver's thread.
    void save(int id, const QString &dir, const QString &fileName, const QByteArray &data);

    // The write itself, synchronous; returns the path written or sets *error.
    static QString writeFile(const QString &dir, const QString &fileName, const QByteArray &data,
                             QString *error);

    // Writes data to path atomically (QSaveFile) and makes sure all of it got
    // there: empty on success, else the system's reason ("File too large").
    // Every program file written whole (flags, reports, CSV) goes through here.
    static QString writeAtomically(const QString &path, const QByteArray &data);

Q_SIGNALS:
    void saved(int id, const QString &path, const QString &error);

private:
    QThreadPool m_writers;
};

} // namespace flaglab
