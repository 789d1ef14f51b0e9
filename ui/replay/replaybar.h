#pragma once

#include <QWidget>
#include <memory>

class QAction;
namespace Ui { class ReplayBar; }

namespace flaglab {

class ReplayPlayer;

// The replay's controls, above the grid while a replay is open: a banner
// that says it is a replay, play/pause, step to the next event, a slider to
// scrub through the run, the time, the speed, and Close. Its keys work while
// it is shown: Space plays or pauses, "." steps, S switches to 0.1× and
// back.
class ReplayBar : public QWidget {
    Q_OBJECT
public:
    explicit ReplayBar(QWidget *parent = nullptr);
    ~ReplayBar() override;

    void setPlayer(ReplayPlayer *player);
    // "run.har · FlagLab HAR", beside the banner; details in its tooltip.
    void setDescription(const QString &text, const QString &details);

    QAction *playAction() const { return m_play; }
    QAction *stepAction() const { return m_step; }
    QAction *slowAction() const { return m_slow; }

Q_SIGNALS:
    void closeRequested();

private:
    void showPlaying(bool playing);
    void showPosition();
    void showSpeed(double speed);
    void toggleSlow();

    std::unique_ptr<Ui::ReplayBar> ui;
    ReplayPlayer *m_player = nullptr;
    QAction *m_play;
    QAction *m_step;
    QAction *m_slow;
    double m_speedBeforeSlow = 1.0;
};

} // namespace flaglab
