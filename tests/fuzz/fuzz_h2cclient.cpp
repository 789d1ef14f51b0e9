// libFuzzer: the engine's HTTP/2 client (app/core/h2c) against a server that
// sends anything. A loopback server sends a valid SETTINGS frame; once the
// client's first HEADERS frame has come, it sends the input's bytes, in
// writes of a size the input's first byte chooses, then closes. Four GETs
// and a HEAD go out through H2cManager, one of them aborted when its first
// body bytes come. Invariants:
// - every reply finishes exactly once, and says so with isFinished();
// - a reply without an error has a status; an aborted one is OperationCanceledError;
// - nothing crashes, hangs, leaks or trips ASan/UBSan, whatever the frames.

#include "h2c/h2cmanager.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace flaglab;

namespace {

void requireAt(bool condition, int line)
{
    if (condition)
        return;
    fprintf(stderr, "fuzz_h2cclient.cpp:%d: invariant broken\n", line);
    std::abort();
}
#define require(condition) requireAt((condition), __LINE__)

const QByteArray kSettings("\0\0\0\x04\0\0\0\0\0", 9);
constexpr int kPrefaceBytes = 24;
constexpr quint8 kHeadersFrame = 0x1;

// True once data (after the preface) holds a whole HEADERS frame.
bool hasHeadersFrame(const QByteArray &data)
{
    qsizetype at = kPrefaceBytes;
    while (data.size() >= at + 9) {
        const auto *header = reinterpret_cast<const quint8 *>(data.constData() + at);
        const qsizetype length = (header[0] << 16) | (header[1] << 8) | header[2];
        if (header[3] == kHeadersFrame)
            return true;
        at += 9 + length;
    }
    return false;
}

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "fuzz_h2cclient";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    return application;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    app();
    if (size < 1)
        return 0;
    const qsizetype writeSize = qsizetype(data[0]) * 16 + 1;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QTcpServer server;
    require(server.listen(QHostAddress::LocalHost));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            socket->write(kSettings);
            auto received = std::make_shared<QByteArray>();
            auto answered = std::make_shared<bool>(false);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received, answered, input, writeSize] {
                *received += socket->readAll();
                if (*answered || !hasHeadersFrame(*received))
                    return;
                *answered = true;
                for (qsizetype at = 0; at < input.size(); at += writeSize)
                    socket->write(input.sliced(at, qMin(writeSize, input.size() - at)));
                socket->disconnectFromHost();
            });
        }
    });

    H2cManager manager;
    const QString base = QStringLiteral("http://127.0.0.1:%1/flags/").arg(server.serverPort());
    QList<QNetworkReply *> replies;
    QList<int> finishedCount;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl(base + QStringLiteral("%1.gif").arg(i)));
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        replies.append(i == 4 ? manager.head(request) : manager.get(request));
        finishedCount.append(0);
    }
    int finished = 0;
    for (int i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, i] {
            ++finishedCount[i];
            ++finished;
        });
        if (i == 1)
            QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] { reply->abort(); });
    }

    const QDeadlineTimer deadline(5000);
    while (finished < replies.size() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    require(finished == replies.size());    // the server's close ends every stream
    for (int i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        require(finishedCount.at(i) == 1 && reply->isFinished());
        if (reply->error() == QNetworkReply::NoError)
            require(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
        reply->readAll();
        delete reply;
    }
    return 0;
}
