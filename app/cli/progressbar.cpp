#include "progressbar.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace flaglab {

namespace {

QString clock(double seconds)
{
    const int total = int(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(total / 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
}

int terminalWidth(FILE *stream)
{
    winsize size{};
    if (::ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 80;
}

QString bar(double fraction, int cells)
{
    static const QString kEighths = QStringLiteral(" ▏▎▍▌▋▊▉");
    const int eighths = int(fraction * cells * 8);
    QString out(eighths / 8, QChar(0x2588));
    if (out.size() < cells) {
        out.append(kEighths.at(eighths % 8));
        out.append(QString(cells - out.size(), u' '));
    }
    return out;
}

} // namespace

ProgressBar::ProgressBar(int total, FILE *stream)
    : m_total(total), m_stream(stream)
{
    m_clock.start();
}

QString ProgressBar::render(int done, int total, double elapsedSeconds, int width, bool stopped)
{
    const double fraction = total > 0 ? double(done) / total : 1.0;
    const double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0.0;
    // A stopped run has no time left to guess.
    const QString remaining = rate > 0 && !stopped ? clock((total - done) / rate) : QStringLiteral("?");
    const QString left = QStringLiteral("%1%|").arg(int(fraction * 100), 3);
    const QString right = QStringLiteral("| %1/%2 [%3<%4, %5it/s%6]")
                              .arg(done).arg(total).arg(clock(elapsedSeconds), remaining)
                              .arg(rate, 0, 'f', 2)
                              .arg(stopped ? QStringLiteral(", stopped") : QString());
    const int cells = std::max(1, width - int(left.size() + right.size()) - 1);
    return left + bar(fraction, cells) + right;
}

void ProgressBar::draw(int done, bool stopped)
{
    const QString line = render(done, m_total, m_clock.nsecsElapsed() / 1e9, terminalWidth(m_stream), stopped);
    std::fprintf(m_stream, "\r%s", line.toUtf8().constData());
    std::fflush(m_stream);
    m_lastDrawMs = m_clock.elapsed();
}

void ProgressBar::update(int done)
{
    if (m_clock.elapsed() - m_lastDrawMs >= 100)
        draw(done);
}

void ProgressBar::finish(int done)
{
    end(done, false);
}

void ProgressBar::stop(int done)
{
    end(done, true);
}

void ProgressBar::end(int done, bool stopped)
{
    draw(done, stopped);
    std::fputc('\n', m_stream);
    std::fflush(m_stream);
}

} // namespace flaglab
