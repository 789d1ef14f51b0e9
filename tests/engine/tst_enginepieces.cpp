// The engine's small parts: body checks, safe file names, the manager pool.

#include "saving/bodycheck.h"
#include "saving/destinationcheck.h"
#include "saving/filesaver.h"
#include "engine/downloadengine.h"
#include "engine/managerpool.h"
#include "saving/safefilename.h"
#include "testskip.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>
#include <sys/resource.h>

using namespace flaglab;

namespace {

QByteArray gifHeader(quint16 width, quint16 height)
{
    QByteArray gif("GIF89a");
    gif.resize(13);
    qToLittleEndian<quint16>(width, gif.data() + 6);
    qToLittleEndian<quint16>(height, gif.data() + 8);
    return gif;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read)");
}

QStringList everythingIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestEnginePieces : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void imageBodies()
    {
        QCOMPARE(checkImageBody(gifHeader(320, 240), QStringLiteral("image/gif")), QString());
        QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0');
        qToBigEndian<quint32>(10, png.data() + 16);
        qToBigEndian<quint32>(10, png.data() + 20);
        QCOMPARE(checkImageBody(png, {}), QString());
        QCOMPARE(checkImageBody(QByteArray("<html><body>hi</body></html>"), QStringLiteral("text/html")),
                 QStringLiteral("body is not an image (text/html)"));
        QCOMPARE(checkImageBody({}, {}), QStringLiteral("empty body (no Content-Type), not an image"));
        QCOMPARE(checkImageBody(gifHeader(60000, 60000), QStringLiteral("image/gif")),
                 QStringLiteral("image declares 60000x60000 pixels, over the 4096x4096 limit"));
        QCOMPARE(checkImageBody(gifHeader(0, 10), {}), QStringLiteral("image declares an empty size 0x10"));
        QVERIFY(!checkImageBody(QByteArray("GIF89"), {}).isEmpty());
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Brazil" << "Brazil";
        QTest::newRow("accents kept") << "Côte d'Ivoire" << "Côte d'Ivoire";
        QTest::newRow("traversal") << "../../x" << "_.._x";
        QTest::newRow("absolute") << "/etc/passwd" << "_etc_passwd";
        QTest::newRow("backslash") << "..\\..\\x" << "_.._x";
        QTest::newRow("hidden") << ".bashrc" << "bashrc";
        QTest::newRow("control chars") << QString::fromUtf8("a\nb\tc\x01") << "a_b_c_";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("only dots") << "...." << "";
        QTest::newRow("only slashes") << "///" << "";
        QTest::newRow("long") << QString(10000, u'x') << QString(100, u'x');
    }

    void safeNames()
    {
        QFETCH(QString, input);
        QTEST(safeFileName(input), "expected");
    }

    void pathsStayInside()
    {
        QCOMPARE(pathInside(QStringLiteral("/tmp/d"), QStringLiteral("BR.gif")), QStringLiteral("/tmp/d/BR.gif"));
        QCOMPARE(pathInside(QStringLiteral("/tmp/d"), QStringLiteral("..")), QString());
        QCOMPARE(pathInside(QStringLiteral("/tmp/d"), QStringLiteral("../x")), QString());
        QCOMPARE(pathInside(QStringLiteral("/tmp/d"), QString()), QString());
    }

    void saverWritesAtomically()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = FileSaver::writeFile(dir.filePath(QStringLiteral("new/sub")), QStringLiteral("BR.gif"),
                                                  QByteArray("GIF89a"), FileSaver::Durability::Rename, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("GIF89a"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("new/sub"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("BR.gif")});
        QVERIFY(FileSaver::writeFile(dir.path(), QStringLiteral("../escape.gif"), "x",
                                         FileSaver::Durability::Rename, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("unsafe file name")));
    }

    // A second write replaces the first, with or without a sync, and no
    // temporary file stays behind.
    void saverReplacesAndLeavesNoTemporaryFile_data()
    {
        QTest::addColumn<FileSaver::Durability>("durability");
        QTest::newRow("rename") << FileSaver::Durability::Rename;
        QTest::newRow("synced") << FileSaver::Durability::Synced;
    }

    void saverReplacesAndLeavesNoTemporaryFile()
    {
        QFETCH(FileSaver::Durability, durability);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("BR.gif"));
        QCOMPARE(FileSaver::writeAtomically(path, "first flag", durability), QString());
        QCOMPARE(FileSaver::writeAtomically(path, "second", durability), QString());
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(everythingIn(dir.path()), QStringList{QStringLiteral("BR.gif")});
    }

    // A write cut short (a file size limit, as a full disk) never reaches the
    // final name: the flag there before is untouched, and the temporary file
    // it was written to is gone.
    void saverFailedWriteLeavesTheOldFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("BR.gif"));
        QCOMPARE(FileSaver::writeAtomically(path, "old flag"), QString());
        const auto previousSignal = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit previous = limit;
        limit.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        const QString error = FileSaver::writeAtomically(path, QByteArray(10000, 'x'), FileSaver::Durability::Rename);
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousSignal);
        QCOMPARE(error, QStringLiteral("File too large"));
        QCOMPARE(readAll(path), QByteArray("old flag"));
        QCOMPARE(everythingIn(dir.path()), QStringList{QStringLiteral("BR.gif")});
    }

    // The final name taken by a folder: the rename fails, the folder is left
    // as it was, and the temporary file is removed.
    void saverFailedRenameLeavesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("BR.gif/inside")));
        QString error;
        QVERIFY(FileSaver::writeFile(dir.path(), QStringLiteral("BR.gif"), "GIF89a", FileSaver::Durability::Rename,
                                     &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("cannot save %1: ").arg(dir.filePath(QStringLiteral("BR.gif")))),
                 qPrintable(error));
        QCOMPARE(everythingIn(dir.path()), QStringList{QStringLiteral("BR.gif")});
        QCOMPARE(everythingIn(dir.filePath(QStringLiteral("BR.gif"))), QStringList{QStringLiteral("inside")});
    }

    // The longest name safeFileName() gives still leaves room, within Linux's
    // 255 bytes, for the temporary name the file is written under first.
    void saverTakesTheLongestSafeName()
    {
        QTemporaryDir dir;
        const QString name = safeFileName(QString(300, QChar(0x20AC))) + QStringLiteral(".gif");   // 3-byte UTF-8
        QVERIFY(name.toUtf8().size() > 190);
        QString error;
        const QString path = FileSaver::writeFile(dir.path(), name, "GIF89a", FileSaver::Durability::Rename, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(everythingIn(dir.path()), QStringList{name});
    }

    // A missing folder is created, parents and all, and the probe leaves nothing behind.
    void destinationCheckCreatesAndCleansUp()
    {
        QTemporaryDir parent;
        const QString dest = parent.filePath(QStringLiteral("not/yet/there"));
        QCOMPARE(destinationProblem(dest), QString());
        QVERIFY(QFileInfo(dest).isDir());
        QVERIFY(QDir(dest).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(destinationProblem(dest), QString());      // and again, now that it exists
    }

    void destinationCheckNamesFolderAndReason()
    {
        QTemporaryDir parent;
        QFile file(parent.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(destinationProblem(file.fileName()),
                 QStringLiteral("cannot write to %1: Not a directory").arg(file.fileName()));
        const QString below = file.fileName() + QStringLiteral("/deeper/still");
        QCOMPARE(destinationProblem(below), QStringLiteral("cannot write to %1: Not a directory").arg(below));
        QVERIFY(QFileInfo(file.fileName()).isFile());
    }

    void poolSizeAndBalance()
    {
        QCOMPARE(ManagerPool(1, false).size(), 1);
        QCOMPARE(ManagerPool(6, false).size(), 1);
        QCOMPARE(ManagerPool(7, false).size(), 2);
        QCOMPARE(ManagerPool(1000, false).size(), 167);
        QCOMPARE(ManagerPool(1000, true).size(), 1);
        ManagerPool pool(12, false);
        QList<int> used(2, 0);
        for (int i = 0; i < 12; ++i)
            ++used[pool.acquire()];
        QCOMPARE(used, (QList<int>{6, 6}));
        pool.release(1);
        QCOMPARE(pool.acquire(), 1);
    }

    // Runs that go at once (a race's lanes) share the process's open-file
    // limit: each may fit alone and two together not. A built-in server of
    // the same process holds a second socket for each connection.
    void runsTogetherShareTheOpenFileLimit()
    {
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < 1024)
            FLAGLAB_SKIP("the hard limit on open files is under 1024");
        const rlimit previous = limit;
        limit.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
        const auto restore = qScopeGuard([&previous] { setrlimit(RLIMIT_NOFILE, &previous); });

        RunConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://localhost:8001/flags"));
        for (int i = 0; i < 676; ++i)
            config.codes << QStringLiteral("%1").arg(i, 2, 36, QLatin1Char('0')).toUpper();
        config.concurrency = 400;
        config.saveFiles = false;
        config.serverInProcess = true;
        QCOMPARE(config.openFilesNeeded(), 867);   // 400 connections, two sockets each; 67 managers' threads
        QVERIFY(RunPlan::of(config));               // with the process's 64: 931 of 1024
        QString error;
        int failed = 7;
        QVERIFY(!RunPlan::together({config, config}, &error, &failed));
        QCOMPARE(failed, -1);
        QCOMPARE(error, QStringLiteral("these 2 runs together would hold about 1798 files and sockets open at once, "
                                       "more than this system allows (1024, ulimit -n): use fewer concurrent "
                                       "requests, or raise the limit"));

        config.serverInProcess = false;             // 467 each
        const std::optional<std::vector<RunPlan>> plans = RunPlan::together({config, config}, &error, &failed);
        QVERIFY2(plans, qPrintable(error));
        QCOMPARE(plans->size(), size_t(2));
        QCOMPARE(plans->at(1).records().size(), 676);

        RunConfig wrong = config;
        wrong.concurrency = 0;
        QVERIFY(!RunPlan::together({config, wrong}, &error, &failed));
        QCOMPARE(failed, 1);
        QCOMPARE(error, QStringLiteral("concurrency must be from 1 to 1000, not 0"));
    }
};

QTEST_GUILESS_MAIN(TestEnginePieces)
#include "tst_enginepieces.moc"
