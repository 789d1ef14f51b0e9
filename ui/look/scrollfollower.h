#pragma once

#include <QObject>

class QScrollBar;

namespace flaglab {

// Keeps a scroll bar at its end while content is added, the newest in sight,
// until the user scrolls away from the end; back at the end, it follows again.
// Works from the bar's own signals, so it holds however lazily the view
// updates its range.
class ScrollFollower : public QObject {
    Q_OBJECT
public:
    explicit ScrollFollower(QScrollBar *bar);   // a child of the bar

    void follow();      // to the end, and follow from now on

private:
    QScrollBar *m_bar;
    bool m_following = true;
};

} // namespace flaglab
