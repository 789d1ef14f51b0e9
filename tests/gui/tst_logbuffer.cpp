// The window's log buffer: lines reach the view a slice at a time, at the
// pacer's tick while it runs and by themselves otherwise, in order, and a new
// section starts after a blank line unless the log is empty.
#include "shell/logbuffer.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

using namespace flaglab;

namespace {

QStringList numbered(int count, const QString &prefix = QStringLiteral("line"))
{
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines << QStringLiteral("%1 %2").arg(prefix).arg(i);
    return lines;
}

QStringList shown(const QPlainTextEdit &view)
{
    return view.document()->isEmpty() ? QStringList() : view.toPlainText().split(u'\n');
}

} // namespace

class TestLogBuffer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linesArriveByThemselvesOutsideARun()
    {
        QPlainTextEdit view;
        auto *log = new LogBuffer(&view, false);
        log->append(numbered(250));
        QVERIFY(shown(view).isEmpty());                  // not in the caller's own turn of the event loop
        QTRY_COMPARE(log->pendingCount(), 0);
        QCOMPARE(shown(view), numbered(250));
    }

    void whileThePacerRunsItsOwnerFlushesASliceAtATime()
    {
        QPlainTextEdit view;
        QTimer pacer;
        pacer.start(60'000);
        auto *log = new LogBuffer(&view, false);
        log->setPacer(&pacer);
        log->append(numbered(250));
        QTest::qWait(20);
        QVERIFY(shown(view).isEmpty());                  // waits for the tick
        log->flush();
        QCOMPARE(shown(view), numbered(LogBuffer::kLinesPerSlice));
        QCOMPARE(log->pendingCount(), 250 - LogBuffer::kLinesPerSlice);
        QTRY_COMPARE(log->pendingCount(), 0);            // the rest a moment later
        QCOMPARE(shown(view), numbered(250));

        log->append(numbered(3, QStringLiteral("final")));
        log->flushAll();
        QCOMPARE(shown(view).mid(250), numbered(3, QStringLiteral("final")));
    }

    void aSectionStartsAfterABlankLineUnlessTheLogIsEmpty()
    {
        QPlainTextEdit view;
        auto *log = new LogBuffer(&view, false);
        log->appendSection({QStringLiteral("first")});
        log->flushAll();
        log->appendSection({QStringLiteral("second"), QStringLiteral("more")});
        log->flushAll();
        QCOMPARE(shown(view), QStringList({QStringLiteral("first"), QString(), QStringLiteral("second"),
                                           QStringLiteral("more")}));
    }

    // A request's -v line carries its tooltip (status, http_version, timings);
    // other lines have none, and none is shown past the last line.
    void requestLinesHaveToolTips()
    {
        QPlainTextEdit view;
        view.resize(400, 300);
        auto *log = new LogBuffer(&view, false);
        log->append({QStringLiteral("LOCAL site: x")});
        log->appendWithToolTip(QStringLiteral("BR OK"), QStringLiteral("BR: OK (HTTP/2 200)"));
        log->append({QStringLiteral("CN not found")});
        log->appendWithToolTip(QStringLiteral("IN OK"), QStringLiteral("IN: OK (HTTP/1.1 200 OK)"));
        log->flushAll();
        QCOMPARE(shown(view), (QStringList{"LOCAL site: x", "BR OK", "CN not found", "IN OK"}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto lineAt = [&view](int line) {
            QTextCursor cursor(view.document()->findBlockByNumber(line));
            return view.cursorRect(cursor).center() + QPoint(4, 0);
        };
        QCOMPARE(log->toolTipAt(lineAt(0)), QString());
        QCOMPARE(log->toolTipAt(lineAt(1)), QStringLiteral("BR: OK (HTTP/2 200)"));
        QCOMPARE(log->toolTipAt(lineAt(2)), QString());
        QCOMPARE(log->toolTipAt(lineAt(3)), QStringLiteral("IN: OK (HTTP/1.1 200 OK)"));
        QCOMPARE(log->toolTipAt(lineAt(3) + QPoint(0, 60)), QString());     // under the last line
    }
};

QTEST_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
