#include "shell/logbuffer.h"

#include <QPlainTextEdit>
#include <algorithm>
#include <cstdio>

namespace flaglab {

LogBuffer::LogBuffer(QPlainTextEdit *view, bool echo)
    : QObject(view), m_view(view), m_echo(echo)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

void LogBuffer::append(const QStringList &lines)
{
    m_pending.append(lines);
    if (!(m_pacer && m_pacer->isActive()) && !m_timer.isActive())
        m_timer.start(0);
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
    m_pending.remove(0, count);
    if (!m_pending.isEmpty())
        m_timer.start(0);
    m_view->appendPlainText(text);
    if (m_echo) {
        std::fputs(qPrintable(text + u'\n'), stdout);
        std::fflush(stdout);
    }
}

} // namespace flaglab
