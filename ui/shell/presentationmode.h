#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>

class QMainWindow;
class QScreen;

namespace flaglab {

// For a projector: the window full screen, every font larger, black on
// white with strong colours, and thicker plot lines. Turning it off puts
// back what was there.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    static constexpr double kFontScale = 1.5;      // on a screen 1280 pixels wide or more
    static constexpr double kLineScale = 1.8;

    explicit PresentationMode(QMainWindow *window);
    ~PresentationMode() override;

    bool isOn() const { return m_on; }
    void setOn(bool on);
    // QWidget::saveGeometry() of the window as it was before it went full screen.
    QByteArray normalGeometry() const;

    static QPalette highContrastPalette();
    // kFontScale, less on a narrower screen: on a 1024-pixel projector each
    // pixel is larger on the wall, and the type is as large there at 1.2.
    static double fontScale(const QScreen *screen);

Q_SIGNALS:
    // The type and colours have changed, the window is not yet full screen (or
    // back): the moment to fit the layout to the new type.
    void restyled(bool on);
    void toggled(bool on);

private:
    void restyleSheets();
    void restylePlots();

    QMainWindow *m_window;
    bool m_on = false;
    QFont m_normalFont;
    QPalette m_normalPalette;
    bool m_wasMaximized = false;
    QByteArray m_normalGeometry;
};

} // namespace flaglab
