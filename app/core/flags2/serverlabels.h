#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace flaglab {

// The book's SERVERS table: a label for each place the flags live.
struct ServerTarget {
    QString label;          // LOCAL, DELAY, ERROR, REMOTE, or CUSTOM for a URL
    QUrl baseUrl;           // e.g. http://localhost:8001/flags
    bool isBuiltIn() const; // one of the three the built-in servers stand in for
};

QStringList serverLabels();   // sorted, as the book lists them in its usage errors

// A label (any case) or a full http(s) base URL. Empty when it is neither.
std::optional<ServerTarget> resolveServer(const QString &labelOrUrl);

} // namespace flaglab
