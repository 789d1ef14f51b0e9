#pragma once

#include "replay/replayplayer.h"

#include <QJsonObject>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace flaglab {

class ReplayBar;

// One replay open in the window: the recorded run, its player, the replay
// bar, File › Replay…, and the words that say everywhere that this is a
// replay (window title, run name, the bar's description). The window draws
// the player's frames and tiles with its own functions, as for a live run;
// a replay does not enter the history, which holds the session's own runs.
class ReplaySession : public QObject {
    Q_OBJECT
public:
    ReplaySession(QWidget *window, ReplayBar *bar);

    ReplayPlayer *player() { return &m_player; }
    const ReplayPlayer &player() const { return m_player; }
    bool isOpen() const { return m_player.isLoaded(); }

    // Loads the file and shows the bar, at 0 and paused; speed if given.
    // False, with a message for the user in *error, when the file is of no use.
    bool open(const QString &path, std::optional<double> speed, QString *error);
    void close();

    QString runName() const;            // "Replay of run.har", the progress strip's title
    QString windowTitle() const;        // "FlagLab: replay of run.har"
    QString logHeader() const;          // the log's first line: what is replayed, from what, how fast
    int concurrency() const;            // the recorded run's cap, for the plots' max_req line
    QString sourceText() const;         // "FlagLab HAR", "HAR from another tool", "FlagLab report"
    // The replayed run's report, counted as far as it was played, with a
    // "replay" object (file, source, speed, position) that says it is one.
    QJsonObject report() const;

    // File › Replay…: asks for a file, then replayChosen().
    QAction *openAction() const { return m_openAction; }
    void addTo(QMenu *menu, QAction *before = nullptr);

Q_SIGNALS:
    void replayChosen(const QString &path);
    void closeRequested();

private:
    void chooseFile();

    QWidget *m_window;
    ReplayBar *m_bar;
    ReplayPlayer m_player;
    QAction *m_openAction;
    QString m_folder;                   // where the last replayed file was
};

} // namespace flaglab
