#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace flaglab {

enum class FlagFile { Image, Metadata };   // {cc}.gif, metadata.json

// Where a request target leads. The only file paths are the two flag routes,
// matched exactly after one percent-decoding, with a lower-case two-letter
// code: nothing a client writes ever becomes part of a file path except that
// code, so `..`, encoded dots, backslashes and absolute paths cannot escape the
// data set. Upper-case codes are not found, as on the book's static server.
struct RequestRoute {
    enum class Kind { Flag, Stats, StatsReset, NotFound, BadRequest };

    Kind kind = Kind::NotFound;
    QString countryCode;            // Flag: "br"
    FlagFile file = FlagFile::Image;
};

RequestRoute routeForTarget(QByteArrayView target);

bool isLowerCaseCountryCode(QByteArrayView text);   // exactly two of a-z

// The path of a request target: the origin-form path without its query or
// fragment, or the path of an absolute-form target ("http://host/path").
QByteArrayView pathOfTarget(QByteArrayView target);

// Decodes %XX escapes once; nullopt if an escape is not two hex digits.
std::optional<QByteArray> percentDecodeOnce(QByteArrayView path);

// After decoding: an absolute path of printable ASCII with no `.` or `..`
// segment, no empty segment but a trailing one ("//etc" is refused), no
// backslash and no `%` (which would be a second layer of encoding).
bool isSafeDecodedPath(QByteArrayView path);

} // namespace flaglab
