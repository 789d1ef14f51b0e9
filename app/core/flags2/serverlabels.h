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

// The book's ports: LOCAL on the base port, DELAY on base + 1, ERROR on base + 2.
// 8000 unless the program was started with --base-port N, which moves both the
// built-in servers (ServerConfig::forMode) and the labels that name them.
constexpr quint16 kBookBasePort = 8000;
constexpr quint16 kMaxBasePort = 65533;     // ERROR's port must fit too
quint16 bookBasePort();
void setBookBasePort(quint16 port);         // 1 to kMaxBasePort; the process's programs call it once, at start
// A --base-port value: a whole number from 1 to kMaxBasePort.
std::optional<quint16> parseBasePort(const QString &text);

// A label (any case) or a full http(s) base URL. Empty when it is neither.
// LOCAL, DELAY and ERROR are on localhost at basePort, basePort + 1 and basePort + 2.
std::optional<ServerTarget> resolveServer(const QString &labelOrUrl, quint16 basePort = bookBasePort());

} // namespace flaglab
