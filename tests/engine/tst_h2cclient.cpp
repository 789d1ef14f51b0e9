// The engine's own HTTP/2 client (app/core/h2c): libnghttp2 behind a
// QNetworkAccessManager. What a server may do to its streams and its
// connection, and what the engine then records: a server's cap on streams,
// a stream refused past it, a protocol error, a connection closed, a cancel.

#include "engine/downloadengine.h"
#include "flags2/countrycodes.h"
#include "enginerun.h"
#include "scriptedserver.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using flaglab::test::ScriptedReply;
using flaglab::test::ScriptedRequest;
using flaglab::test::ScriptedServer;
using flaglab::test::TestServer;
using flaglab::test::runToEnd;

namespace {

RunConfig http2Config(const QUrl &baseUrl, int codes, int concurrency, const QString &dest)
{
    RunConfig config = test::configFor(baseUrl, allCountryCodes().mid(0, codes), concurrency, dest);
    config.protocol = RunConfig::Protocol::Http2;
    return config;
}

// The first `codes` flags from a scripted server, all at once, over HTTP/2.
bool runAllAtOnce(DownloadEngine &engine, const ScriptedServer &server, int codes, const QString &dest)
{
    return runToEnd(engine, http2Config(server.baseUrl(), codes, codes, dest), 20000);
}

// An HTTP/2 frame: 24-bit length, type, flags, 31-bit stream id, payload.
QByteArray frame(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload = {})
{
    QByteArray bytes;
    const auto length = quint32(payload.size());
    bytes.append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    bytes.append(char(type)).append(char(flags));
    bytes.append(char(stream >> 24)).append(char(stream >> 16)).append(char(stream >> 8)).append(char(stream));
    return bytes + payload;
}

const QByteArray kServerSettings = frame(0x4, 0, 0);
// A whole 1x1 GIF.
const QByteArray kTinyGif = QByteArray::fromHex("474946383961010001008000000000" "00ffffff21f90401000000002c000000"
                                                "000100010000020244010" "03b");

// A header block in HPACK: ":status: 200" (static table entry 8), then
// literal fields, each without indexing and with a new name (RFC 7541, 6.2.2).
QByteArray headerBlock(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    QByteArray block(1, char(0x88));
    for (const auto &[name, value] : fields) {
        Q_ASSERT(name.size() < 127 && value.size() < 127);
        block.append('\0').append(char(name.size())).append(name).append(char(value.size())).append(value);
    }
    return block;
}

// A minimal HTTP/2 server for what flaglab-server never sends: its SETTINGS
// at once, then, to each request's HEADERS frame, what answer() makes of
// its stream id.
class RawHttp2Server : public QTcpServer {
public:
    explicit RawHttp2Server(std::function<QByteArray(quint32)> answer) : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                socket->write(kServerSettings);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/flags").arg(serverPort())); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &input = m_input[socket];
        input += socket->readAll();
        qsizetype at = m_parsed.value(socket, 24);    // after the client's preface
        while (input.size() >= at + 9) {
            const auto *header = reinterpret_cast<const quint8 *>(input.constData() + at);
            const qsizetype length = (header[0] << 16) | (header[1] << 8) | header[2];
            if (input.size() < at + 9 + length)
                break;
            const quint32 stream = ((header[5] & 0x7f) << 24) | (header[6] << 16) | (header[7] << 8) | header[8];
            if (header[3] == 0x1)
                socket->write(m_answer(stream));
            at += 9 + length;
        }
        m_parsed[socket] = at;
    }

    std::function<QByteArray(quint32)> m_answer;
    QHash<QTcpSocket *, QByteArray> m_input;
    QHash<QTcpSocket *, qsizetype> m_parsed;
};

} // namespace

class TestH2cClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // flaglab-server allows 4 streams a connection. The client opens more
    // before the server's SETTINGS arrive, the server refuses those, and
    // they go again within the cap: every flag arrives, never more than 4
    // at the server, on one connection.
    void serversCapOfStreamsIsKept()
    {
        ServerConfig config = TestServer::slow(50);
        config.maxConcurrentStreams = 4;
        TestServer server(config);
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, http2Config(server.baseUrl(), 20, 20, dest.path())));
        QCOMPARE(engine.counts().ok, 20);
        QCOMPARE(engine.counts().errors, 0);
        const ServerStats stats = server.stats();
        QCOMPARE(stats.maxInFlight, 4);
        QCOMPARE(stats.maxConnections, 1);
        QCOMPARE(stats.byStatus.value(200), 20);
        QVERIFY(engine.maxInFlight() <= 4);
    }

    // A frame that breaks the protocol (DATA on stream 0) ends every request
    // with the reason, at once: no hang, no file.
    void protocolErrorEndsEveryRequest()
    {
        ScriptedServer server([](const ScriptedRequest &, int) {
            return ScriptedReply::bytes(kServerSettings + frame(0x0, 0, 0, "junk"));
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runAllAtOnce(engine, server, 5, dest.path()));
        QCOMPARE(engine.counts().errors, 5);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.error, QStringLiteral("HTTP/2 protocol error: DATA: stream_id == 0 (PROTOCOL_ERROR)"));
        QVERIFY(QDir(dest.path()).isEmpty());
    }

    // The server hangs up after its SETTINGS: every request, sent and
    // unanswered, ends as a reset, not as a hang.
    void connectionClosedEndsEveryRequest()
    {
        ScriptedServer server([](const ScriptedRequest &, int) {
            ScriptedReply reply = ScriptedReply::bytes(kServerSettings);
            reply.closeAfter = true;
            return reply;
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runAllAtOnce(engine, server, 3, dest.path()));
        QCOMPARE(engine.counts().errors, 3);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.error, QStringLiteral("connection closed by the server before the answer was complete"));
    }

    // GOAWAY with last stream 0: nothing was processed, and the streams go
    // again on a new connection, which hangs up too: then they fail.
    void goawayRefusesOnceThenFails()
    {
        const QByteArray goaway = frame(0x7, 0, 0, QByteArray(8, '\0'));   // last stream 0, NO_ERROR
        ScriptedServer server([goaway](const ScriptedRequest &, int) {
            return ScriptedReply::bytes(kServerSettings + goaway);
        });
        QVERIFY(server.listen());
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runAllAtOnce(engine, server, 2, dest.path()));
        QCOMPARE(engine.counts().errors, 2);
        // Three connections said the preface: the HTTP/2 check's, the first, the one they went again on.
        const auto prefaces = std::count_if(server.requests().cbegin(), server.requests().cend(),
                                            [](const ScriptedRequest &request) { return request.method == "PRI"; });
        QCOMPARE(prefaces, 3);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.error,
                     QStringLiteral("the server closed the HTTP/2 connection (GOAWAY) before this request started"));
    }

    // A flood of header fields ends the stream at Qt's own limit, with the
    // reason; the next answer on the same connection is whole.
    void headerFloodEndsTheStream()
    {
        RawHttp2Server server([](quint32 stream) {
            QList<std::pair<QByteArray, QByteArray>> fields;
            const int count = stream == 1 ? 150 : 1;
            for (int i = 0; i < count; ++i)
                fields.append({"x-field-" + QByteArray::number(i), "flood"});
            constexpr quint8 endHeaders = 0x4, endStream = 0x1;
            return frame(0x1, endHeaders, stream, headerBlock(fields)) + frame(0x0, endStream, stream, kTinyGif);
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig config = http2Config(server.baseUrl(), 2, 1, dest.path());
        QVERIFY(runToEnd(engine, config, 20000));
        QCOMPARE(engine.records().at(0).error, QStringLiteral("answer headers over the limits (100 fields, 100 kB a field)"));
        QCOMPARE(engine.records().at(1).error, QString());
        QCOMPARE(engine.records().at(1).outcome, Outcome::Ok);
        QCOMPARE(engine.counts().errors, 1);
    }

    // Cancelling resets every stream: the server sees its clients leave, and
    // each request ends cancelled.
    void cancelResetsEveryStream()
    {
        TestServer server(TestServer::heldUntil(10, 60000));
        QTemporaryDir dest;
        DownloadEngine engine;
        QSignalSpy finished(&engine, &DownloadEngine::finished);
        QVERIFY(engine.start(http2Config(server.baseUrl(), 10, 10, dest.path())));
        QTRY_COMPARE_WITH_TIMEOUT(server.stats().inFlight, 10, 20000);
        engine.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(engine.counts().cancelled, 10);
        QTRY_COMPARE(server.stats().inFlight, 0);
        QCOMPARE(server.stats().hungUp, 10);
    }
};

QTEST_GUILESS_MAIN(TestH2cClient)
#include "tst_h2cclient.moc"
