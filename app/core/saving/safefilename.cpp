#include "safefilename.h"

#include <QDir>
#include <QFileInfo>

namespace flaglab {

namespace {

constexpr qsizetype kMaxNameLength = 100;
// File names are at most 255 bytes on Linux, "NAME.gif" and the temporary
// file FileSaver writes beside it (".NAME.gif.<13 characters>.part", 20
// bytes more) included: 100 characters of 3-byte UTF-8 would not fit.
constexpr qsizetype kMaxNameUtf8Bytes = 200;

bool isForbidden(QChar c)
{
    static const QString kReserved = QStringLiteral("/\\:*?\"<>|");
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
           || c.isSurrogate() || c == QChar::ReplacementCharacter || kReserved.contains(c);
}

} // namespace

QString safeFileName(const QString &untrusted)
{
    QString name;
    name.reserve(untrusted.size());
    for (QChar c : untrusted)
        name.append(isForbidden(c) ? QChar(u'_') : c);
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    name.truncate(kMaxNameLength);
    while (name.toUtf8().size() > kMaxNameUtf8Bytes)
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty() || name.count(u'_') == name.size())
        return {};
    return name;
}

QString pathInside(const QString &dir, const QString &name)
{
    if (name.isEmpty() || name.contains(u'/') || name == u"." || name == u"..")
        return {};
    const QString base = QDir::cleanPath(QDir(dir).absolutePath());
    const QString path = QDir::cleanPath(base + u'/' + name);
    if (QFileInfo(path).absolutePath() != base)
        return {};
    return path;
}

} // namespace flaglab
