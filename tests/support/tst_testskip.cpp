// FLAGLAB_SKIP: a skip on a developer's machine, a failure in CI. The macro
// runs in a child process (this program, with FLAGLAB_TESTSKIP_CHILD set),
// whose QtTest output and exit status are what CTest would see.
#include "testskip.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

class Skipper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void skipper() { FLAGLAB_SKIP(QStringLiteral("port 8000 is taken")); }
};

class TestTestSkip : public QObject {
    Q_OBJECT

private:
    static QProcess *runChild(const QString &ci)
    {
        auto *child = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FLAGLAB_TESTSKIP_CHILD"), QStringLiteral("1"));
        if (ci.isNull())
            environment.remove(QStringLiteral("CI"));
        else
            environment.insert(QStringLiteral("CI"), ci);
        child->setProcessEnvironment(environment);
        child->setProcessChannelMode(QProcess::MergedChannels);
        child->start(QCoreApplication::applicationFilePath(), {});
        child->waitForFinished(30000);
        return child;
    }

private Q_SLOTS:
    void whatCountsAsCi_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ci");
        QTest::newRow("unset") << QString() << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
        QTest::newRow("false") << QStringLiteral("false") << false;
        QTest::newRow("0") << QStringLiteral("0") << false;
        QTest::newRow("true") << QStringLiteral("true") << true;
        QTest::newRow("TRUE") << QStringLiteral("TRUE") << true;
        QTest::newRow("1") << QStringLiteral("1") << true;
    }

    void whatCountsAsCi()
    {
        QFETCH(QString, value);
        QFETCH(bool, ci);
        const QByteArray saved = qgetenv("CI");
        const bool wasSet = qEnvironmentVariableIsSet("CI");
        if (value.isNull())
            qunsetenv("CI");
        else
            qputenv("CI", value.toUtf8());
        const bool answer = flaglab::test::inContinuousIntegration();
        if (wasSet)
            qputenv("CI", saved);
        else
            qunsetenv("CI");
        QCOMPARE(answer, ci);
    }

    void skipsOnADevelopersMachine()
    {
        std::unique_ptr<QProcess> child(runChild(QString()));
        const QString output = QString::fromUtf8(child->readAll());
        QCOMPARE(child->exitCode(), 0);
        QVERIFY2(output.contains(QStringLiteral("SKIP   : Skipper::skipper() port 8000 is taken")), qPrintable(output));
    }

    void failsInCi()
    {
        std::unique_ptr<QProcess> child(runChild(QStringLiteral("true")));
        const QString output = QString::fromUtf8(child->readAll());
        QCOMPARE(child->exitCode(), 1);
        QVERIFY2(output.contains(QStringLiteral("FAIL!  : Skipper::skipper() this case would be skipped, and CI is set: "
                                                "port 8000 is taken")),
                 qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("SKIP   :")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FLAGLAB_TESTSKIP_CHILD")) {
        Skipper skipper;
        return QTest::qExec(&skipper, argc, argv);
    }
    TestTestSkip test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_testskip.moc"
