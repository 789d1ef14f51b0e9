#pragma once

#include "lab/presets.h"

#include <QList>
#include <QObject>

namespace flaglab {

class BuiltInServers;
struct GuiOptions;

// Plays a scene of the book (a Preset): sets the built-in DELAY and ERROR
// servers to the book's settings, and every built-in server to the scene's
// seed and faults, then, run after
// run, gives the options of the run's flags2 command line, which the window
// shows in its controls and starts as if the teacher had set it up by hand.
class PresetPlayer : public QObject {
    Q_OBJECT
public:
    explicit PresetPlayer(BuiltInServers *servers, QObject *parent = nullptr);

    // The built-in DELAY and ERROR servers as the scene wants them: the book's, seeded,
    // waiting the scene's fixed delay when it has one.
    static void setUpServers(BuiltInServers *servers, const Preset &preset);

    // False (and *error set) when a run's command line does not parse.
    bool begin(const Preset &preset, QString *error = nullptr);
    bool isActive() const { return m_active; }
    bool hasNext() const { return m_active && !m_cancelled && m_next < m_preset.runs.size(); }
    const Preset &preset() const { return m_preset; }
    int runIndex() const { return m_next - 1; }     // of the run last applied

    // The next run's options, with the book's defaults for what its line leaves out.
    GuiOptions nextRun();
    void noteHistoryRow(int row) { m_rows.append(row); }
    void cancel() { m_cancelled = true; }
    // The scene is over: the history rows its runs landed in.
    QList<int> end();

private:
    BuiltInServers *m_servers;
    Preset m_preset;
    QList<int> m_rows;
    int m_next = 0;
    bool m_active = false;
    bool m_cancelled = false;
};

} // namespace flaglab
