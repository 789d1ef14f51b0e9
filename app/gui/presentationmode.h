#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>

class QMainWindow;

namespace flaglab {

// For a projector: the window full screen, every font larger, black on
// white with strong colours, and thicker plot lines. Turning it off puts
// back what was there.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    static constexpr double kFontScale = 1.5;
    static constexpr double kLineScale = 1.8;

    explicit PresentationMode(QMainWindow *window);
    ~PresentationMode() override;

    bool isOn() const { return m_on; }
    void setOn(bool on);
    // QWidget::saveGeometry() of the window as it was before it went full screen.
    QByteArray normalGeometry() const;

    static QPalette highContrastPalette();

Q_SIGNALS:
    void toggled(bool on);

private:
    void restylePlots();

    QMainWindow *m_window;
    bool m_on = false;
    QFont m_normalFont;
    QPalette m_normalPalette;
    bool m_wasMaximized = false;
    QByteArray m_normalGeometry;
};

} // namespace flaglab
