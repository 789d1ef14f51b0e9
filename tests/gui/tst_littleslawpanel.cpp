// The Little's law panel: L next to λ·W, and what it says of their match.
#include "labhistory/littleslawpanel.h"

#include <QLayout>
#include <QTest>

using namespace flaglab;

namespace {

RequestRecord request(double start, double finish)
{
    RequestRecord r;
    r.startedNs = r.sentNs = qint64(start * 1e9);
    r.finishedNs = qint64(finish * 1e9);
    r.outcome = Outcome::Ok;
    return r;
}

constexpr qint64 kSecond = 1'000'000'000;

} // namespace

class TestLittlesLawPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void steadyStateHolds()
    {
        // A request every 0.1 s, each 1 s long: 10 in flight, 10 answers/s, 1 s each.
        QList<RequestRecord> records;
        for (int i = 0; i < 200; ++i)
            records.append(request(i * 0.1, i * 0.1 + 1.0));
        const LittlesLaw law = LittlesLaw::measure(records, qint64(10.05 * kSecond), 2 * kSecond);
        LittlesLawPanel panel;
        panel.showLaw(law, LittlesLawPanel::Scope::Window, 2);
        QVERIFY(LittlesLawPanel::holds(law));
        QCOMPARE(panel.inFlightText(), QStringLiteral("10.0"));
        QCOMPARE(panel.predictedText(), QStringLiteral("10.0"));      // 20 answers in 2 s, 1 s each
        QVERIFY(panel.verdictText().contains(QStringLiteral("steady state")));
    }

    void fillingAndDrainingDoNot()
    {
        // 100 requests at once, lasting 0.1 s to 10 s: one second in, few have come back.
        QList<RequestRecord> filling;
        for (int i = 0; i < 100; ++i)
            filling.append(request(0, 0.1 * (i + 1)));
        LittlesLawPanel panel;
        LittlesLaw law = LittlesLaw::measure(filling, kSecond, 2 * kSecond);
        panel.showLaw(law, LittlesLawPanel::Scope::Window, 2);
        QVERIFY(!LittlesLawPanel::holds(law));
        QVERIFY(law.predictedInFlight() < law.inFlight);
        QVERIFY(panel.verdictText().contains(QStringLiteral("filling")));

        // The same requests, all ending between 1 s and 2 s: the pool empties.
        QList<RequestRecord> draining;
        for (int i = 0; i < 100; ++i)
            draining.append(request(0, 1.0 + 0.01 * (i + 1)));
        law = LittlesLaw::measure(draining, 2 * kSecond, kSecond);
        panel.showLaw(law, LittlesLawPanel::Scope::Window, 1);
        QVERIFY(law.predictedInFlight() > law.inFlight);
        QVERIFY(panel.verdictText().contains(QStringLiteral("draining")));

        // ...and over the whole run the law holds again.
        law = LittlesLaw::measure(draining, 2 * kSecond, 2 * kSecond);
        panel.showLaw(law, LittlesLawPanel::Scope::WholeRun);
        QVERIFY(LittlesLawPanel::holds(law));
        QVERIFY(panel.verdictText().contains(QStringLiteral("whole run")));
    }

    void tooFewAnswersToJudge()
    {
        LittlesLawPanel panel;
        panel.showLaw(LittlesLaw::measure({request(0, 0.5)}, kSecond, 2 * kSecond), LittlesLawPanel::Scope::Window, 2);
        QVERIFY(panel.verdictText().contains(QStringLiteral("Waiting")));
        panel.clear();
        QCOMPARE(panel.inFlightText(), QStringLiteral("–"));
        QVERIFY(panel.verdictText().isEmpty());
    }

    void figuresGrowWithoutWideningThePanel()
    {
        // The window's heaviest run: hundreds in flight, thousands of answers
        // a second. The panel must not widen as its figures grow, or the plots
        // beside it are laid out and drawn again in the middle of the run.
        LittlesLawPanel panel;
        const auto minimumWidth = [&panel] {
            panel.layout()->activate();     // what the window's next layout pass does
            return panel.minimumSizeHint().width();
        };
        const int before = minimumWidth();
        QList<RequestRecord> burst;
        for (int i = 0; i < 676; ++i)
            burst.append(request(0, 0.25 + 0.0001 * i));
        panel.showLaw(LittlesLaw::measure(burst, qint64(0.4 * kSecond), kSecond), LittlesLawPanel::Scope::WholeRun);
        QCOMPARE(panel.inFlightText(), QStringLiteral("479.5"));
        QCOMPARE(minimumWidth(), before);
    }
};

QTEST_MAIN(TestLittlesLawPanel)
#include "tst_littleslawpanel.moc"
