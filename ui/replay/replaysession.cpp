#include "replay/replaysession.h"

#include "replay/replaybar.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QMenu>

#include <algorithm>

namespace flaglab {

ReplaySession::ReplaySession(QWidget *window, ReplayBar *bar)
    : QObject(window), m_window(window), m_bar(bar),
      m_openAction(new QAction(tr("Rep&lay…"), this))
{
    m_openAction->setToolTip(tr("Play a FlagLab report or a HAR file back in the window, at any speed"));
    connect(m_openAction, &QAction::triggered, this, &ReplaySession::chooseFile);
    m_bar->setPlayer(&m_player);
    m_bar->hide();
    connect(m_bar, &ReplayBar::closeRequested, this, &ReplaySession::closeRequested);
}

void ReplaySession::addTo(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_openAction);
}

void ReplaySession::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Replay a recorded run"), m_folder,
        tr("Recorded runs (*.har *.json);;HAR files (*.har);;FlagLab reports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    Q_EMIT replayChosen(path);
}

bool ReplaySession::open(const QString &path, std::optional<double> speed, QString *error)
{
    std::optional<RecordedRun> run = RecordedRun::load(path, error);
    if (!run)
        return false;
    if (speed)
        m_player.setSpeed(*speed);
    m_player.load(*run);
    m_bar->setDescription(tr("%1 · %2").arg(QFileInfo(path).fileName(), sourceText()),
                          tr("%1\n%n request(s), %2 s recorded", nullptr, int(run->records.size()))
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                              .arg(double(m_player.durationNs()) / 1e9, 0, 'f', 3));
    m_bar->show();
    return true;
}

void ReplaySession::close()
{
    m_player.unload();
    m_bar->hide();
}

QString ReplaySession::runName() const
{
    return tr("Replay of %1").arg(QFileInfo(m_player.run().file).fileName());
}

QString ReplaySession::windowTitle() const
{
    return tr("FlagLab: replay of %1").arg(QFileInfo(m_player.run().file).fileName());
}

QString ReplaySession::logHeader() const
{
    return tr("%1 (%2), at %3×: nothing is downloaded").arg(runName(), sourceText()).arg(m_player.speed());
}

int ReplaySession::concurrency() const
{
    const ReplayTimeline &timeline = m_player.timeline();
    return std::max(m_player.run().report.value(u"concurrency").toInt(),
                    timeline.stateAt(timeline.durationNs()).flight.maxOnTheWire);
}

QString ReplaySession::sourceText() const
{
    switch (m_player.run().source) {
    case ImportedRun::Source::Report: return tr("FlagLab report");
    case ImportedRun::Source::FlagLabHar: return tr("FlagLab HAR");
    case ImportedRun::Source::ForeignHar: return tr("HAR from another tool");
    }
    return {};
}

QJsonObject ReplaySession::report() const
{
    const ReplayState &state = m_player.state();
    QJsonObject report = m_player.run().report;
    report.insert(QStringLiteral("requested"), state.counts.requested);
    report.insert(QStringLiteral("ok"), state.counts.ok);
    report.insert(QStringLiteral("not_found"), state.counts.notFound);
    report.insert(QStringLiteral("errors"), state.counts.errors);
    report.insert(QStringLiteral("cancelled"), state.counts.cancelled);
    report.insert(QStringLiteral("replay"), QJsonObject{
        {QStringLiteral("file"), QFileInfo(m_player.run().file).absoluteFilePath()},
        {QStringLiteral("source"), RecordedRun::sourceName(m_player.run().source)},
        {QStringLiteral("speed"), m_player.speed()},
        {QStringLiteral("position_s"), double(m_player.positionNs()) / 1e9},
        {QStringLiteral("duration_s"), double(m_player.durationNs()) / 1e9},
        {QStringLiteral("played_wall_s"), double(m_player.playedWallNs()) / 1e9},
        {QStringLiteral("pictures"), int(m_player.run().pictures.size())},
    });
    return report;
}

} // namespace flaglab
