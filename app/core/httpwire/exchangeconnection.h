#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QPointer>

namespace flaglab {

class ExchangeConnection;

// One request on a connection, from its arrival to the end of its answer:
// an HTTP/1.1 request, or an HTTP/2 stream. Owned by its connection, which
// deletes it once it is finished or abandoned: use it as the context of
// timers that lead to respond(), and they are cancelled with it when the
// client leaves.
class HttpExchange : public QObject {
    Q_OBJECT
public:
    const HttpRequest &request() const { return m_request; }

    // Sends the answer. Returns false, and sends nothing, if the exchange was
    // already answered or its client has left: every request is answered once.
    bool respond(const HttpResponse &response);

Q_SIGNALS:
    void finished(int status, qint64 bytesWritten);   // answer fully handed to the kernel
    void abandoned(qint64 bytesWritten);              // the client left before that

private:
    friend class ExchangeConnection;
    HttpExchange(HttpRequest request, ExchangeConnection *connection);

    enum class State { Waiting, Sending, Done };
    HttpRequest m_request;
    QPointer<ExchangeConnection> m_connection;
    State m_state = State::Waiting;
    int m_status = 0;               // of the answer, once respond() was called
    bool m_bodyEndStruck = false;   // a faulty answer's BodyEnd happened: it went out as planned
};

// What a server connection promises, whatever its protocol: each request
// arrives as an HttpExchange, refusals are reported, and closed() comes once.
class ExchangeConnection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Drops the connection at once, pending exchanges included, emitting nothing.
    virtual void abort() = 0;

Q_SIGNALS:
    void requestReceived(flaglab::HttpExchange *exchange);
    void requestRejected(int status, const QByteArray &reason);   // answered, then closed
    void closed();

protected:
    HttpExchange *startExchange(HttpRequest request);
    static bool isSending(const HttpExchange *exchange);
    // Both end the exchange and schedule its deletion.
    static void finishExchange(HttpExchange *exchange, int status, qint64 bytesWritten);
    // bytesWritten counts only if the answer was being sent. After
    // noteBodyEndStruck(), the exchange finishes instead: a faulty answer
    // that a client leaves (a stall it gives up on) was sent as planned.
    static void abandonExchange(HttpExchange *exchange, qint64 bytesWritten);
    // The answer's BodyEnd (reset, close, stall) has happened.
    static void noteBodyEndStruck(HttpExchange *exchange);

private:
    friend class HttpExchange;
    // Called once per exchange, from HttpExchange::respond().
    virtual void sendResponse(HttpExchange *exchange, const HttpResponse &response) = 0;
};

} // namespace flaglab
