#include "filesaver.h"

#include "safefilename.h"

#include <QDir>
#include <QSaveFile>

#include <csignal>

namespace flaglab {

namespace {

constexpr int kWriterThreads = 8;

} // namespace

FileSaver::FileSaver(QObject *parent)
    : QObject(parent)
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
        const QString path = writeFile(dir, fileName, data, &error);
        QMetaObject::invokeMethod(this, [this, id, path, error] { Q_EMIT saved(id, path, error); },
                                  Qt::QueuedConnection);
    });
}

QString FileSaver::writeFile(const QString &dir, const QString &fileName, const QByteArray &data,
                             QString *error)
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
    if (const QString why = writeAtomically(path, data); !why.isEmpty()) {
        *error = QStringLiteral("cannot save %1: %2").arg(path, why);
        return {};
    }
    return path;
}

QString FileSaver::writeAtomically(const QString &path, const QByteArray &data)
{
    // Unbuffered, so that a short write (a full disk, a file size limit)
    // shows here: Qt 6.4's QSaveFile renames a file whose buffered write
    // failed half-way into place, truncated, and reports success. Writing
    // on after a short write gets the kernel's reason (EFBIG, ENOSPC).
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; ok && done < data.size();) {
        const qint64 written = file.write(data.constData() + done, data.size() - done);
        ok = written > 0;
        done += written;
    }
    if (!ok || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (const qint64 size = QFileInfo(path).size(); size != data.size()) {    // never trust, verify
        QFile::remove(path);
        return QStringLiteral("%1 of %2 bytes reached the disk").arg(size).arg(data.size());
    }
    return {};
}

} // namespace flaglab
