#pragma once

#include <QScrollArea>

namespace flaglab {

// A scroll area for a panel of settings: it asks its layout for room to show
// its widget whole, nothing scrolled, at the width it has (a translation that
// wraps a label into more lines asks for more), and scrolls up and down, never
// sideways, only when it gets less. So the widgets under it in the layout (a
// panel's Start button) stay in sight whatever the translation or the screen.
// Set it widgetResizable.
class FittingScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit FittingScrollArea(QWidget *parent = nullptr);

    // The height that shows the whole widget, unscrolled, when the area is this wide.
    int heightToShowAll(int width) const;

    QSize sizeHint() const override;            // the widget whole, at the area's width
    QSize minimumSizeHint() const override;     // the widget's narrowest, with room for the scroll bar

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace flaglab
