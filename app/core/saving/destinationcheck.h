#pragma once

#include <QString>

namespace flaglab {

// Whether flags can be saved in folder, checked before a run sends its first
// request: creates the folder (and its parents) if missing, then writes and
// removes a temporary file in it. Empty when the folder is usable, else
// "cannot write to FOLDER: REASON", the reason as strerror words it (Not a
// directory, Permission denied, Read-only file system, ...). Translated, as
// the programs' other messages are.
QString destinationProblem(const QString &folder);

} // namespace flaglab
