#include "engine/requestrecord.h"
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
