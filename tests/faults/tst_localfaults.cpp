// Local faults: the destination folder is missing, cannot be written, or the
// disk fills up mid-run (RLIMIT_FSIZE via prlimit on a flaglab-cli process,
// which must turn SIGXFSZ into a clear EFBIG error instead of dying). A folder
// that cannot be written stops the run before its first request, with the
// folder and the reason; a disk that fills up ends with a clear reason per
// code, no partial file, and a complete report. A limit on open files too
// low for the run asked stops it before its first request too: running out
// of them midway, GLib aborts the program when a network thread starts.
// prlimit and setpriv come with util-linux, an essential Debian package: a
// machine without them fails these cases rather than skipping them.

#include "engine/downloadengine.h"
#include "faultsupport.h"
#include "flagfiles.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flaglab;
using namespace flaglab::faults;
using flaglab::test::TestServer;

namespace {

// Sizes in the data set: JP 4398, PL 4587 bytes; CN 9079, BR 11439, BT 17311.
const QStringList kSmallAndLarge{QStringLiteral("BR"), QStringLiteral("BT"), QStringLiteral("CN"),
                                 QStringLiteral("JP"), QStringLiteral("PL")};

QString cliProgram()
{
    return qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab-cli");
}

struct CliResult {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

// Who runs flaglab-cli. Root gets around file permissions; as root the
// child drops to nobody (65534) with setpriv, so that the permission checks
// apply to it as to any user.
enum class As { Self, Unprivileged };

// flaglab-cli ARGS, under `prlimit LIMITS --` when limits are given (--fsize=BYTES, --nofile=N:N).
CliResult runCli(const QStringList &args, const QStringList &limits = {}, As as = As::Self)
{
    QStringList command{cliProgram()};
    command += args;
    if (!limits.isEmpty())
        command = QStringList{QStringLiteral("prlimit")} + limits + QStringList{QStringLiteral("--")} + command;
    if (as == As::Unprivileged && !permissionsApply())
        command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--")}
                  + command;
    QProcess process;
    process.setWorkingDirectory(QDir::rootPath());      // one that nobody may enter too
    process.start(command.constFirst(), command.mid(1));
    if (!process.waitForStarted(10000))
        return {-1, QProcess::CrashExit, {}, QStringLiteral("cannot start %1: %2").arg(command.constFirst(), process.errorString())};
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Who can read, and enter, each folder from / down to path (for nobody's run).
bool everyoneCanReach(const QString &path, QString *problem)
{
    QFileInfo info(path);
    for (QString at = info.absoluteFilePath(); !at.isEmpty(); at = QFileInfo(at).absolutePath()) {
        const QFileInfo step(at);
        const QFile::Permissions needed = QFile::ReadOther | QFile::ExeOther;     // a folder to enter, the program to run
        if ((step.permissions() & needed) != needed) {
            *problem = QStringLiteral("%1 is not open to other users (nobody must run %2)").arg(at, path);
            return false;
        }
        if (at == u"/")
            break;
    }
    return true;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestLocalFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void missingDestinationIsCreated();
    void destinationUnderARegularFile();
    void destinationIsARegularFile();
    void destinationNotWritable();
    void diskFullMidRun();
    void diskFullForTheReportToo();
    void tooFewOpenFilesForTheRun();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestLocalFaults::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    if (!permissionsApply())
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(), "setpriv (util-linux) is not installed");
}

void TestLocalFaults::missingDestinationIsCreated()
{
    QTemporaryDir parent;
    const QString dest = parent.filePath(QStringLiteral("not/yet/there"));
    DownloadEngine engine;
    QVERIFY(runToEnd(engine, configFor(m_server->baseUrl(), kSmallAndLarge, 5, dest)));
    QVERIFY(accountedForOnce(engine));
    QCOMPARE(engine.counts().ok, 5);
    QCOMPARE(entriesIn(dest), (QStringList{"BR.gif", "BT.gif", "CN.gif", "JP.gif", "PL.gif"}));
}

namespace {

// The run is refused before its first request, with the folder and the reason.
bool refusedBeforeAnyRequest(const QString &dest, const QString &reason, TestServer &server)
{
    DownloadEngine engine;
    QString error;
    const qint64 requestsBefore = server.stats().requests;
    if (engine.start(configFor(server.baseUrl(), kSmallAndLarge, 5, dest), &error)) {
        qWarning() << "started, writing to" << dest;
        return false;
    }
    const QString expected = QStringLiteral("cannot write to %1: %2").arg(dest, reason);
    if (error != expected || engine.isRunning() || server.stats().requests != requestsBefore) {
        qWarning() << "got" << error << "wanted" << expected;
        return false;
    }
    return true;
}

} // namespace

void TestLocalFaults::destinationUnderARegularFile()
{
    QTemporaryDir parent;
    QFile blocker(parent.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString dest = blocker.fileName() + QStringLiteral("/flags");
    QVERIFY(refusedBeforeAnyRequest(dest, QStringLiteral("Not a directory"), *m_server));
    QCOMPARE(entriesIn(parent.path()), QStringList{QStringLiteral("a-file")});
    DownloadEngine engine;
    QVERIFY(followUpRunSucceeds(engine));
}

void TestLocalFaults::destinationIsARegularFile()
{
    QTemporaryDir parent;
    const QString dest = parent.filePath(QStringLiteral("flags"));
    QFile file(dest);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("not a folder") > 0);
    file.close();
    QVERIFY(refusedBeforeAnyRequest(dest, QStringLiteral("Not a directory"), *m_server));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a folder"));   // untouched
}

// A read-only folder (555). As root, whom no permission stops, the run is
// flaglab-cli as nobody: the same case, wherever the tests run.
void TestLocalFaults::destinationNotWritable()
{
    QString problem;
    QVERIFY2(everyoneCanReach(cliProgram(), &problem), qPrintable(problem));
    QTemporaryDir work;
    const QFile::Permissions readAndEnter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                            | QFile::ReadOther | QFile::ExeOther;
    const QFile::Permissions everything = readAndEnter | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    QVERIFY(QFile::setPermissions(work.path(), everything));     // the report goes here, whoever runs
    const QString dest = work.filePath(QStringLiteral("read-only"));
    const QString json = work.filePath(QStringLiteral("report.json"));
    QVERIFY(QDir().mkdir(dest));
    QVERIFY(QFile::setPermissions(dest, readAndEnter));      // 555
    const QStringList args = QStringList{QStringLiteral("-s"), m_server->baseUrl().toString(), QStringLiteral("-v"),
                                         QStringLiteral("--dest"), dest, QStringLiteral("--json"), json}
                             + kSmallAndLarge;

    // Refused before the first request, with the folder and the reason.
    const qint64 requestsBefore = m_server->stats().requests;
    const CliResult denied = runCli(args, {}, As::Unprivileged);
    QCOMPARE(denied.exitCode, 1);
    QCOMPARE(denied.err, QStringLiteral("flaglab-cli: cannot write to %1: Permission denied\n").arg(dest));
    QCOMPARE(m_server->stats().requests, requestsBefore);
    QVERIFY(entriesIn(dest).isEmpty());     // not even the probe file

    // Writable again: the same user saves all five, whole.
    QVERIFY(QFile::setPermissions(dest, everything));
    const CliResult allowed = runCli(args, {}, As::Unprivileged);
    QVERIFY2(allowed.out.contains(QStringLiteral("\n  5 flags downloaded.\n")), qPrintable(allowed.out + allowed.err));
    QCOMPARE(entriesIn(dest), (QStringList{"BR.gif", "BT.gif", "CN.gif", "JP.gif", "PL.gif"}));
    QVERIFY2(flaglab::test::flagFilesAreWhole(dest, &problem), qPrintable(problem));
    QCOMPARE(readJson(json).value(u"ok").toInt(), 5);
}

// A file size limit of 8000 bytes: JP and PL fit, BR, BT and CN do not.
void TestLocalFaults::diskFullMidRun()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty(), "prlimit (util-linux) is not installed");
    QTemporaryDir work;
    const QString dest = work.filePath(QStringLiteral("flags"));
    const QString json = work.filePath(QStringLiteral("report.json"));
    const QStringList args = QStringList{QStringLiteral("-s"), m_server->baseUrl().toString(), QStringLiteral("-v"),
                                         QStringLiteral("--dest"), dest, QStringLiteral("--json"), json}
                             + kSmallAndLarge;
    const CliResult full = runCli(args, {QStringLiteral("--fsize=8000")});
    QCOMPARE(full.exitStatus, QProcess::NormalExit);    // not killed by SIGXFSZ
    QCOMPARE(full.exitCode, 0);
    for (const QString &cc : {QStringLiteral("JP"), QStringLiteral("PL")})
        QVERIFY2(full.out.contains(QStringLiteral("\n%1 OK\n").arg(cc)), qPrintable(full.out));
    for (const QString &cc : {QStringLiteral("BR"), QStringLiteral("BT"), QStringLiteral("CN")}) {
        const QString line = QStringLiteral("\n%1 error: cannot save %2: File too large\n")
                                 .arg(cc, QDir(dest).absoluteFilePath(cc + QStringLiteral(".gif")));
        QVERIFY2(full.out.contains(line), qPrintable(full.out));
    }
    QVERIFY2(full.out.contains(QStringLiteral("\n  2 flags downloaded.\n  3 errors.\n")), qPrintable(full.out));
    QCOMPARE(entriesIn(dest), (QStringList{"JP.gif", "PL.gif"}));    // no partial or temporary file
    const QJsonObject report = readJson(json);
    QCOMPARE(report.value(u"requested").toInt(), 5);
    QCOMPARE(report.value(u"ok").toInt(), 2);
    QCOMPARE(report.value(u"errors").toInt(), 3);
    QCOMPARE(report.value(u"requests").toArray().size(), 5);

    // The same run with room to spare: all five.
    const CliResult roomy = runCli(args);
    QCOMPARE(roomy.exitCode, 0);
    QVERIFY2(roomy.out.contains(QStringLiteral("\n  5 flags downloaded.\n")), qPrintable(roomy.out));
    QCOMPARE(entriesIn(dest), (QStringList{"BR.gif", "BT.gif", "CN.gif", "JP.gif", "PL.gif"}));
}

// At 4000 bytes nothing fits, not even the JSON report: the text report
// still comes, complete, and the exit status says the report was lost.
void TestLocalFaults::diskFullForTheReportToo()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty(), "prlimit (util-linux) is not installed");
    QTemporaryDir work;
    const QString dest = work.filePath(QStringLiteral("flags"));
    const QString json = work.filePath(QStringLiteral("report.json"));
    const CliResult full = runCli({QStringLiteral("-s"), m_server->baseUrl().toString(), QStringLiteral("-al"),
                                   QStringLiteral("20"), QStringLiteral("-m"), QStringLiteral("20"),
                                   QStringLiteral("--dest"), dest, QStringLiteral("--json"), json},
                                  {QStringLiteral("--fsize=4000")});
    QCOMPARE(full.exitStatus, QProcess::NormalExit);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.out.contains(QStringLiteral("\n--------------------\n  0 flags downloaded.\n 20 errors.\nElapsed time: ")), qPrintable(full.out));
    QCOMPARE(full.err, QStringLiteral("flaglab-cli: cannot write %1: File too large\n").arg(json));
    QVERIFY(entriesIn(dest).isEmpty());
    QCOMPARE(entriesIn(work.path()), QStringList{QStringLiteral("flags")});     // no report, no temporary file
}

// -e -m 1000 over HTTP/1.1 holds 676 sockets and 113 network threads' wakeups
// (806 descriptors at its peak, measured): under a limit of 256 it is refused
// at once, with the reason, instead of GLib aborting the program halfway. A
// run that fits goes ahead under the same limit.
void TestLocalFaults::tooFewOpenFilesForTheRun()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty(), "prlimit (util-linux) is not installed");
    QTemporaryDir work;
    const QString dest = work.filePath(QStringLiteral("flags"));
    const QStringList limit{QStringLiteral("--nofile=256:256")};
    const CliResult refused = runCli({QStringLiteral("-s"), m_server->baseUrl().toString(), QStringLiteral("-e"),
                                      QStringLiteral("-m"), QStringLiteral("1000"), QStringLiteral("--dest"), dest},
                                     limit);
    QCOMPARE(refused.exitStatus, QProcess::NormalExit);
    QCOMPARE(refused.exitCode, 1);
    const QString reason = QStringLiteral("flaglab-cli: this run would hold about 853 files and sockets open at "
                                          "once, more than this system allows (256, ulimit -n)");
    QVERIFY2(refused.err.startsWith(reason), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(dest));

    const CliResult fits = runCli({QStringLiteral("-s"), m_server->baseUrl().toString(), QStringLiteral("-al"),
                                   QStringLiteral("40"), QStringLiteral("-m"), QStringLiteral("40"),
                                   QStringLiteral("--dest"), dest},
                                  limit);
    QCOMPARE(fits.exitCode, 0);
    QVERIFY2(fits.out.contains(QStringLiteral("\n 40 flags downloaded.\n")), qPrintable(fits.out));
}

QTEST_GUILESS_MAIN(TestLocalFaults)
#include "tst_localfaults.moc"
