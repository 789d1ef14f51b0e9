#include "shell/presentationmode.h"

#include "look/plotlook.h"
#include "look/qcustomplot_nokeywords.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>
#include <algorithm>

namespace flaglab {

PresentationMode::PresentationMode(QMainWindow *window)
    : QObject(window), m_window(window)
{
}

PresentationMode::~PresentationMode()
{
    // The application outlives the window (tests make many): leave it as it was.
    if (m_on) {
        QApplication::setFont(m_normalFont);
        QApplication::setPalette(m_normalPalette);
        PlotLook::setLineScale(1.0);
    }
}

double PresentationMode::fontScale(const QScreen *screen)
{
    constexpr double kFullScaleWidth = 1280;
    constexpr double kLeast = 0.8;
    const double width = screen ? screen->geometry().width() : kFullScaleWidth;
    return kFontScale * std::clamp(width / kFullScaleWidth, kLeast, 1.0);
}

QPalette PresentationMode::highContrastPalette()
{
    QPalette p;
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xec, 0xef, 0xf1));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x42, 0x42, 0x42));
        p.setColor(group, QPalette::Button, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::Highlight, QColor(0x00, 0x3c, 0x8f));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(group, QPalette::Mid, QColor(0x70, 0x70, 0x70));
        p.setColor(group, QPalette::Dark, QColor(0x30, 0x30, 0x30));
        p.setColor(group, QPalette::Shadow, black);
        p.setColor(group, QPalette::Link, QColor(0x00, 0x3c, 0x8f));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, white);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xee, 0xee, 0xee));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x5a, 0x5a, 0x5a));
    return p;
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on) {
        m_normalFont = QApplication::font();
        m_normalPalette = QApplication::palette();
        m_wasMaximized = m_window->isMaximized();
        m_normalGeometry = m_window->saveGeometry();
        QFont big = m_normalFont;
        big.setPointSizeF(m_normalFont.pointSizeF() * fontScale(m_window->screen()));
        QApplication::setPalette(highContrastPalette());
        QApplication::setFont(big);
        PlotLook::setLineScale(kLineScale);
    } else {
        QApplication::setPalette(m_normalPalette);
        QApplication::setFont(m_normalFont);
        PlotLook::setLineScale(1.0);
    }
    restyleSheets();
    restylePlots();
    Q_EMIT restyled(on);
    if (on) {
        m_window->showFullScreen();
    } else if (m_wasMaximized) {
        m_window->showMaximized();
    } else {
        m_window->showNormal();
        m_window->restoreGeometry(m_normalGeometry);
    }
    Q_EMIT toggled(on);
}

// Widgets with a style sheet do not follow the application's font by
// themselves: polish them again, now, so that the layout sees the new type
// before the window fills the screen.
void PresentationMode::restyleSheets()
{
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
}

QByteArray PresentationMode::normalGeometry() const
{
    return m_on ? m_normalGeometry : m_window->saveGeometry();
}

void PresentationMode::restylePlots()
{
    for (QCustomPlot *plot : m_window->findChildren<QCustomPlot *>())
        PlotLook::apply(plot);
}

} // namespace flaglab
