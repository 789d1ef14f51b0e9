#include "freeports.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>

#include <unistd.h>

namespace flaglab::test {

namespace {

// Linux: "32768\t60999"; the usual default when it cannot be read.
std::pair<int, int> ephemeralRange()
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = file.readAll().simplified().split(' ');
        if (parts.size() == 2)
            return {parts[0].toInt(), parts[1].toInt()};
    }
    return {32768, 60999};
}

bool bindable(const QHostAddress &address, quint16 port)
{
    QTcpServer probe;
    if (probe.listen(address, port))
        return true;
    // No IPv6 on this machine: only IPv4 counts (the programs fall back the same way).
    return address.protocol() == QAbstractSocket::IPv6Protocol
           && (probe.serverError() == QAbstractSocket::SocketAddressNotAvailableError
               || probe.serverError() == QAbstractSocket::UnsupportedSocketOperationError);
}

} // namespace

bool portIsFree(quint16 port)
{
    return bindable(QHostAddress::LocalHost, port);
}

quint16 freeBasePort(int count)
{
    const auto [low, high] = ephemeralRange();
    // Below the ephemeral range if there is room there, else above it.
    const int from = low > 12000 ? 10000 : high + 1;
    const int to = low > 12000 ? low - count : 65535 - count;
    if (to <= from)
        return 0;
    QRandomGenerator random{quint32(::getpid())};
    for (int attempt = 0; attempt < 200; ++attempt) {
        const quint16 base = quint16(random.bounded(from, to));
        bool free = true;
        for (int i = 0; i < count && free; ++i)
            free = bindable(QHostAddress::LocalHost, quint16(base + i))
                   && bindable(QHostAddress::LocalHostIPv6, quint16(base + i));
        if (free)
            return base;
    }
    return 0;
}

} // namespace flaglab::test
