#include "datasetfiles.h"

#include <QFile>
#include <QFileInfo>

namespace flaglab {

DataSetFiles::DataSetFiles(const QString &root)
    : m_root(root)
{
    if (!root.isEmpty())
        m_canonicalRoot = QFileInfo(root).canonicalFilePath();
}

QString DataSetFiles::relativePath(const QString &countryCode, FlagFile file)
{
    const QString name = file == FlagFile::Image ? countryCode + QStringLiteral(".gif")
                                                 : QStringLiteral("metadata.json");
    return QStringLiteral("flags/") + countryCode + u'/' + name;
}

QByteArray DataSetFiles::contentType(FlagFile file)
{
    return file == FlagFile::Image ? "image/gif" : "application/json";
}

std::optional<QByteArray> DataSetFiles::read(const QString &countryCode, FlagFile file)
{
    if (!isLowerCaseCountryCode(countryCode.toLatin1()))
        return std::nullopt;
    const QString relative = relativePath(countryCode, file);
    if (const auto cached = m_cache.constFind(relative); cached != m_cache.constEnd())
        return *cached;

    const std::optional<QString> path = resolve(relative);
    if (!path)
        return std::nullopt;
    QFile source(*path);
    if (!source.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray contents = source.readAll();
    m_cache.insert(relative, contents);
    return contents;
}

std::optional<QString> DataSetFiles::resolve(const QString &relativePath) const
{
    if (m_root.isEmpty())
        return QStringLiteral(":/") + relativePath;
    if (m_canonicalRoot.isEmpty())
        return std::nullopt;

    const QFileInfo info(m_canonicalRoot + u'/' + relativePath);
    if (info.isSymLink() || !info.isFile())
        return std::nullopt;
    const QString canonical = info.canonicalFilePath();
    const QString inside = m_canonicalRoot.endsWith(u'/') ? m_canonicalRoot : m_canonicalRoot + u'/';
    if (!canonical.startsWith(inside))
        return std::nullopt;
    return canonical;
}

} // namespace flaglab
