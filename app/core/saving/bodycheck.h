#pragma once

#include <QByteArray>
#include <QString>

namespace flaglab {

// What a 200 body must look like before FlagLab saves it as a flag: a GIF,
// PNG or JPEG whose declared size is sane (a tiny file that declares a
// 60000 x 60000 image is a decompression bomb for whoever opens it).
// Returns an empty string when the body is acceptable, else the reason.
QString checkImageBody(const QByteArray &body, const QString &contentType);

constexpr int kMaxImageSide = 4096;

// Empty when a GIF, PNG or JPEG ends as a whole file does (GIF trailer, PNG
// IEND chunk, JPEG end-of-image marker), else why not. An answer cut short
// without a Content-Length still looks complete to HTTP.
QString checkImageComplete(const QByteArray &body);

// What the engine applies to a 200 body: checkImageBody, then checkImageComplete.
QString checkDownloadedImage(const QByteArray &body, const QString &contentType);

} // namespace flaglab
