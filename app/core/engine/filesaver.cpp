#include "filesaver.h"

#include "safefilename.h"

#include <QDir>
#include <QSaveFile>

namespace flaglab {

namespace {

constexpr int kWriterThreads = 8;

} // namespace

FileSaver::FileSaver(QObject *parent)
    : QObject(parent)
{
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return {};
    }
    return path;
}

} // namespace flaglab
