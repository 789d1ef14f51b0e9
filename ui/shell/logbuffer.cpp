#include "shell/logbuffer.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextBlockUserData>
#include <QToolTip>
#include <algorithm>
#include <cstdio>

namespace flaglab {

namespace {

// Kept with its block, so that it stays with its line wherever the line goes.
struct LineToolTip : QTextBlockUserData {
    explicit LineToolTip(const QString &text) : text(text) {}
    QString text;
};

} // namespace

LogBuffer::LogBuffer(QPlainTextEdit *view, bool echo)
    : QObject(view), m_view(view), m_echo(echo)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
    m_view->viewport()->installEventFilter(this);
}

void LogBuffer::append(const QStringList &lines)
{
    m_pending.append(lines);
    m_pendingToolTips.resize(m_pending.size());
    if (!(m_pacer && m_pacer->isActive()) && !m_timer.isActive())
        m_timer.start(0);
}

void LogBuffer::appendWithToolTip(const QString &line, const QString &toolTip)
{
    append({line});
    m_pendingToolTips.last() = toolTip;
}

void LogBuffer::appendSection(const QStringList &lines)
{
    if (!m_view->document()->isEmpty())
        append({QString()});
    append(lines);
}

void LogBuffer::flush(qsizetype maxLines)
{
    if (m_pending.isEmpty())
        return;
    // A slice now, the rest a moment later.
    const qsizetype count = std::min(maxLines, m_pending.size());
    const QString text = m_pending.mid(0, count).join(u'\n');
    const QStringList toolTips = m_pendingToolTips.mid(0, count);
    m_pending.remove(0, count);
    m_pendingToolTips.remove(0, count);
    if (!m_pending.isEmpty())
        m_timer.start(0);
    m_view->appendPlainText(text);
    // The slice's lines are the document's last blocks.
    QTextBlock block = m_view->document()->lastBlock();
    for (qsizetype i = count - 1; i >= 0 && block.isValid(); --i, block = block.previous()) {
        if (!toolTips.at(i).isEmpty())
            block.setUserData(new LineToolTip(toolTips.at(i)));
    }
    if (m_echo) {
        std::fputs(qPrintable(text + u'\n'), stdout);
        std::fflush(stdout);
    }
}

QString LogBuffer::toolTipAt(const QPoint &pos) const
{
    const QTextCursor cursor = m_view->cursorForPosition(pos);
    const auto *tip = dynamic_cast<const LineToolTip *>(cursor.block().userData());
    const QRect line = m_view->cursorRect(cursor);     // below the last line, the nearest is no hit
    if (!tip || pos.y() < line.top() || pos.y() > line.bottom())
        return {};
    return tip->text;
}

bool LogBuffer::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the view is being destroyed its viewport still
    // sends events through this filter, and the view must not be asked then.
    if (event->type() == QEvent::ToolTip && watched == m_view->viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_view->viewport());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace flaglab
