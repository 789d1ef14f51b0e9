// The flaglab-server program: option validation, the ready line, logging,
// listen failures and a clean exit on SIGTERM/SIGINT.

#include "freeports.h"
#include "servertestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace flaglab::servertest;

namespace {

QString serverProgram()
{
    const QByteArray binDir = qgetenv("FLAGLAB_BIN_DIR");
    return (binDir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin")
                             : QString::fromLocal8Bit(binDir))
        + QStringLiteral("/flaglab-server");
}

// Starts the server and waits for its ready lines; returns their ports.
QList<quint16> startAndReadPorts(QProcess &process, const QStringList &arguments, int lines = 1,
                                 QStringList *readyLines = nullptr)
{
    QList<quint16> ports;
    process.start(serverProgram(), arguments);
    if (!process.waitForStarted(10000))
        return ports;
    static const QRegularExpression portPattern(QStringLiteral(R"(^\w+ server on http://[^ ]+:(\d+)/flags)"));
    while (ports.size() < lines) {
        if (!process.canReadLine() && !process.waitForReadyRead(10000))
            break;
        while (process.canReadLine() && ports.size() < lines) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (readyLines)
                *readyLines << line;
            const QRegularExpressionMatch match = portPattern.match(line);
            if (match.hasMatch())
                ports << match.captured(1).toUShort();
        }
    }
    return ports;
}

bool finishes(QProcess &process)
{
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit;
}

} // namespace

class TestServerExecutable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void helpExitsZero_data();
    void helpExitsZero();
    void printsReadyLineAndStopsOnSigterm();
    void stopsOnSigint();
    void verboseLogsOneLinePerRequest();
    void faultsApplyInErrorModeToo();
    void busyPortExitsWithMessage();
    void explicitBindFailureIsFatal();
    void bookStartsThreeServers();
    void basePortMovesOneServer();
};

void TestServerExecutable::initTestCase()
{
    QVERIFY2(QFile::exists(serverProgram()), qPrintable(serverProgram()));
}

void TestServerExecutable::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QStringList &arguments, const char *message) {
        QTest::newRow(name) << arguments << QString::fromUtf8(message);
    };
    row("mode", {"--mode", "fast"}, "--mode must be local, delay or error, not 'fast'");
    row("port too big", {"--port", "70000"}, "--port must be a whole number from 0 to 65535, not '70000'");
    row("port negative", {"--port", "-1"}, "--port must be a whole number from 0 to 65535");
    row("port text", {"--port", "http"}, "--port must be a whole number");
    row("delay one number", {"--mode", "delay", "--delay", "1"}, "--delay must be MIN:MAX in seconds");
    row("delay text", {"--mode", "delay", "--delay", "a:b"}, "--delay must be MIN:MAX in seconds");
    row("delay inf", {"--mode", "delay", "--delay", "0:inf"}, "--delay must be MIN:MAX in seconds");
    row("delay min over max", {"--mode", "delay", "--delay", "5:1"}, "--delay minimum is greater than its maximum");
    row("delay negative", {"--mode", "error", "--delay", "-1:2"}, "--delay cannot be negative");
    row("delay huge", {"--mode", "delay", "--delay", "1:99999"}, "--delay cannot exceed 3600 seconds");
    row("delay in local mode", {"--delay", "1:2"}, "--delay applies to the delay and error modes only");
    row("rate above 1", {"--mode", "error", "--error-rate", "1.5"}, "--error-rate must be a number from 0 to 1");
    row("rate negative", {"--mode", "error", "--error-rate", "-0.1"}, "--error-rate must be a number from 0 to 1");
    row("rate nan", {"--mode", "error", "--error-rate", "nan"}, "--error-rate must be a number from 0 to 1");
    row("rate in delay mode", {"--mode", "delay", "--error-rate", "0.5"}, "--error-rate applies to the error mode only");
    row("status low", {"--mode", "error", "--error-status", "99"}, "--error-status must be a whole number from 400 to 599");
    row("status high", {"--mode", "error", "--error-status", "600"}, "--error-status must be a whole number from 400 to 599");
    row("status in local mode", {"--error-status", "500"}, "--error-status applies to the error mode only");
    row("fault unknown", {"--faults", "reset,slow"},
        "--faults takes reset, truncate, stall and garbage, separated by commas; 'slow' is none of them");
    row("faults empty", {"--faults", ""}, "--faults takes reset, truncate, stall and garbage");
    row("fault rate above 1", {"--faults", "reset", "--fault-rate", "1.5"}, "--fault-rate must be a number from 0 to 1, not '1.5'");
    row("fault rate negative", {"--faults", "stall", "--fault-rate", "-0.1"}, "--fault-rate must be a number from 0 to 1");
    row("fault rate text", {"--faults", "stall", "--fault-rate", "most"}, "--fault-rate must be a number from 0 to 1");
    row("fault rate alone", {"--fault-rate", "0.3"}, "--fault-rate needs --faults");
    row("bandwidth negative", {"--bandwidth", "-5"}, "--bandwidth must be a whole number from 0 to");
    row("max streams 0", {"--max-streams", "0"}, "--max-streams must be a whole number from 1 to 1000000, not '0'");
    row("seed negative", {"--seed", "-1"}, "--seed must be a whole number from 0 to 4294967295");
    row("seed too big", {"--seed", "4294967296"}, "--seed must be a whole number from 0 to 4294967295");
    row("bind name", {"--bind", "localhost"}, "--bind needs a numeric IP address");
    row("root missing", {"--root", "/no/such/directory"}, "--root must be an existing directory");
    row("book with port", {"--book", "--port", "9000"}, "--book starts all three servers");
    row("book with mode", {"--book", "--mode", "delay"}, "--book starts all three servers");
    row("base port 0", {"--book", "--base-port", "0"}, "--base-port must be a whole number from 1 to 65533, not '0'");
    row("base port too big", {"--book", "--base-port", "65534"}, "--base-port must be a whole number from 1 to 65533");
    row("base port with port", {"--base-port", "9000", "--port", "9000"}, "--base-port and --port cannot go together");
    row("unknown option", {"--frobnicate"}, "Unknown option 'frobnicate'");
    row("missing value", {"--port"}, "Missing value after '--port'");
    row("positional", {"extra"}, "unexpected argument 'extra'");
}

void TestServerExecutable::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(serverProgram(), arguments);
    QVERIFY(finishes(process));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(errors.contains(QStringLiteral("flaglab-server: error: ") + message), qPrintable(errors));
    QVERIFY(errors.contains(QStringLiteral("--help")));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestServerExecutable::helpExitsZero_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("-h") << "-h";
    QTest::newRow("--help") << "--help";
    QTest::newRow("--help-all") << "--help-all";
    QTest::newRow("-?") << "-?";
}

// Every help option prints the help and exits, never serves (a free port, in
// case it did).
void TestServerExecutable::helpExitsZero()
{
    QFETCH(QString, option);
    QProcess process;
    process.start(serverProgram(), {option, QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(finishes(process));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : {"--mode", "--port", "--bind", "--root", "--delay", "--error-rate", "--error-status",
                               "--faults", "--fault-rate", "--bandwidth", "--max-streams", "--seed", "--verbose", "--book"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestServerExecutable::printsReadyLineAndStopsOnSigterm()
{
    QProcess process;
    QStringList lines;
    const QList<quint16> ports = startAndReadPorts(
        process, {"--mode", "delay", "--delay", "0.5:5", "--port", "0", "--bind", "127.0.0.1"}, 1, &lines);
    QCOMPARE(ports.size(), 1);
    QCOMPARE(lines.constFirst(), QStringLiteral("DELAY server on http://127.0.0.1:%1/flags (delay 0.5-5.0s)").arg(ports[0]));

    RawClient client;
    QVERIFY(client.connectTo(ports[0]));
    QCOMPARE(client.get("/stats").status, 200);

    process.terminate();    // SIGTERM
    QVERIFY(finishes(process));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(client.waitForDisconnected());
}

void TestServerExecutable::stopsOnSigint()
{
    QProcess process;
    QStringList lines;
    const QList<quint16> ports = startAndReadPorts(
        process, {"--mode", "error", "--delay", "0:0", "--error-rate", "1", "--error-status", "503", "--seed", "7",
                  "--bandwidth", "50", "--max-streams", "10", "--port", "0"}, 1, &lines);
    QCOMPARE(ports.size(), 1);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("ERROR server on http://127.0.0.1:%1/flags (no delay, error rate 1, status 503, "
                            "bandwidth 50 kB/s, at most 10 HTTP/2 streams a connection, seed 7, also on [::1])").arg(ports[0]));
    RawClient client;
    QVERIFY(client.connectTo(ports[0]));
    QCOMPARE(client.get("/flags/br/br.gif").status, 503);

    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(finishes(process));
    QCOMPARE(process.exitCode(), 0);
}

void TestServerExecutable::verboseLogsOneLinePerRequest()
{
    TempDataSet data;
    QProcess process;
    const QList<quint16> ports = startAndReadPorts(
        process, {"--port", "0", "--bind", "127.0.0.1", "--root", data.root(), "-v"});
    QCOMPARE(ports.size(), 1);
    RawClient client;
    QVERIFY(client.connectTo(ports[0]));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);
    QCOMPARE(client.get("/flags/zz/zz.gif").status, 404);
    process.terminate();
    QVERIFY(finishes(process));
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QStringLiteral("BR 200\nZZ 404\n"));
}

// The issue's example: faults in error mode with no errors; the ready line,
// the log and /stats say what was done.
void TestServerExecutable::faultsApplyInErrorModeToo()
{
    QProcess process;
    QStringList lines;
    const QList<quint16> ports = startAndReadPorts(
        process, {"--mode", "error", "--delay", "0:0", "--error-rate", "0", "--faults", "garbage,Reset,garbage",
                  "--fault-rate", "1", "--seed", "3", "--port", "0", "--bind", "127.0.0.1", "-v"}, 1, &lines);
    QCOMPARE(ports.size(), 1);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("ERROR server on http://127.0.0.1:%1/flags (no delay, error rate 0, status 418, "
                            "faults garbage+reset at rate 1, seed 3)").arg(ports[0]));
    RawClient client;
    QVERIFY(client.connectTo(ports[0]));
    QCOMPARE(client.get("/flags/br/metadata.json").status, 200);   // never faulty
    RawClient faulty;
    QVERIFY(faulty.connectTo(ports[0]));
    faulty.send(rawRequest("GET", "/flags/br/br.gif"));
    faulty.waitForDisconnected(2000);      // a reset, or garbage on an open connection
    const QJsonObject stats = QJsonDocument::fromJson(client.get("/stats").body).object();
    const QJsonObject faults = stats.value(u"faults").toObject();
    QCOMPARE(faults.value(u"garbage").toInt() + faults.value(u"reset").toInt(), 1);
    process.terminate();
    QVERIFY(finishes(process));
    const QString log = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(log.contains(QRegularExpression(QStringLiteral("^BR fault: (garbage|reset)$"),
                                             QRegularExpression::MultilineOption)), qPrintable(log));
}

void TestServerExecutable::busyPortExitsWithMessage()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());
    QProcess process;
    process.start(serverProgram(), {"--port", port, "--bind", "127.0.0.1"});
    QVERIFY(finishes(process));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             QStringLiteral("flaglab-server: error: port %1 on 127.0.0.1 is already in use\n").arg(port));
}

void TestServerExecutable::explicitBindFailureIsFatal()
{
    QProcess process;
    process.start(serverProgram(), {"--port", "0", "--bind", "127.0.0.1", "--bind", "192.0.2.1"});   // TEST-NET-1
    QVERIFY(finishes(process));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("address 192.0.2.1 is not available on this machine"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

// The book's ports, moved with --base-port to three free ones (8000-8002 may
// be taken on this machine): each server answers on its own port.
void TestServerExecutable::bookStartsThreeServers()
{
    const quint16 base = flaglab::test::freeBasePort();
    QVERIFY2(base != 0, "no three free consecutive ports on loopback");
    qInfo("base port %u", base);
    QProcess process;
    QStringList lines;
    const QList<quint16> ports = startAndReadPorts(
        process, {"--book", "--base-port", QString::number(base), "--bind", "127.0.0.1", "--delay", "0:0"}, 3, &lines);
    QVERIFY2(ports.size() == 3, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(ports, QList<quint16>({base, quint16(base + 1), quint16(base + 2)}));
    QCOMPARE(lines, QStringList({QStringLiteral("LOCAL server on http://127.0.0.1:%1/flags").arg(base),
                                 QStringLiteral("DELAY server on http://127.0.0.1:%1/flags (no delay)").arg(base + 1),
                                 QStringLiteral("ERROR server on http://127.0.0.1:%1/flags (no delay, "
                                                "error rate 0.25, status 418)").arg(base + 2)}));
    // Each one listens where its line says, and is the mode the line names.
    const QStringList modes{QStringLiteral("local"), QStringLiteral("delay"), QStringLiteral("error")};
    for (int i = 0; i < 3; ++i) {
        RawClient client;
        QVERIFY2(client.connectTo(quint16(base + i)), qPrintable(QString::number(base + i)));
        const RawResponse stats = client.get("/stats");
        QCOMPARE(stats.status, 200);
        QCOMPARE(QJsonDocument::fromJson(stats.body).object().value(u"mode").toString(), modes.at(i));
    }
    process.terminate();
    QVERIFY(finishes(process));
    QCOMPARE(process.exitCode(), 0);

    // The book's defaults are unchanged without the option (not started: 8000 may be taken).
    QProcess help;
    help.start(serverProgram(), {QStringLiteral("--help")});
    QVERIFY(finishes(help));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("--base-port <N>")), qPrintable(text));
}

// Without --book, the base port gives each mode its book port from there.
void TestServerExecutable::basePortMovesOneServer()
{
    const quint16 base = flaglab::test::freeBasePort();
    QVERIFY(base != 0);
    QProcess process;
    const QList<quint16> ports =
        startAndReadPorts(process, {"--mode", "delay", "--base-port", QString::number(base), "--bind", "127.0.0.1"});
    QCOMPARE(ports, QList<quint16>{quint16(base + 1)});
    process.terminate();
    QVERIFY(finishes(process));
}

QTEST_GUILESS_MAIN(TestServerExecutable)
#include "tst_serverexecutable.moc"
