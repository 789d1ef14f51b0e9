#pragma once

// Is a saved flag whole? Its bytes against the data set compiled into every
// program and test (resources/dataset.*: ":/flags/{cc}/{cc}.gif").

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace flaglab::test {

// The data set's GIF for a country code (any case); empty if there is none.
inline QByteArray dataSetGif(const QString &cc)
{
    QFile file(QStringLiteral(":/flags/%1/%1.gif").arg(cc.toLower()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file in dir is CC.gif with exactly the data set's bytes. On failure,
// *problem names the first file that is not (for QVERIFY2).
inline bool flagFilesAreWhole(const QString &dir, QString *problem)
{
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        const QString name = info.fileName();
        if (!name.endsWith(QStringLiteral(".gif")) || name.size() != 6) {
            *problem = QStringLiteral("%1 is not a flag's name").arg(name);
            return false;
        }
        const QByteArray expected = dataSetGif(name.left(2));
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("%1 cannot be read").arg(name);
            return false;
        }
        const QByteArray bytes = file.readAll();
        if (expected.isEmpty() || bytes != expected) {
            *problem = QStringLiteral("%1 has %2 bytes, not the data set's %3").arg(name).arg(bytes.size()).arg(expected.size());
            return false;
        }
    }
    return true;
}

} // namespace flaglab::test
