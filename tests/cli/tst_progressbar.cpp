#include "progressbar.h"

#include <QTest>

using namespace flaglab;

class TestProgressBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void looksLikeTqdm()
    {
        const QString line = ProgressBar::render(100, 100, 3.28, 80);
        QVERIFY2(line.startsWith(QStringLiteral("100%|████")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("| 100/100 [00:03<00:00, 30.49it/s]")), qPrintable(line));
        QCOMPARE(line.size(), 79);
    }

    void partialAndEmpty()
    {
        const QString half = ProgressBar::render(97, 194, 2.0, 80);
        QVERIFY2(half.startsWith(QStringLiteral(" 50%|")), qPrintable(half));
        QVERIFY(half.contains(QStringLiteral(" 97/194 [00:02<00:02, 48.50it/s]")));
        const QString start = ProgressBar::render(0, 676, 0.0, 80);
        QVERIFY2(start.contains(QStringLiteral("0/676 [00:00<?, 0.00it/s]")), qPrintable(start));
        QCOMPARE(start.size(), 79);
    }
};

QTEST_GUILESS_MAIN(TestProgressBar)
#include "tst_progressbar.moc"
