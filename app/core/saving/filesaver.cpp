#include "filesaver.h"

#include "safefilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace flaglab {

namespace {

// Eight writers overlap the waits for the disk with --sync. Without it a
// write is a little CPU work in the kernel, and on this project's 2-core
// machine 2 writers did a little better at load 5 (203 ms against 222 ms for
// `-e -m 100 --http2`), but worse at load 8, where each thread gets its share
// of the cores (515 ms against 439 ms): docs/http2.md.
constexpr int kWriterThreads = 8;

// Beside the final file, so that the rename stays in one file system; hidden,
// so that a listing during a run shows whole flags only.
QString temporaryPathFor(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return path.left(slash + 1) + u'.' + path.mid(slash + 1) + u'.'
           + QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral(".part");
}

// A fresh file of our own (O_EXCL): never one a leftover or somebody else holds.
bool openTemporary(QFile *file, const QString &path, QString *error)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString temporary = temporaryPathFor(path);
        file->setFileName(temporary);
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
            return true;
        if (!QFileInfo::exists(temporary))     // not a clash of names: a real failure
            break;
    }
    *error = file->errorString();
    return false;
}

} // namespace

FileSaver::FileSaver(Durability durability, QObject *parent)
    : QObject(parent), m_durability(durability)
{
#ifdef SIGXFSZ
    // Over the file size limit (RLIMIT_FSIZE, as on a quota), write() must
    // fail with EFBIG so the flag becomes a clear error; by default the
    // kernel's SIGXFSZ would kill the whole program instead.
    static const bool ignoringFileSizeSignal = std::signal(SIGXFSZ, SIG_IGN) != SIG_ERR;
    Q_UNUSED(ignoringFileSizeSignal);
#endif
    m_writers.setMaxThreadCount(kWriterThreads);
    m_writers.setObjectName(QStringLiteral("FlagLab file writers"));
}

FileSaver::~FileSaver()
{
    m_writers.waitForDone();
}

void FileSaver::save(int id, const QString &dir, const QString &fileName, const QByteArray &data)
{
    m_writers.start([this, id, dir, fileName, data] {
        QString error;
        const QString path = writeFile(dir, fileName, data, m_durability, &error);
        QMetaObject::invokeMethod(this, [this, id, path, error] { Q_EMIT saved(id, path, error); },
                                  Qt::QueuedConnection);
    });
}

QString FileSaver::writeFile(const QString &dir, const QString &fileName, const QByteArray &data,
                             Durability durability, QString *error)
{
    if (!QFileInfo(dir).isDir() && !QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot save: cannot create folder %1").arg(dir);
        return {};
    }
    const QString path = pathInside(dir, fileName);
    if (path.isEmpty()) {
        *error = QStringLiteral("cannot save: unsafe file name '%1'").arg(fileName);
        return {};
    }
    if (const QString why = writeAtomically(path, data, durability); !why.isEmpty()) {
        *error = QStringLiteral("cannot save %1: %2").arg(path, why);
        return {};
    }
    return path;
}

QString FileSaver::writeAtomically(const QString &path, const QByteArray &data, Durability durability)
{
    // Not QSaveFile: its commit() always syncs, and Qt 6.4's renames a file
    // whose buffered write failed half-way into place, truncated, and reports
    // success. Unbuffered, a short write (a full disk, a file size limit)
    // shows here, and writing on gets the kernel's reason (EFBIG, ENOSPC).
    QFile file;
    QString why;
    if (!openTemporary(&file, path, &why))
        return why;
    bool ok = true;
    for (qint64 done = 0; ok && done < data.size();) {
        const qint64 written = file.write(data.constData() + done, data.size() - done);
        ok = written > 0;
        done += written;
    }
    if (!ok)
        why = file.errorString();
#ifdef Q_OS_UNIX
    if (ok && durability == Durability::Synced && ::fdatasync(file.handle()) != 0) {
        ok = false;
        why = qt_error_string(errno);
    }
#endif
    file.close();
    // POSIX rename() replaces an existing file in one step: a reader sees the
    // old flag or the new one, never neither, never half.
    if (ok && std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        ok = false;
        why = qt_error_string(errno);
    }
    if (!ok) {
        file.remove();
        return why;
    }
    if (const qint64 size = QFileInfo(path).size(); size != data.size()) {    // never trust, verify
        QFile::remove(path);
        return QStringLiteral("%1 of %2 bytes reached the disk").arg(size).arg(data.size());
    }
    return {};
}

} // namespace flaglab
