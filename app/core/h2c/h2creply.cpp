#include "h2creply.h"

#include "h2cconnection.h"

namespace flaglab {

H2cReply::H2cReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
{
    setOperation(operation);
    setRequest(request);
    setUrl(request.url());
    setAttribute(QNetworkRequest::Http2WasUsedAttribute, true);
    setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, false);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

H2cReply::~H2cReply()
{
    if (m_connection && !isFinished())
        m_connection->cancel(this);
}

void H2cReply::abort()
{
    if (isFinished())
        return;
    if (m_connection)
        m_connection->cancel(this);
    m_connection = nullptr;
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
    close();
}

qint64 H2cReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + m_body.size();
}

qint64 H2cReply::readData(char *data, qint64 maxSize)
{
    if (m_body.isEmpty())
        return isFinished() ? -1 : 0;
    const qint64 n = qMin<qint64>(maxSize, m_body.size());
    memcpy(data, m_body.constData(), size_t(n));
    m_body.remove(0, n);
    return n;
}

void H2cReply::noteConnecting()
{
    Q_EMIT socketStartedConnecting();
}

void H2cReply::noteSent()
{
    if (std::exchange(m_sent, true))
        return;
    Q_EMIT requestSent();
}

bool H2cReply::addHeader(const QByteArray &name, const QByteArray &value)
{
    // Several fields of one name join with ", ", as Qt's own replies do.
    const bool plain = !name.startsWith(':');
    const QByteArray joined = plain && hasRawHeader(name) ? rawHeader(name) + ", " + value : value;
    if (++m_headerFields > kMaxHeaderFields || name.size() + value.size() > kMaxHeaderBytes
        || joined.size() > kMaxHeaderBytes) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, QVariant());   // no answer was read
        return false;
    }
    if (name == ":status") {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, value.toInt());
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString());
    } else if (plain) {
        setRawHeader(name, joined);
        if (name == "content-length")
            m_expected = value.toLongLong();
    }
    return true;
}

void H2cReply::noteHeadersDone()
{
    Q_EMIT metaDataChanged();
}

void H2cReply::addBody(QByteArrayView data)
{
    if (isFinished() || data.isEmpty())
        return;
    m_body.append(data);
    m_received += data.size();
    Q_EMIT readyRead();
    Q_EMIT downloadProgress(m_received, m_expected);
}

void H2cReply::succeed()
{
    if (isFinished())
        return;
    m_connection = nullptr;
    Q_EMIT downloadProgress(m_received, m_received);
    finish();
}

void H2cReply::fail(NetworkError error, const QString &text)
{
    if (isFinished())
        return;
    m_connection = nullptr;
    setError(error, text);
    Q_EMIT errorOccurred(error);
    finish();
}

void H2cReply::finish()
{
    setFinished(true);
    Q_EMIT finished();
}

} // namespace flaglab
