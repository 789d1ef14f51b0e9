#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace flaglab {

class H2cConnection;

// One GET or HEAD carried as a stream of an H2cConnection, seen by the
// engine as any QNetworkReply: the same signals in the same order as Qt's
// own (socketStartedConnecting, requestSent, metaDataChanged, readyRead and
// downloadProgress, finished), the same attributes and error codes.
// The connection feeds it; abort() resets its stream and finishes it at once.
class H2cReply : public QNetworkReply {
    Q_OBJECT
public:
    H2cReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QObject *parent);
    ~H2cReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // Called by the connection that carries it.
    void attachTo(H2cConnection *connection) { m_connection = connection; }
    void noteConnecting();
    void noteSent();
    // False past the limits of Qt's own replies (kMaxHeaderFields fields,
    // kMaxHeaderBytes a field): the stream is then over.
    bool addHeader(const QByteArray &name, const QByteArray &value);
    static constexpr int kMaxHeaderFields = 100;
    static constexpr int kMaxHeaderBytes = 100 * 1024;
    void noteHeadersDone();
    void addBody(QByteArrayView data);      // copied once, into the body
    void succeed();
    void fail(NetworkError error, const QString &text);
    // A stream the server refused was never processed (RFC 9113, 8.7): it may
    // go again, once.
    bool takeSecondChance() { return !std::exchange(m_refusedOnce, true); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void finish();

    QPointer<H2cConnection> m_connection;
    QByteArray m_body;          // received and not yet read
    qint64 m_received = 0;
    qint64 m_expected = -1;     // content-length, when given
    int m_headerFields = 0;
    bool m_sent = false;
    bool m_refusedOnce = false;
};

} // namespace flaglab
