#pragma once

#include "requestroute.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace flaglab {

// The flag files a server answers with, read once and kept in memory.
// With a root directory, ROOT/flags/{cc}/{cc}.gif is served as python3 -m
// http.server would serve it from ROOT, except that a file which is a symbolic
// link, is not a regular file, or resolves outside the canonical root is
// treated as missing. Without a root, the data set compiled into the program
// (":/flags/...") is used. Files that don't exist are looked up again next time.
class DataSetFiles {
public:
    explicit DataSetFiles(const QString &root = {});

    QString root() const { return m_root; }

    // nullopt if the data set has no such file; countryCode must be two
    // lower-case ASCII letters (anything else is not found).
    std::optional<QByteArray> read(const QString &countryCode, FlagFile file);

    static QString relativePath(const QString &countryCode, FlagFile file);   // "flags/br/br.gif"
    static QByteArray contentType(FlagFile file);

private:
    std::optional<QString> resolve(const QString &relativePath) const;

    QString m_root;
    QString m_canonicalRoot;        // empty if root is unset or does not exist
    QHash<QString, QByteArray> m_cache;
};

} // namespace flaglab
