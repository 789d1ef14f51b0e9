#include "servers/builtinservers.h"
#include "servers/serverpanel.h"

#include "flags2/serverlabels.h"
#include "freeports.h"
#include "server/serverthread.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace flaglab;

namespace {

constexpr int kDelayColumn = 1;

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestServerPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The book's ports 8000-8002 may be taken on this machine: every case
    // here runs with them moved to free ones, as `flaglab --base-port` does.
    void initTestCase()
    {
        m_base = test::freeBasePort();
        QVERIFY2(m_base != 0, "no three free consecutive ports on loopback");
        qInfo("base port %u", m_base);
        setBookBasePort(m_base);
        i18n::installTranslations(QStringLiteral("en"));    // English plurals: "1 open connection"
    }

    void theServersAndTheLabelsFollowTheBasePort()
    {
        BuiltInServers servers;
        const QList<QUrl> urls = {resolveServer(QStringLiteral("LOCAL"))->baseUrl,
                                  resolveServer(QStringLiteral("DELAY"))->baseUrl,
                                  resolveServer(QStringLiteral("ERROR"))->baseUrl};
        for (int i = 0; i < 3; ++i) {
            const auto mode = BuiltInServers::kModes[i];
            QCOMPARE(servers.port(mode), quint16(m_base + i));
            QCOMPARE(servers.config(mode).port, quint16(m_base + i));
            QCOMPARE(urls.at(i), QUrl(QStringLiteral("http://localhost:%1/flags").arg(m_base + i)));
        }
    }

    void aTakenPortIsReportedAndLeftAlone()
    {
        // Someone else serves DELAY's port already.
        ServerThread squatter;
        QString error;
        QVERIFY2(squatter.start(ServerConfig::forMode(ServerConfig::Mode::Delay), &error), qPrintable(error));
        const QString delayPort = QString::number(m_base + 1);

        BuiltInServers servers;
        servers.startAll();
        QVERIFY(!servers.isRunning(ServerConfig::Mode::Delay));
        QVERIFY2(servers.problem(ServerConfig::Mode::Delay).contains(delayPort),
                 qPrintable(servers.problem(ServerConfig::Mode::Delay)));
        QVERIFY(servers.problem(ServerConfig::Mode::Delay).contains(u"uses whatever answers"));
        for (auto mode : {ServerConfig::Mode::Local, ServerConfig::Mode::Error})
            QVERIFY2(servers.isRunning(mode) || !servers.problem(mode).isEmpty(), "running, or it says why not");

        ServerPanel panel;
        panel.setServers(&servers);
        panel.show();
        auto *table = child<QTableWidget>(panel, "statsTable");
        QCOMPARE(table->item(0, kDelayColumn)->text(), delayPort + QStringLiteral(" taken"));
        QCOMPARE(table->item(0, kDelayColumn)->toolTip(), servers.problem(ServerConfig::Mode::Delay));
        auto *problem = child<QLabel>(panel, "problemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(delayPort));
    }

    // Settings persist across restarts: a DELAY that is not the book's says so.
    void aServerThatIsNotTheBooksSaysSo()
    {
        BuiltInServers servers;
        servers.startAll();
        for (auto mode : BuiltInServers::kModes)
            QVERIFY2(servers.isRunning(mode), qPrintable(servers.problem(mode)));
        for (auto mode : BuiltInServers::kModes)
            QCOMPARE(servers.differenceFromTheBook(mode), QString());     // the book's settings
        ServerConfig delay = servers.config(ServerConfig::Mode::Delay);
        delay.delayMinMs = delay.delayMaxMs = 1000;
        servers.setConfig(ServerConfig::Mode::Delay, delay);
        QCOMPARE(servers.differenceFromTheBook(ServerConfig::Mode::Delay),
                 QStringLiteral("DELAY here waits %1 s before each answer, not the book's %2–%3 s "
                                "(Built-in servers panel).")
                     .arg(QLocale().toString(1.0), QLocale().toString(0.5), QLocale().toString(5.0)));
        ServerConfig error = servers.config(ServerConfig::Mode::Error);
        error.errorRate = 0.5;
        servers.setConfig(ServerConfig::Mode::Error, error);
        QVERIFY2(servers.differenceFromTheBook(ServerConfig::Mode::Error).contains(u"418 to 50%"),
                 qPrintable(servers.differenceFromTheBook(ServerConfig::Mode::Error)));
        servers.stopAll();
        QCOMPARE(servers.differenceFromTheBook(ServerConfig::Mode::Delay), QString());  // not ours: nothing to say
    }

    void liveStatsAndSettings()
    {
        BuiltInServers servers;
        servers.startAll();
        QVERIFY2(servers.isRunning(ServerConfig::Mode::Local), qPrintable(servers.problem(ServerConfig::Mode::Local)));
        ServerPanel panel;
        panel.setServers(&servers);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/flags/br/br.gif").arg(m_base))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
        auto *table = child<QTableWidget>(panel, "statsTable");
        for (int column = 0; column < 3; ++column)                          // where each one listens
            QCOMPARE(table->item(0, column)->text(), QString::number(m_base + column));
        QTRY_COMPARE(table->item(1, 0)->text(), QStringLiteral("1"));       // requests, polled
        QTRY_COMPARE(table->item(4, 0)->text(), QStringLiteral("1"));       // 200 OK

        // Edit DELAY: a range upside down is flagged and not applied.
        child<QTabWidget>(panel, "tabs")->setCurrentIndex(1);
        child<QComboBox>(panel, "editCombo")->setCurrentIndex(1);
        auto *minSpin = child<QDoubleSpinBox>(panel, "delayMinSpin");
        auto *maxSpin = child<QDoubleSpinBox>(panel, "delayMaxSpin");
        QVERIFY(minSpin->isEnabled());
        QVERIFY(!child<QSpinBox>(panel, "errorRateSpin")->isEnabled());     // DELAY has no errors
        maxSpin->setValue(1.0);
        QCOMPARE(servers.config(ServerConfig::Mode::Delay).delayMaxMs, 1000);
        minSpin->setValue(2.0);
        QVERIFY(child<QLabel>(panel, "settingsProblemLabel")->isVisible());
        QCOMPARE(servers.config(ServerConfig::Mode::Delay).delayMinMs, 500);
        maxSpin->setValue(3.0);
        QVERIFY(!child<QLabel>(panel, "settingsProblemLabel")->isVisible());
        QCOMPARE(servers.config(ServerConfig::Mode::Delay).delayMinMs, 2000);
        QCOMPARE(servers.config(ServerConfig::Mode::Delay).delayMaxMs, 3000);
        QCOMPARE(servers.config(ServerConfig::Mode::Delay).port, quint16(m_base + 1));   // kept

        // ERROR's error settings; LOCAL has neither delays nor errors. The
        // window shows the settings of the server chosen in the controls.
        panel.showSettingsOf(QStringLiteral("ERROR"));
        QCOMPARE(child<QComboBox>(panel, "editCombo")->currentText(), QStringLiteral("ERROR"));
        panel.showSettingsOf(QStringLiteral("REMOTE"));     // not one of ours: no change
        QCOMPARE(child<QComboBox>(panel, "editCombo")->currentText(), QStringLiteral("ERROR"));
        child<QSpinBox>(panel, "errorRateSpin")->setValue(50);
        child<QSpinBox>(panel, "seedSpin")->setValue(7);
        QCOMPARE(servers.config(ServerConfig::Mode::Error).errorRate, 0.5);
        QCOMPARE(servers.config(ServerConfig::Mode::Error).seed, std::optional<quint32>(7));
        child<QComboBox>(panel, "editCombo")->setCurrentIndex(0);
        QVERIFY(!minSpin->isEnabled());

        // Locked during a run.
        panel.setRunning(true);
        QVERIFY(!child<QGroupBox>(panel, "settingsGroup")->isEnabled());
        QVERIFY(!child<QCheckBox>(panel, "runServersCheck")->isEnabled());
        panel.setRunning(false);

        // The check box stops and starts them.
        child<QCheckBox>(panel, "runServersCheck")->setChecked(false);
        QVERIFY(!servers.anyRunning());
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("off"));
        child<QCheckBox>(panel, "runServersCheck")->setChecked(true);
        QVERIFY(servers.isRunning(ServerConfig::Mode::Local));
    }

    // Live connections beside requests in flight: 10 HTTP/2 streams held by
    // DELAY are 10 in flight over 1 open connection; over HTTP/1.1, 6 at once
    // need 6.
    void connectionsBesideRequestsInFlight()
    {
        BuiltInServers servers;
        ServerConfig delay = servers.config(ServerConfig::Mode::Delay);
        delay.delayMinMs = delay.delayMaxMs = 60000;
        servers.setConfig(ServerConfig::Mode::Delay, delay);
        servers.startAll();
        QVERIFY2(servers.isRunning(ServerConfig::Mode::Delay), qPrintable(servers.problem(ServerConfig::Mode::Delay)));
        ServerPanel panel;
        panel.setServers(&servers);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *table = child<QTableWidget>(panel, "statsTable");
        constexpr int kInFlightRow = 2;
        constexpr int kConnectionsRow = 3;
        QCOMPARE(table->verticalHeaderItem(kConnectionsRow)->text(), QStringLiteral("Connections"));

        auto manager = std::make_unique<QNetworkAccessManager>();
        QList<QNetworkReply *> replies;
        for (const bool http2 : {true, false}) {
            for (int i = 0; i < (http2 ? 10 : 6); ++i) {
                QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/flags/br/br.gif").arg(m_base + 1)));
                request.setAttribute(QNetworkRequest::Http2DirectAttribute, http2);
                request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
                replies << manager->get(request);
            }
            if (http2) {
                QTRY_COMPARE(table->item(kInFlightRow, kDelayColumn)->text(), QStringLiteral("10 (10)"));
                QTRY_COMPARE(table->item(kConnectionsRow, kDelayColumn)->text(), QStringLiteral("1 (1)"));
            } else {
                QTRY_COMPARE(table->item(kInFlightRow, kDelayColumn)->text(), QStringLiteral("16 (16)"));
                QTRY_COMPARE(table->item(kConnectionsRow, kDelayColumn)->text(), QStringLiteral("7 (7)"));
            }
        }
        QCOMPARE(table->item(kInFlightRow, kDelayColumn)->toolTip(),
                 QStringLiteral("16 requests in flight over 7 open connections"));
        manager.reset();        // its replies and connections with it
        QTRY_COMPARE(table->item(kConnectionsRow, kDelayColumn)->text(), QStringLiteral("0 (7)"));
    }

    // Each fault a check box, with a rate, for the server chosen: its config
    // follows, the Run panel's note says so, and the live stats count the
    // faults as the server's own /stats does.
    void faultsAreTickedAndCounted()
    {
        BuiltInServers servers;
        servers.startAll();
        QVERIFY2(servers.isRunning(ServerConfig::Mode::Local), qPrintable(servers.problem(ServerConfig::Mode::Local)));
        ServerPanel panel;
        panel.setServers(&servers);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        child<QTabWidget>(panel, "tabs")->setCurrentIndex(1);
        panel.showSettingsOf(QStringLiteral("LOCAL"));
        auto *truncate = child<QCheckBox>(panel, "faultTruncateCheck");
        auto *garbage = child<QCheckBox>(panel, "faultGarbageCheck");
        auto *rate = child<QSpinBox>(panel, "faultRateSpin");
        QVERIFY(truncate->isEnabled());         // faults in every mode, LOCAL's too
        QVERIFY(!truncate->isChecked());
        QCOMPARE(rate->value(), 25);            // flaglab-server's default
        garbage->setChecked(true);
        truncate->setChecked(true);
        rate->setValue(100);
        const ServerConfig local = servers.config(ServerConfig::Mode::Local);
        QCOMPARE(local.faults, (QList<AnswerFault>{AnswerFault::Truncate, AnswerFault::Garbage}));
        QCOMPARE(local.faultRate, 1.0);
        QVERIFY(servers.config(ServerConfig::Mode::Delay).faults.isEmpty());   // one server at a time
        QVERIFY2(servers.differenceFromTheBook(ServerConfig::Mode::Local).contains(u"100% of the flag answers faulty"),
                 qPrintable(servers.differenceFromTheBook(ServerConfig::Mode::Local)));

        QNetworkAccessManager manager;
        // One at a time: a request queued on a connection the server cuts would never reach it.
        for (const char *cc : {"br", "cn", "in", "us"}) {
            std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1/flags/%2/%2.gif").arg(m_base).arg(QLatin1String(cc))))));
            QTRY_VERIFY(reply->isFinished());
        }
        QNetworkReply *statsReply = manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/stats").arg(m_base))));
        QTRY_VERIFY(statsReply->isFinished());
        const QJsonObject faults = QJsonDocument::fromJson(statsReply->readAll()).object().value(u"faults").toObject();
        delete statsReply;
        const int injected = faults.value(u"truncate").toInt() + faults.value(u"garbage").toInt();
        QCOMPARE(injected, 4);
        auto *table = child<QTableWidget>(panel, "statsTable");
        int faultsRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->verticalHeaderItem(row)->text() == u"Faults")
                faultsRow = row;
        }
        QVERIFY(faultsRow >= 0);
        QTRY_COMPARE(table->item(faultsRow, 0)->text(), QString::number(injected));
        // Each fault the server counted, by name; one it never drew is left out
        // (the two are drawn at random: all four may be one kind).
        QTRY_VERIFY(!table->item(faultsRow, 0)->toolTip().isEmpty());
        const QString tip = table->item(faultsRow, 0)->toolTip();
        for (const QString name : {QStringLiteral("truncate"), QStringLiteral("garbage")}) {
            const int count = faults.value(name).toInt();
            QVERIFY2(count > 0 ? tip.contains(QStringLiteral("%1: %2").arg(name).arg(count))
                               : !tip.contains(name + u':'),
                     qPrintable(tip));
        }
        QCOMPARE(table->item(faultsRow, 1)->text(), QStringLiteral("0"));

        truncate->setChecked(false);
        garbage->setChecked(false);
        QVERIFY(servers.config(ServerConfig::Mode::Local).faults.isEmpty());
        QCOMPARE(servers.differenceFromTheBook(ServerConfig::Mode::Local), QString());
        // Set elsewhere (a scene, the command line), they show here.
        ServerConfig stalled = servers.config(ServerConfig::Mode::Local);
        stalled.faults = {AnswerFault::Stall};
        stalled.faultRate = 0.3;
        servers.setConfig(ServerConfig::Mode::Local, stalled);
        QVERIFY(child<QCheckBox>(panel, "faultStallCheck")->isChecked());
        QVERIFY(!truncate->isChecked());
        QCOMPARE(rate->value(), 30);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("servers.ini")), QSettings::IniFormat);
        {
            BuiltInServers servers;
            ServerConfig error = servers.config(ServerConfig::Mode::Error);
            error.errorRate = 0.6;
            error.errorStatus = 503;
            error.bandwidthKBps = 100;
            error.seed = 42;
            error.faults = {AnswerFault::Stall, AnswerFault::Reset};
            error.faultRate = 0.3;
            servers.setConfig(ServerConfig::Mode::Error, error);
            servers.saveSettings(settings);
        }
        BuiltInServers restored;
        restored.restoreSettings(settings);
        const ServerConfig error = restored.config(ServerConfig::Mode::Error);
        QCOMPARE(error.errorRate, 0.6);
        QCOMPARE(error.errorStatus, 503);
        QCOMPARE(error.bandwidthKBps, 100);
        QCOMPARE(error.seed, std::optional<quint32>(42));
        QCOMPARE(error.faults, (QList<AnswerFault>{AnswerFault::Stall, AnswerFault::Reset}));
        QCOMPARE(error.faultRate, 0.3);
        QVERIFY(restored.config(ServerConfig::Mode::Local).faults.isEmpty());
        QCOMPARE(error.port, quint16(m_base + 2));
        QVERIFY(!restored.config(ServerConfig::Mode::Local).seed);
    }

private:
    quint16 m_base = 0;
};

QTEST_MAIN(TestServerPanel)
#include "tst_serverpanel.moc"
