#include "look/fittingscrollarea.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <algorithm>

namespace flaglab {

FittingScrollArea::FittingScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its widget wants, no taller: the room left over goes to what follows it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

int FittingScrollArea::heightToShowAll(int width) const
{
    const QWidget *content = widget();
    const int frame = 2 * frameWidth();
    if (!content)
        return frame;
    const int inner = std::max(width - frame, content->minimumSizeHint().width());
    const int height = content->hasHeightForWidth() ? content->heightForWidth(inner) : content->sizeHint().height();
    return frame + std::max(height, content->minimumSizeHint().height());
}

QSize FittingScrollArea::sizeHint() const
{
    const QWidget *content = widget();
    if (!content)
        return QScrollArea::sizeHint();
    // Before the first layout the width is Qt's default for a child: ask as if at the narrowest.
    const int width = testAttribute(Qt::WA_Resized) ? this->width() : minimumSizeHint().width();
    return {content->sizeHint().width() + 2 * frameWidth(), heightToShowAll(width)};
}

QSize FittingScrollArea::minimumSizeHint() const
{
    const QSize scrolling = QScrollArea::minimumSizeHint();
    const QWidget *content = widget();
    if (!content)
        return scrolling;
    return {content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            scrolling.height()};
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The widget's layout changed (a label's text, a field shown or hidden): so may the room it needs.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

void FittingScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();       // wider or narrower, the widget's labels wrap into fewer or more lines
}

} // namespace flaglab
