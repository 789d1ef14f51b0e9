// No request ever reads a file outside the data set: traversal tricks over
// the wire, and symbolic links inside a --root directory.

#include "servertestsupport.h"

#include "server/datasetfiles.h"
#include "server/flagserver.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace flaglab;
using namespace flaglab::servertest;

namespace {

const QByteArray kSecret = "TOP SECRET: outside the data set\n";

} // namespace

class TestPathSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void traversalAttemptsAreRefused_data();
    void traversalAttemptsAreRefused();
    void symlinkedFileIsRefused();
    void symlinkedDirectoryLeadingOutsideIsRefused();
    void symlinkedDirectoryInsideRootIsServed();
    void specialFilesAreRefused();
    void lookupRefusesBadCodes();

private:
    std::unique_ptr<TempDataSet> m_outside;     // holds the secret and the root
    QString m_root;
};

// Layout: OUTSIDE/secret.txt, OUTSIDE/flags/xx/xx.gif (secret too),
// OUTSIDE/root/flags/{br,cn,in}/... served as --root.
void TestPathSafety::init()
{
    m_outside = std::make_unique<TempDataSet>(QStringList());
    QVERIFY(m_outside->isValid());
    QVERIFY(m_outside->write(QStringLiteral("secret.txt"), kSecret));
    QVERIFY(m_outside->write(QStringLiteral("CMakeLists.txt"), kSecret));
    QVERIFY(m_outside->write(QStringLiteral("flags/xx/xx.gif"), kSecret));
    m_root = m_outside->path(QStringLiteral("root"));
    for (const QString &code : {QStringLiteral("br"), QStringLiteral("cn")}) {
        QVERIFY(m_outside->write(QStringLiteral("root/flags/%1/%1.gif").arg(code), TempDataSet::gif(code)));
        QVERIFY(m_outside->write(QStringLiteral("root/flags/%1/metadata.json").arg(code), TempDataSet::metadata(code)));
    }
}

void TestPathSafety::traversalAttemptsAreRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("dot dot") << QByteArray("/flags/../CMakeLists.txt") << 404;
    QTest::newRow("dot dot twice") << QByteArray("/flags/br/../../secret.txt") << 404;
    QTest::newRow("dot dot to a gif") << QByteArray("/flags/br/../../flags/xx/xx.gif") << 404;
    QTest::newRow("encoded dots") << QByteArray("/flags/%2e%2e/CMakeLists.txt") << 404;
    QTest::newRow("encoded dots upper") << QByteArray("/flags/%2E%2E/%2E%2E/secret.txt") << 404;
    QTest::newRow("encoded slash dots") << QByteArray("/flags/br/..%2f..%2fsecret.txt") << 404;
    QTest::newRow("double encoded") << QByteArray("/flags/%252e%252e/secret.txt") << 404;
    QTest::newRow("double encoded slash") << QByteArray("/flags/br%252f..%252f..%252fsecret.txt") << 404;
    QTest::newRow("absolute") << QByteArray("//etc/passwd") << 404;
    QTest::newRow("absolute encoded") << QByteArray("/%2fetc/passwd") << 404;
    QTest::newRow("backslash") << QByteArray("/flags/br\\..\\..\\secret.txt") << 404;
    QTest::newRow("encoded backslash") << QByteArray("/flags/br%5c..%5c..%5csecret.txt") << 404;
    QTest::newRow("NUL") << QByteArray("/flags/br/br.gif%00.txt") << 404;
    QTest::newRow("dot segment") << QByteArray("/flags/./br/br.gif") << 404;
    QTest::newRow("empty segment") << QByteArray("/flags//br/br.gif") << 404;
    QTest::newRow("overlong UTF-8 dot") << QByteArray("/flags/%c0%ae%c0%ae/secret.txt") << 404;
    QTest::newRow("malformed escape") << QByteArray("/flags/%2/secret.txt") << 400;
    QTest::newRow("malformed escape at end") << QByteArray("/flags/br/br.gif%") << 400;
}

void TestPathSafety::traversalAttemptsAreRefused()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    FlagServer server(testConfig(m_root));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server.port()));
    const auto response = client.get(target);
    QVERIFY(response.received());
    QCOMPARE(response.status, status);
    QVERIFY(!response.body.contains("SECRET"));
    QCOMPARE(client.get("/flags/br/br.gif").status, 200);   // and the server is fine
}

void TestPathSafety::symlinkedFileIsRefused()
{
    QDir().mkpath(m_root + QStringLiteral("/flags/xx"));
    QVERIFY(QFile::link(m_outside->path(QStringLiteral("flags/xx/xx.gif")), m_root + QStringLiteral("/flags/xx/xx.gif")));
    // Even a link to a file inside the data set is refused: links are not followed.
    QDir().mkpath(m_root + QStringLiteral("/flags/in"));
    QVERIFY(QFile::link(m_root + QStringLiteral("/flags/br/br.gif"), m_root + QStringLiteral("/flags/in/in.gif")));

    FlagServer server(testConfig(m_root));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server.port()));
    const auto outside = client.get("/flags/xx/xx.gif");
    QCOMPARE(outside.status, 404);
    QVERIFY(!outside.body.contains("SECRET"));
    QCOMPARE(client.get("/flags/in/in.gif").status, 404);
}

void TestPathSafety::symlinkedDirectoryLeadingOutsideIsRefused()
{
    QVERIFY(QFile::link(m_outside->path(QStringLiteral("flags/xx")), m_root + QStringLiteral("/flags/xx")));
    FlagServer server(testConfig(m_root));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server.port()));
    const auto response = client.get("/flags/xx/xx.gif");
    QCOMPARE(response.status, 404);
    QVERIFY(!response.body.contains("SECRET"));
}

void TestPathSafety::symlinkedDirectoryInsideRootIsServed()
{
    // A root reached through a link is fine: the check is on canonical paths.
    const QString linkedRoot = m_outside->path(QStringLiteral("linked-root"));
    QVERIFY(QFile::link(m_root, linkedRoot));
    FlagServer server(testConfig(linkedRoot));
    QVERIFY(server.listen());
    RawClient client;
    QVERIFY(client.connectTo(server.port()));
    const auto response = client.get("/flags/br/br.gif");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, TempDataSet::gif(QStringLiteral("br")));
}

void TestPathSafety::specialFilesAreRefused()
{
    // A directory where a file should be, and a FIFO, which would block a read.
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/flags/dd/dd.gif")));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/flags/ff")));
    const QByteArray fifo = QFile::encodeName(m_root + QStringLiteral("/flags/ff/ff.gif"));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    DataSetFiles files(m_root);
    QCOMPARE(files.read(QStringLiteral("dd"), FlagFile::Image), std::nullopt);
    QCOMPARE(files.read(QStringLiteral("ff"), FlagFile::Image), std::nullopt);
}

void TestPathSafety::lookupRefusesBadCodes()
{
    DataSetFiles files(m_root);
    QCOMPARE(files.read(QStringLiteral("br"), FlagFile::Image), TempDataSet::gif(QStringLiteral("br")));
    QCOMPARE(files.read(QStringLiteral("br"), FlagFile::Metadata), TempDataSet::metadata(QStringLiteral("br")));
    for (const QString &code : {QStringLiteral("BR"), QStringLiteral("b"), QStringLiteral(".."), QStringLiteral("../br"),
                               QStringLiteral("b/"), QStringLiteral("xx"), QString()})
        QCOMPARE(files.read(code, FlagFile::Image), std::nullopt);
    QCOMPARE(DataSetFiles::relativePath(QStringLiteral("br"), FlagFile::Image), QStringLiteral("flags/br/br.gif"));
}

QTEST_GUILESS_MAIN(TestPathSafety)
#include "tst_pathsafety.moc"
