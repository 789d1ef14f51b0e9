#include "exchangeconnection.h"

#include <utility>

namespace flaglab {

HttpExchange::HttpExchange(HttpRequest request, ExchangeConnection *connection)
    : QObject(connection), m_request(std::move(request)), m_connection(connection)
{
}

bool HttpExchange::respond(const HttpResponse &response)
{
    if (m_state != State::Waiting || !m_connection)
        return false;
    m_state = State::Sending;
    m_status = response.status;
    m_connection->sendResponse(this, response);
    return true;
}

HttpExchange *ExchangeConnection::startExchange(HttpRequest request)
{
    return new HttpExchange(std::move(request), this);
}

bool ExchangeConnection::isSending(const HttpExchange *exchange)
{
    return exchange->m_state == HttpExchange::State::Sending;
}

void ExchangeConnection::finishExchange(HttpExchange *exchange, int status, qint64 bytesWritten)
{
    exchange->m_state = HttpExchange::State::Done;
    Q_EMIT exchange->finished(status, bytesWritten);
    exchange->deleteLater();
}

void ExchangeConnection::abandonExchange(HttpExchange *exchange, qint64 bytesWritten)
{
    if (exchange->m_bodyEndStruck)
        return finishExchange(exchange, exchange->m_status, bytesWritten);
    const bool sending = isSending(exchange);
    exchange->m_state = HttpExchange::State::Done;
    Q_EMIT exchange->abandoned(sending ? bytesWritten : 0);
    exchange->deleteLater();
}

void ExchangeConnection::noteBodyEndStruck(HttpExchange *exchange)
{
    exchange->m_bodyEndStruck = true;
}

} // namespace flaglab
