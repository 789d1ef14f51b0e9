// HTTPS made honest (issue 14): nginx on loopback with a certificate made
// for the test, trusted through RunConfig::caCertificates (--cacert) and
// not through the system's store. Every answer says the protocol it came
// over: HTTP/1.1 by default, although Qt would negotiate HTTP/2 by ALPN,
// and HTTP/2 when asked for.
//
// Needs openssl and nginx (packaging/build-deps.txt lists nginx-light):
// without them the cases skip, which fails under CI.

#include "engine/downloadengine.h"
#include "enginerun.h"
#include "flags2/countrycodes.h"
#include "flagfiles.h"
#include "testskip.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace flaglab;
using flaglab::test::runToEnd;

namespace {

QString findProgram(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                            : onPath;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

bool runProgram(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
                    && process.exitCode() == 0;
    *output = QString::fromLocal8Bit(process.readAll());
    return ok;
}

} // namespace

class TestHttps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            FLAGLAB_SKIP("Qt has no TLS backend here");
        m_openssl = findProgram(QStringLiteral("openssl"));
        m_nginx = findProgram(QStringLiteral("nginx"));
        if (m_openssl.isEmpty() || m_nginx.isEmpty())
            FLAGLAB_SKIP("openssl and nginx are needed (apt-get install openssl nginx-light)");
        QVERIFY(m_dir.isValid());
        QString output;
        QVERIFY2(runProgram(m_openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                        QStringLiteral("-addext"),
                                        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                                        QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                                        QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))},
                            &output),
                 qPrintable(output));
        m_certificates = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(m_certificates.size(), 1);
        startNginx();
    }

    void cleanupTestCase()
    {
        if (m_server) {
            m_server->terminate();
            m_server->waitForFinished(5000);
        }
    }

    void http1ByDefault()
    {
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, config(dest.path(), RunConfig::Protocol::Http1)));
        QCOMPARE(engine.counts().ok, 194);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.httpVersion, QStringLiteral("1.1"));
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dest.path(), &problem), qPrintable(problem));
    }

    void http2WhenAskedFor()
    {
        QTemporaryDir dest;
        DownloadEngine engine;
        QVERIFY(runToEnd(engine, config(dest.path(), RunConfig::Protocol::Http2)));
        QCOMPARE(engine.counts().ok, 194);
        for (const RequestRecord &record : engine.records())
            QCOMPARE(record.httpVersion, QStringLiteral("2"));
        QString problem;
        QVERIFY2(test::flagFilesAreWhole(dest.path(), &problem), qPrintable(problem));
    }

    // The trust came from caCertificates, not from the system's store.
    void untrustedWithoutTheCertificate()
    {
        QTemporaryDir dest;
        DownloadEngine engine;
        RunConfig untrusting = config(dest.path(), RunConfig::Protocol::Http1);
        untrusting.codes = {QStringLiteral("BR")};
        untrusting.caCertificates.clear();
        QVERIFY(runToEnd(engine, untrusting));
        QCOMPARE(engine.counts().errors, 1);
        QVERIFY2(engine.records().at(0).error.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                     || engine.records().at(0).error.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(engine.records().at(0).error));
    }

private:
    RunConfig config(const QString &dest, RunConfig::Protocol protocol) const
    {
        RunConfig run = test::configFor(QUrl(QStringLiteral("https://127.0.0.1:%1/flags").arg(m_port)),
                                        allCountryCodes(), 100, dest);
        run.serverLabel = QStringLiteral("NGINX");
        run.protocol = protocol;
        run.caCertificates = m_certificates;
        return run;
    }

    void startNginx()
    {
        const QString resources = qEnvironmentVariable("FLAGLAB_SOURCE_DIR", QStringLiteral(FLAGLAB_SOURCE_DIR))
                                  + QStringLiteral("/resources");
        QVERIFY2(QFile::exists(resources + QStringLiteral("/flags/br/br.gif")), qPrintable(resources));
        m_port = freePort();
        QVERIFY(m_port != 0);
        const QString dir = m_dir.path();
        // One process (no workers to switch user to), everything in the test's folder.
        const QByteArray conf = QStringLiteral(
            "master_process off;\ndaemon off;\nerror_log %1/error.log;\npid %1/nginx.pid;\n"
            "events { worker_connections 1024; }\n"
            "http {\n  access_log off;\n  types { image/gif gif; application/json json; }\n"
            "  client_body_temp_path %1; proxy_temp_path %1; fastcgi_temp_path %1; uwsgi_temp_path %1; scgi_temp_path %1;\n"
            "  server {\n    listen 127.0.0.1:%2 ssl http2;\n    ssl_certificate %1/cert.pem;\n"
            "    ssl_certificate_key %1/key.pem;\n    root %3;\n  }\n}\n")
                                   .arg(dir).arg(m_port).arg(resources).toUtf8();
        QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conf);
        file.close();
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedChannels);
        m_server->start(m_nginx, {QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                                  QStringLiteral("-c"), file.fileName()});
        QVERIFY(m_server->waitForStarted(10000));
        const bool listening = QTest::qWaitFor([this] {
            if (m_server->state() != QProcess::Running)
                return true;
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            return socket.waitForConnected(200);
        }, 10000);
        QFile log(m_dir.filePath(QStringLiteral("error.log")));
        log.open(QIODevice::ReadOnly);
        QVERIFY2(listening && m_server->state() == QProcess::Running, log.readAll().constData());
    }

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_nginx;
    QList<QSslCertificate> m_certificates;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

QTEST_GUILESS_MAIN(TestHttps)
#include "tst_https.moc"
