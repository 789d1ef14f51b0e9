#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace flaglab {

// Writes flags atomically on threads of its own, so that a slow disk never
// stalls the thread that drives the network: each file is written under a
// hidden temporary name in the same folder and renamed into place, so no
// reader ever sees half a flag, and a failed write leaves no file behind.
class FileSaver : public QObject {
    Q_OBJECT
public:
    // Rename: complete or absent for every reader, and after a crash of the
    // program; a power cut may still leave a renamed file empty, as with curl
    // or wget. Synced: also fdatasync before the rename, so a file is complete
    // or absent after a power cut too, at one disk flush per file
    // (docs/http2.md measures what that costs).
    enum class Durability { Rename, Synced };

    explicit FileSaver(Durability durability, QObject *parent = nullptr);
    ~FileSaver() override;          // finishes queued writes first

    // Queued: saved() follows, in the saver's thread.
    void save(int id, const QString &dir, const QString &fileName, const QByteArray &data);

    // The write itself, synchronous; returns the path written or sets *error.
    static QString writeFile(const QString &dir, const QString &fileName, const QByteArray &data,
                             Durability durability, QString *error);

    // Writes data to path atomically and makes sure all of it got there:
    // empty on success, else the system's reason ("File too large"). Every
    // program file written whole (flags, reports, CSV) goes through here;
    // those the user keeps one of (reports, the lab's files) are synced.
    static QString writeAtomically(const QString &path, const QByteArray &data,
                                   Durability durability = Durability::Synced);

Q_SIGNALS:
    void saved(int id, const QString &path, const QString &error);

private:
    Durability m_durability;
    QThreadPool m_writers;
};

} // namespace flaglab
