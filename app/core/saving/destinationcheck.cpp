#include "destinationcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <sys/stat.h>

namespace flaglab {

namespace {

QString cannotWrite(const QString &folder, const QString &reason)
{
    return QCoreApplication::translate("DestinationCheck", "cannot write to %1: %2")
        .arg(QDir::toNativeSeparators(folder), reason);
}

// QDir::mkpath() says only that it failed; mkdir(2), one level at a time, says why.
QString makePath(const QString &absolutePath)
{
    const QStringList parts = absolutePath.split(u'/', Qt::SkipEmptyParts);
    QString path;
    for (const QString &part : parts) {
        path += u'/' + part;
        if (::mkdir(QFile::encodeName(path).constData(), 0777) != 0 && errno != EEXIST)
            return qt_error_string(errno);
    }
    return QFileInfo(absolutePath).isDir() ? QString() : qt_error_string(ENOTDIR);
}

QString probeWriting(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".flaglab-probe-XXXXXX")));
    if (!probe.open())
        return probe.errorString();
    if (probe.write("probe", 5) != 5 || !probe.flush())
        return probe.errorString();
    return {};      // removed as probe goes
}

} // namespace

QString destinationProblem(const QString &folder)
{
    if (folder.isEmpty())
        return QCoreApplication::translate("DestinationCheck", "no folder given to save the flags in");
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QString reason = makePath(absolute);
    if (reason.isEmpty())
        reason = probeWriting(absolute);
    return reason.isEmpty() ? QString() : cannotWrite(folder, reason);
}

} // namespace flaglab
