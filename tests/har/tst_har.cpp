// HAR 1.2 out (flaglab-cli --har, harFromReport) and any recorded run in
// (RunImport): the spec's required fields and types, a round trip that keeps
// counts and timings, a browser's HAR, and input that must be refused.

#include "engine/downloadengine.h"
#include "engine/runreport.h"
#include "har/harexport.h"
#include "har/harimport.h"
#include "harspec.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace flaglab;
using flaglab::test::TestServer;
using flaglab::test::harSpecProblems;

namespace {

const char *const kPhases[] = {"started_s", "connecting_s", "connected_s", "first_byte_s", "finished_s"};

QJsonObject engineReport(const QStringList &codes, int concurrency)
{
    TestServer server(TestServer::slow(50));
    QTemporaryDir dest;
    DownloadEngine engine;
    RunConfig run;
    run.baseUrl = server.baseUrl();
    run.codes = codes;
    run.concurrency = concurrency;
    run.destination = dest.path();
    QSignalSpy finished(&engine, &DownloadEngine::finished);
    if (!engine.start(run) || !finished.wait(20000))
        return {};
    return runReportJson(engine);
}

// A code retried once: its failed first attempt, then the one that counted.
QJsonObject retriedReport()
{
    const QJsonObject retried{
        {"cc", "BR"}, {"status", "OK"}, {"http_status", 200}, {"http_reason", "OK"}, {"error", QJsonValue()},
        {"bytes", 7000}, {"url", "http://127.0.0.1:9/flags/br/br.gif"}, {"saved_as", "/tmp/BR.gif"}, {"attempts", 2},
        {"started_s", 1.5}, {"connecting_s", 1.501}, {"connected_s", 1.502}, {"first_byte_s", 1.6},
        {"finished_s", 1.7}, {"content_type", "image/gif"},
        {"earlier_attempts", QJsonArray{QJsonObject{{"started_s", 0.001}, {"ended_s", 0.2},
                                                    {"error", "HTTP error 503 - Service Unavailable"}}}}};
    const QJsonObject neverStarted{
        {"cc", "CN"}, {"status", "CANCELLED"}, {"http_status", QJsonValue()}, {"error", "cancelled before it started"},
        {"bytes", 0}, {"url", "http://127.0.0.1:9/flags/cn/cn.gif"}, {"attempts", 0}, {"started_s", QJsonValue()},
        {"connecting_s", QJsonValue()}, {"connected_s", QJsonValue()}, {"first_byte_s", QJsonValue()},
        {"finished_s", 1.8}};
    return {{"server", "LOCAL"}, {"base_url", "http://127.0.0.1:9/flags"}, {"started_at", "2026-12-06T10:00:00.000Z"},
            {"requested", 2}, {"ok", 1}, {"not_found", 0}, {"errors", 0}, {"cancelled", 1}, {"elapsed_s", 1.8},
            {"concurrency", 1}, {"requests", QJsonArray{retried, neverStarted}}};
}

std::optional<ImportedRun> importJson(const QJsonObject &object, QString *error)
{
    return RunImport::fromData(QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

} // namespace

class TestHar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportFollowsTheSpec()
    {
        const QJsonObject report = engineReport({"BR", "CN", "ZZ"}, 2);
        QVERIFY(!report.isEmpty());
        const QJsonObject har = harFromReport(report);
        const QStringList problems = harSpecProblems(har);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        const QJsonObject log = har.value(u"log").toObject();
        QCOMPARE(log.value(u"creator").toObject().value(u"name").toString(), QStringLiteral("FlagLab"));
        const QJsonArray entries = log.value(u"entries").toArray();
        QCOMPARE(entries.size(), 3);
        // Every code was asked for when the run started: the wait for a slot is "blocked".
        const QString runStart = QDateTime::fromString(report.value(u"started_at").toString(), Qt::ISODateWithMs)
                                     .toString(Qt::ISODateWithMs);
        for (const QJsonValue &e : entries)
            QCOMPARE(e.toObject().value(u"startedDateTime").toString(), runStart);
        const QJsonObject zz = entries.at(2).toObject();
        QCOMPARE(zz.value(u"response").toObject().value(u"status").toInt(), 404);
        QCOMPARE(zz.value(u"_flaglab").toObject().value(u"outcome").toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(zz.value(u"_flaglab").toObject().value(u"cc").toString(), QStringLiteral("ZZ"));
        // With 2 slots, the third code waited for one: it was blocked at least one 50 ms answer long.
        QVERIFY(zz.value(u"timings").toObject().value(u"blocked").toDouble() >= 49);
    }

    void failuresAndRetriesFollowTheSpec()
    {
        const QJsonObject har = harFromReport(retriedReport());
        const QStringList problems = harSpecProblems(har);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        const QJsonArray entries = har.value(u"log").toObject().value(u"entries").toArray();
        QCOMPARE(entries.size(), 3);      // BR's two attempts, CN
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(u"response").toObject().value(u"status").toInt(), 0);
        QCOMPARE(first.value(u"response").toObject().value(u"_error").toString(),
                 QStringLiteral("HTTP error 503 - Service Unavailable"));
        QCOMPARE(first.value(u"startedDateTime").toString(), QStringLiteral("2026-12-06T10:00:00.001Z"));
        QCOMPARE(first.value(u"time").toDouble(), 199.0);
        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(second.value(u"startedDateTime").toString(), QStringLiteral("2026-12-06T10:00:01.500Z"));
        QCOMPARE(second.value(u"timings").toObject().value(u"connect").toDouble(), 1.0);
        QCOMPARE(second.value(u"timings").toObject().value(u"wait").toDouble(), 98.0);
        const QJsonObject cn = entries.at(2).toObject();
        QCOMPARE(cn.value(u"response").toObject().value(u"_error").toString(), QStringLiteral("cancelled before it started"));
        QCOMPARE(cn.value(u"timings").toObject().value(u"blocked").toDouble(), 1800.0);
    }

    void roundTripKeepsCountsAndTimings()
    {
        const QJsonObject report = engineReport({"AD", "BR", "CN", "DE", "ZZ"}, 2);
        QString error;
        const auto back = importJson(harFromReport(report), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->source, ImportedRun::Source::FlagLabHar);
        for (const char *key : {"requested", "ok", "not_found", "errors", "cancelled", "concurrency", "max_in_flight"})
            QCOMPARE(back->report.value(QLatin1String(key)).toInt(), report.value(QLatin1String(key)).toInt());
        const QJsonArray was = report.value(u"requests").toArray();
        const QJsonArray is = back->report.value(u"requests").toArray();
        QCOMPARE(is.size(), was.size());
        for (qsizetype i = 0; i < was.size(); ++i) {
            const QJsonObject a = was.at(i).toObject(), b = is.at(i).toObject();
            for (const char *key : {"cc", "status", "url"})
                QCOMPARE(b.value(QLatin1String(key)).toString(), a.value(QLatin1String(key)).toString());
            QCOMPARE(b.value(u"http_status").toInt(), a.value(u"http_status").toInt());
            for (const char *key : kPhases) {
                const double x = a.value(QLatin1String(key)).toDouble(-1), y = b.value(QLatin1String(key)).toDouble(-1);
                QVERIFY2(std::abs(x - y) < 0.001, qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(a.value(u"cc").toString(),
                                                                                               QLatin1String(key)).arg(x).arg(y)));
            }
        }
    }

    void roundTripKeepsRetries()
    {
        QString error;
        const auto back = importJson(harFromReport(retriedReport()), &error);
        QVERIFY2(back, qPrintable(error));
        const QJsonArray requests = back->report.value(u"requests").toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject br = requests.at(0).toObject();
        QCOMPARE(br.value(u"attempts").toInt(), 2);
        const QJsonArray earlier = br.value(u"earlier_attempts").toArray();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().toObject().value(u"error").toString(), QStringLiteral("HTTP error 503 - Service Unavailable"));
        QCOMPARE(back->report.value(u"ok").toInt(), 1);
        QCOMPARE(back->report.value(u"cancelled").toInt(), 1);
    }

    void theReportItselfImports()
    {
        const QJsonObject report = engineReport({"BR", "ZZ"}, 2);
        QString error;
        const auto back = importJson(report, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->source, ImportedRun::Source::Report);
        QCOMPARE(back->report.value(u"ok").toInt(), 1);
        QCOMPARE(back->report.value(u"not_found").toInt(), 1);
    }

    void aBrowsersHar()
    {
        QString error;
        const auto run = RunImport::fromFile(QFINDTESTDATA("browser-style.har"), &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->source, ImportedRun::Source::ForeignHar);
        const QJsonObject report = run->report;
        QCOMPARE(report.value(u"requested").toInt(), 4);
        QCOMPARE(report.value(u"ok").toInt(), 2);
        QCOMPARE(report.value(u"not_found").toInt(), 1);
        QCOMPARE(report.value(u"errors").toInt(), 1);
        QCOMPARE(report.value(u"server").toString(), QStringLiteral("example.org"));
        const QJsonArray requests = report.value(u"requests").toArray();
        QStringList labels;
        for (const QJsonValue &r : requests)
            labels << r.toObject().value(u"cc").toString();
        QCOMPARE(labels, (QStringList{"example.org", "logo.gif", "missing.js", "data"}));
        // The page: blocked 2.5 + dns 10, then connect 40 (ssl inside it) and send 0.5; wait 60, receive 7.5.
        const QJsonObject page = requests.at(0).toObject();
        QCOMPARE(page.value(u"connecting_s").toDouble(), 0.0125);
        QCOMPARE(page.value(u"connected_s").toDouble(), 0.053);
        QCOMPARE(page.value(u"first_byte_s").toDouble(), 0.113);
        QCOMPARE(page.value(u"finished_s").toDouble(), 0.1205);
        // The image started 150 ms after the page, over a kept-alive connection.
        const QJsonObject logo = requests.at(1).toObject();
        QCOMPARE(logo.value(u"started_s").toDouble(), 0.15);
        QVERIFY(logo.value(u"connecting_s").isNull());
        QCOMPARE(run->bodies.value(1).left(6), QByteArray("GIF89a"));
        QCOMPARE(run->bodies.value(1).size(), 43);
        const QJsonObject refused = requests.at(3).toObject();
        QCOMPARE(refused.value(u"status").toString(), QStringLiteral("ERROR"));
        QCOMPARE(refused.value(u"error").toString(), QStringLiteral("net::ERR_CONNECTION_REFUSED"));
        QVERIFY(refused.value(u"connected_s").isNull());
        QCOMPARE(requests.at(2).toObject().value(u"error").toString(),
                 QStringLiteral("not found: https://cdn.example.net/missing.js"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        const QByteArray good = QJsonDocument(harFromReport(retriedReport())).toJson();
        QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
        QTest::newRow("not JSON") << QByteArray("GIF89a\x01\x00") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("an array") << QByteArray("[1,2]") << "neither a HAR";
        QTest::newRow("no version") << QByteArray(R"({"log":{"entries":[]}})") << "log.version is missing";
        QTest::newRow("version 2.0") << QByteArray(R"({"log":{"version":"2.0","entries":[]}})")
                                     << "HAR version '2.0' is not supported";
        QTest::newRow("no entries") << QByteArray(R"({"log":{"version":"1.2","entries":[]}})") << "has no entries";
        const QByteArray entry = R"({"startedDateTime":"2026-01-01T00:00:00Z","request":{"url":"http://x/a"},"timings":%1})";
        QTest::newRow("negative time") << QByteArray(R"({"log":{"version":"1.2","entries":[)"
                                                     + QByteArray(entry).replace("%1", R"({"send":0,"wait":-5,"receive":0})")
                                                     + "]}}")
                                       << "entry 1: timings.wait is -5 ms: negative";
        QTest::newRow("a year long") << QByteArray(R"({"log":{"version":"1.2","entries":[)"
                                                   + QByteArray(entry).replace("%1", R"({"send":0,"wait":3.2e10,"receive":0})")
                                                   + "]}}")
                                     << "over a day";
        QTest::newRow("a date that is not") << QByteArray(R"({"log":{"version":"1.2","entries":[{"startedDateTime":"soon"}]}})")
                                            << "entry 1: startedDateTime 'soon' is not a date";
        QByteArray million = R"({"log":{"version":"1.2","entries":[{})";
        million += QByteArray(",{}").repeated(999999);
        million += "]}}";
        QTest::newRow("a million entries") << million << "1000000 entries: more than the 100000";
        QTest::newRow("a report with a bad status") << QByteArray(R"({"requests":[{"cc":"BR","status":"FINE"}]})")
                                                    << "request 1: status 'FINE' is not one of";
        QTest::newRow("a report with a negative time")
            << QByteArray(R"({"requests":[{"cc":"BR","status":"OK","finished_s":-3}]})")
            << "request 1: finished_s is not a time";
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!RunImport::fromData(data, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // A 2 GB file (sparse: it takes no disk) is refused before it is read.
    void aHugeFileIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(2LL * 1024 * 1024 * 1024));
        file.close();
        QString error;
        QVERIFY(!RunImport::fromFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("over the 128 MB")), qPrintable(error));
        QVERIFY(!RunImport::fromFile(dir.filePath(QStringLiteral("missing.har")), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
