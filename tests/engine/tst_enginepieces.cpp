// The engine's small parts: body checks, safe file names, the manager pool.

#include "saving/bodycheck.h"
#include "saving/destinationcheck.h"
#include "saving/filesaver.h"
#include "engine/managerpool.h"
#include "saving/safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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
                                                  QByteArray("GIF89a"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("GIF89a"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("new/sub"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("BR.gif")});
        QVERIFY(FileSaver::writeFile(dir.path(), QStringLiteral("../escape.gif"), "x", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("unsafe file name")));
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
};

QTEST_GUILESS_MAIN(TestEnginePieces)
#include "tst_enginepieces.moc"
