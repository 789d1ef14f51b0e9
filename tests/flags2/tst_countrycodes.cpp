#include "flags2/countrycodes.h"

#include <QTest>

using namespace flaglab;

class TestCountryCodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lists()
    {
        QCOMPARE(allCountryCodes().size(), 194);
        QCOMPARE(allCountryCodes().first(), QStringLiteral("AD"));
        QCOMPARE(allCountryCodes().last(), QStringLiteral("ZW"));
        QCOMPARE(pop20Codes().size(), 20);
        QCOMPARE(everyPossibleCode().size(), 676);
        for (const QString &cc : pop20Codes())
            QVERIFY2(allCountryCodes().contains(cc), qPrintable(cc));
    }

    void expansion_data()
    {
        QTest::addColumn<bool>("every");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");

        const int none = std::numeric_limits<int>::max();
        QTest::newRow("default is POP20, sorted") << false << false << QStringList{} << none << 20
                                                  << "BD" << "VN";
        QTest::newRow("POP20 cut to the limit") << false << false << QStringList{} << 5 << 5 << "BD" << "DE";
        QTest::newRow("-a") << false << true << QStringList{} << none << 194 << "AD" << "ZW";
        QTest::newRow("-al 100") << false << true << QStringList{} << 100 << 100 << "AD" << "LK";
        QTest::newRow("-e") << true << false << QStringList{} << none << 676 << "AA" << "ZZ";
        QTest::newRow("-e wins over -a") << true << true << QStringList{} << none << 676 << "AA" << "ZZ";
        QTest::newRow("-a wins over codes") << false << true << QStringList{"br"} << none << 194 << "AD" << "ZW";
        QTest::newRow("letter b is BA..BZ") << false << false << QStringList{"b"} << none << 26 << "BA" << "BZ";
        QTest::newRow("codes upper-cased, deduplicated, sorted")
            << false << false << QStringList{"us", "BR", "br", "cn"} << none << 3 << "BR" << "US";
        QTest::newRow("letter plus code overlap") << false << false << QStringList{"B", "BR", "ca"} << none << 27
                                                  << "BA" << "CA";
    }

    void expansion()
    {
        QFETCH(bool, every);
        QFETCH(bool, all);
        QFETCH(QStringList, args);
        QFETCH(int, limit);
        const ExpandedCodes result = expandCodes({every, all, args, limit});
        QVERIFY(result.ok());
        QTEST(int(result.codes.size()), "count");
        QTEST(result.codes.first(), "first");
        QTEST(result.codes.last(), "last");
        QStringList sorted = result.codes;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(result.codes, sorted);
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("arg");
        for (const char *bad : {"BRA", "1", "B1", "-", "é", "", "A B"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }

    void badArguments()
    {
        QFETCH(QString, arg);
        const ExpandedCodes result = expandCodes({false, false, {QStringLiteral("BR"), arg}});
        QCOMPARE(result.error, QStringLiteral("*** Usage error: each CC argument must be A to Z or AA to ZZ."));
        QVERIFY(result.codes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
