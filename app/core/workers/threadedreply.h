#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace flaglab {

// The run's view of a request that a worker thread performs: a
// QNetworkReply that lives in the run's thread and mirrors, through queued
// calls, the real reply in the worker's thread. The run treats it exactly
// like a reply of its own managers, so both concurrency models share one
// scheduler and one set of outcome rules.
class ThreadedReply : public QNetworkReply {
    Q_OBJECT
public:
    using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

    explicit ThreadedReply(const QNetworkRequest &request, QObject *parent = nullptr);

    void abort() override;          // finished() before it returns, as QNetworkReply's own
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // Fed from the worker, in this object's thread.
    void applyConnecting();
    void applySent();
    void applyMetaData(const QUrl &url, int status, const QByteArray &reason, const RawHeaders &headers,
                       bool http2);
    void applyProgress(qint64 received, qint64 total);
    void applyFinished(const QByteArray &body, QNetworkReply::NetworkError error, const QString &errorString);

Q_SIGNALS:
    void abortRequested();

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace flaglab
