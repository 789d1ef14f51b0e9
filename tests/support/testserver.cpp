#include "testserver.h"

namespace flaglab::test {

TestServer::TestServer(ServerConfig config)
    : m_thread(std::make_unique<ServerThread>())
{
    m_ok = m_thread->start(config, &m_error);
}

QUrl TestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/flags").arg(m_thread->port()));
}

ServerConfig TestServer::quiet(ServerConfig::Mode mode)
{
    ServerConfig config = ServerConfig::forMode(mode);
    config.port = 0;
    config.bindAddresses = {QHostAddress::LocalHost};
    config.delayMinMs = 0;
    config.delayMaxMs = 0;
    config.seed = 1234;
    return config;
}

ServerConfig TestServer::slow(int minMs, int maxMs)
{
    ServerConfig config = quiet(ServerConfig::Mode::Delay);
    config.delayMinMs = minMs;
    config.delayMaxMs = maxMs;
    return config;
}

ServerConfig TestServer::heldUntil(int inFlight, int delayMs)
{
    ServerConfig config = slow(delayMs);
    config.holdUntilInFlight = inFlight;
    return config;
}

} // namespace flaglab::test
