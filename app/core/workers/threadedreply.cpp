#include "threadedreply.h"

#include <cstring>

namespace flaglab {

ThreadedReply::ThreadedReply(const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ThreadedReply::abort()
{
    if (isFinished())
        return;
    Q_EMIT abortRequested();
    applyFinished({}, OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 ThreadedReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

void ThreadedReply::applyConnecting()
{
    if (!isFinished())
        Q_EMIT socketStartedConnecting();
}

void ThreadedReply::applySent()
{
    if (!isFinished())
        Q_EMIT requestSent();
}

void ThreadedReply::applyMetaData(const QUrl &url, int status, const QByteArray &reason, const RawHeaders &headers,
                                  bool http2)
{
    if (isFinished())
        return;
    setUrl(url);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reason);
    setAttribute(QNetworkRequest::Http2WasUsedAttribute, http2);
    for (const auto &[name, value] : headers)
        setRawHeader(name, value);   // also fills the known headers (Content-Type, Content-Length)
    Q_EMIT metaDataChanged();
}

void ThreadedReply::applyProgress(qint64 received, qint64 total)
{
    if (!isFinished())
        Q_EMIT downloadProgress(received, total);
}

void ThreadedReply::applyFinished(const QByteArray &body, QNetworkReply::NetworkError error, const QString &errorString)
{
    if (isFinished())
        return;
    m_body = body;
    if (error != NoError) {
        setError(error, errorString);
        Q_EMIT errorOccurred(error);
    }
    setFinished(true);
    Q_EMIT readyRead();
    Q_EMIT finished();
}

qint64 ThreadedReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace flaglab
