#include "replay/replaybar.h"
#include "ui_replaybar.h"

#include "replay/replayplayer.h"

#include <QAction>

#include <algorithm>
#include <limits>

namespace flaglab {

namespace {

constexpr double kSlowSpeed = 0.1;
constexpr qint64 kNsPerMs = 1'000'000;

QString seconds(qint64 ns)
{
    return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

QAction *barAction(QWidget *bar, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, bar);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);    // while the bar is shown
    bar->addAction(action);
    return action;
}

} // namespace

ReplayBar::ReplayBar(QWidget *parent)
    : QWidget(parent), ui(new Ui::ReplayBar)
{
    ui->setupUi(this);
    m_play = barAction(this, tr("Pause"), QKeySequence(Qt::Key_Space));
    m_step = barAction(this, tr("Step"), QKeySequence(Qt::Key_Period));
    m_slow = barAction(this, tr("0.1×"), QKeySequence(Qt::Key_S));
    m_play->setToolTip(tr("Play or pause the replay (Space)"));
    m_step->setToolTip(tr("Pause at the next moment something happens: a request starts, connects, is sent, "
                          "gets its first byte or ends (.)"));
    m_slow->setToolTip(tr("Play at 0.1×, or back to the speed before (S)"));
    ui->playButton->setDefaultAction(m_play);
    ui->stepButton->setDefaultAction(m_step);
    ui->slowButton->setDefaultAction(m_slow);
    ui->closeButton->setText(tr("Close replay"));
    ui->closeButton->setToolTip(tr("Leave the replay; the window is ready for a run of its own"));
    connect(ui->closeButton, &QToolButton::clicked, this, &ReplayBar::closeRequested);
}

ReplayBar::~ReplayBar() = default;

void ReplayBar::setDescription(const QString &text, const QString &details)
{
    ui->fileLabel->setText(text);
    ui->fileLabel->setToolTip(details);
}

void ReplayBar::setPlayer(ReplayPlayer *player)
{
    m_player = player;
    ui->speedSpin->setRange(ReplayClock::kMinSpeed, ReplayClock::kMaxSpeed);
    connect(m_play, &QAction::triggered, player, &ReplayPlayer::togglePause);
    connect(m_step, &QAction::triggered, player, &ReplayPlayer::stepToNextEvent);
    connect(m_slow, &QAction::triggered, this, &ReplayBar::toggleSlow);
    connect(ui->speedSpin, &QDoubleSpinBox::valueChanged, player, &ReplayPlayer::setSpeed);
    connect(ui->positionSlider, &QSlider::sliderMoved, player,
            [player](int ms) { player->seek(qint64(ms) * kNsPerMs); });
    connect(ui->positionSlider, &QSlider::actionTriggered, this, [this] {
        // Clicks on the groove and keys: the slider's value is where it is going.
        if (!ui->positionSlider->isSliderDown())
            m_player->seek(qint64(ui->positionSlider->sliderPosition()) * kNsPerMs);
    });
    connect(player, &ReplayPlayer::playingChanged, this, &ReplayBar::showPlaying);
    connect(player, &ReplayPlayer::speedChanged, this, &ReplayBar::showSpeed);
    connect(player, &ReplayPlayer::frame, this, &ReplayBar::showPosition);
    showPlaying(player->isPlaying());
    showSpeed(player->speed());
    showPosition();
}

void ReplayBar::showPlaying(bool playing)
{
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}

void ReplayBar::showPosition()
{
    if (!m_player)
        return;
    const int durationMs = int(std::min<qint64>(m_player->durationNs() / kNsPerMs, std::numeric_limits<int>::max()));
    const QSignalBlocker blocker(ui->positionSlider);
    ui->positionSlider->setRange(0, std::max(durationMs, 1));
    ui->positionSlider->setPageStep(std::max(durationMs / 10, 1));
    if (!ui->positionSlider->isSliderDown())
        ui->positionSlider->setValue(int(m_player->positionNs() / kNsPerMs));
    ui->timeLabel->setText(tr("%1 of %2").arg(seconds(m_player->positionNs()), seconds(m_player->durationNs())));
    m_step->setEnabled(!m_player->isAtEnd());
}

void ReplayBar::showSpeed(double speed)
{
    const QSignalBlocker blocker(ui->speedSpin);
    ui->speedSpin->setValue(speed);
}

void ReplayBar::toggleSlow()
{
    if (!m_player)
        return;
    if (qFuzzyCompare(m_player->speed(), kSlowSpeed)) {
        m_player->setSpeed(m_speedBeforeSlow);
    } else {
        m_speedBeforeSlow = m_player->speed();
        m_player->setSpeed(kSlowSpeed);
    }
}

} // namespace flaglab
