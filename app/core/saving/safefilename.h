#pragma once

#include <QString>

namespace flaglab {

// A file name made from text a server sent (a country name in
// metadata.json): no separators, no control characters, no leading dots, at
// most 100 characters and 200 bytes of UTF-8. Empty when nothing usable is left.
QString safeFileName(const QString &untrusted);

// dir/name, or empty if the result would not lie directly inside dir.
QString pathInside(const QString &dir, const QString &name);

} // namespace flaglab
