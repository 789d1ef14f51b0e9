#include "progressbar.h"

#include <QTest>

#include <cstdio>
#include <cstdlib>

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

    // Ctrl-C after 9 of 194: the bar stays at 9, as tqdm leaves an interrupted
    // bar, and says it stopped; no time-left guess, no full bar.
    void aStoppedBarStaysWhereItStopped()
    {
        const QString line = ProgressBar::render(9, 194, 1.0, 80, true);
        QVERIFY2(line.startsWith(QStringLiteral("  4%|█")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("| 9/194 [00:01<?, 9.00it/s, stopped]")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("|█▊ ")), qPrintable(line));
        QCOMPARE(line.size(), 79);
        QVERIFY(!ProgressBar::render(194, 194, 1.0, 80).contains(QStringLiteral("stopped")));
    }

    void stopDrawsTheStoppedLineAndEndsIt()
    {
        char *buffer = nullptr;
        size_t size = 0;
        FILE *stream = ::open_memstream(&buffer, &size);
        QVERIFY(stream);
        {
            ProgressBar bar(194, stream);
            bar.update(9);
            bar.stop(9);
        }
        std::fclose(stream);
        const QString written = QString::fromUtf8(buffer, qsizetype(size));
        std::free(buffer);
        const QString last = written.section(u'\r', -1);
        QVERIFY2(last.startsWith(QStringLiteral("  4%|")), qPrintable(written));
        QVERIFY2(last.contains(QStringLiteral("| 9/194 [00:00<?, ")), qPrintable(written));
        QVERIFY2(last.endsWith(QStringLiteral("it/s, stopped]\n")), qPrintable(written));
        QVERIFY(!written.contains(QStringLiteral("194/194")));
    }
};

QTEST_GUILESS_MAIN(TestProgressBar)
#include "tst_progressbar.moc"
