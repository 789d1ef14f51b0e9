#include "engine/requestrecord.h"
#include "engine/runconfig.h"
#include "flags2/textreport.h"

#include <QTest>

using namespace flaglab;

class TestTextReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initialReportAsTheBook()
    {
        QStringList codes;
        for (int i = 0; i < 100; ++i)
            codes << QStringLiteral("C%1").arg(i);
        codes.first() = QStringLiteral("AD");
        codes.last() = QStringLiteral("LK");
        QCOMPARE(initialReport(QStringLiteral("ERROR"), QStringLiteral("http://localhost:8002/flags"), codes, 100),
                 (QStringList{"ERROR site: http://localhost:8002/flags", "Searching for 100 flags: from AD to LK",
                              "100 concurrent connections will be used."}));
    }

    // HTTP/2 counts requests and the connections that carry them; over
    // HTTP/1.1 (also on https, where --http1 forbids ALPN's HTTP/2) the book's line stands.
    void headerLineCountsHonestConnections_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("http2");
        QTest::addColumn<bool>("threads");
        QTest::addColumn<int>("actualReq");
        QTest::addColumn<QString>("line");
        QTest::newRow("HTTP/1.1") << "http://h/flags" << false << false << 100 << "100 concurrent connections will be used.";
        QTest::newRow("HTTP/1.1 over https") << "https://h/flags" << false << false << 100
                                             << "100 concurrent connections will be used.";
        QTest::newRow("HTTP/1.1, one") << "http://h/flags" << false << false << 1 << "1 connection will be used.";
        QTest::newRow("h2c 100") << "http://h/flags" << true << false << 100
                                 << "100 concurrent requests will be used over 1 connection.";
        QTest::newRow("h2c 194") << "http://h/flags" << true << false << 194
                                 << "194 concurrent requests will be used over 2 connections.";
        QTest::newRow("h2c one") << "http://h/flags" << true << false << 1 << "1 concurrent request will be used over 1 connection.";
        QTest::newRow("h2 threads") << "http://h/flags" << true << true << 20
                                    << "20 concurrent requests will be used over 20 connections.";
        QTest::newRow("h2 by ALPN") << "https://h/flags" << true << false << 100
                                    << "100 concurrent requests will be used over 1 connection, if the server agrees to HTTP/2.";
    }

    void headerLineCountsHonestConnections()
    {
        QFETCH(QString, url);
        QFETCH(bool, http2);
        QFETCH(bool, threads);
        QFETCH(int, actualReq);
        QFETCH(QString, line);
        RunConfig config;
        config.baseUrl = QUrl(url);
        config.protocol = http2 ? RunConfig::Protocol::Http2 : RunConfig::Protocol::Http1;
        config.model = threads ? RunConfig::Model::Threads : RunConfig::Model::EventLoop;
        const QStringList lines = initialReport(QStringLiteral("LOCAL"), url, {QStringLiteral("BR")}, actualReq,
                                                http2Plan(config, actualReq));
        QCOMPARE(lines.at(2), line);
    }

    void fewCodesListed()
    {
        const QStringList lines = initialReport(QStringLiteral("LOCAL"), QStringLiteral("u"),
                                                {QStringLiteral("BR"), QStringLiteral("CN")}, 2);
        QCOMPARE(lines.at(1), QStringLiteral("Searching for 2 flags: BR, CN"));
        const QStringList one = initialReport(QStringLiteral("LOCAL"), QStringLiteral("u"), {QStringLiteral("BR")}, 1);
        QCOMPARE(one.at(1), QStringLiteral("Searching for 1 flag: BR"));
        QCOMPARE(one.at(2), QStringLiteral("1 connection will be used."));
        QStringList ten;
        for (int i = 0; i < 10; ++i)
            ten << QStringLiteral("A%1").arg(QChar(u'A' + i));
        QCOMPARE(initialReport({}, {}, ten, 5).at(1), QStringLiteral("Searching for 10 flags: ") + ten.join(QStringLiteral(", ")));
    }

    void finalReportAsTheBook()
    {
        RunCounts counts;
        counts.ok = 52;
        counts.errors = 48;
        QCOMPARE(finalReport(counts, 3.3112),
                 (QStringList{"--------------------", " 52 flags downloaded.", " 48 errors.", "Elapsed time: 3.31s"}));
        counts = RunCounts{};
        counts.ok = 150;
        counts.notFound = 361;
        counts.errors = 165;
        QCOMPARE(finalReport(counts, 7.46),
                 (QStringList{"--------------------", "150 flags downloaded.", "361 not found.", "165 errors.",
                              "Elapsed time: 7.46s"}));
    }

    void finalReportSingularsAndZeros()
    {
        RunCounts counts;
        counts.ok = 1;
        counts.errors = 1;
        QCOMPARE(finalReport(counts, 0.004),
                 (QStringList{"--------------------", "  1 flag downloaded.", "  1 error.", "Elapsed time: 0.00s"}));
        counts = RunCounts{};
        QCOMPARE(finalReport(counts, 1), (QStringList{"--------------------", "  0 flags downloaded.", "Elapsed time: 1.00s"}));
        counts.cancelled = 7;
        QCOMPARE(finalReport(counts, 1).at(2), QStringLiteral("  7 cancelled."));
    }

    void verboseLines()
    {
        RequestRecord r;
        r.cc = QStringLiteral("BR");
        r.outcome = Outcome::Ok;
        QCOMPARE(verboseLine(r), QStringLiteral("BR OK"));
        r.cc = QStringLiteral("ZZ");
        r.outcome = Outcome::NotFound;
        r.error = QStringLiteral("not found: http://localhost:8000/flags/zz/zz.gif");
        QCOMPARE(verboseLine(r), QStringLiteral("ZZ not found: http://localhost:8000/flags/zz/zz.gif"));
        r.cc = QStringLiteral("AF");
        r.outcome = Outcome::Error;
        r.error = QStringLiteral("HTTP error 418 - I'm a Teapot");
        QCOMPARE(verboseLine(r), QStringLiteral("AF error: HTTP error 418 - I'm a Teapot"));
    }
};

QTEST_GUILESS_MAIN(TestTextReport)
#include "tst_textreport.moc"
