#include "look/scrollfollower.h"

#include <QScrollBar>

namespace flaglab {

ScrollFollower::ScrollFollower(QScrollBar *bar)
    : QObject(bar), m_bar(bar)
{
    connect(bar, &QScrollBar::valueChanged, this, [this](int value) { m_following = value >= m_bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_following)
            m_bar->setValue(maximum);
    });
}

void ScrollFollower::follow()
{
    m_following = true;
    m_bar->setValue(m_bar->maximum());
}

} // namespace flaglab
