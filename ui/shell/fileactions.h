#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace flaglab {

class HistoryView;
class RunHistory;
class SweepView;
struct RunSummary;

// File menu of the lab: the history saved and opened again, a run's report
// (JSON), HTTP Archive (HAR) and per-request timings (CSV), the sweep's table
// (CSV), and any plot as a PNG or SVG image. A run of the history's table is
// exported as HAR from its context menu too.
class FileActions : public QObject {
    Q_OBJECT
public:
    struct Plot {
        QString title;      // "Throughput", as the menu lists it
        QWidget *view;
    };

    FileActions(QWidget *window, RunHistory *history, HistoryView *historyView, SweepView *sweepView,
                const QList<Plot> &plots);

    // Inserted into menu before `before` (or appended).
    void addTo(QMenu *menu, QAction *before = nullptr);
    void updateEnabled();

    QAction *openHistoryAction() const { return m_openHistory; }
    QAction *saveHistoryAction() const { return m_saveHistory; }

private:
    QString askSavePath(const QString &title, const QString &fileName, const QString &filter);
    void report(bool ok, const QString &error);
    // The run chosen in the history, written by save to a file the user names.
    using SaveRun = bool (*)(const QString &path, const RunSummary &run, QString *error);
    void saveChosenRun(const QString &title, const QString &suffix, const QString &filter, SaveRun save);
    void saveRunAt(int row, const QString &title, const QString &suffix, const QString &filter, SaveRun save);
    void saveRun();
    void saveHar(int row);
    void saveTimings();
    void saveSweep();
    void savePlot(const Plot &plot);
    void saveHistory();
    void openHistory();

    QWidget *m_window;
    RunHistory *m_history;
    HistoryView *m_historyView;
    SweepView *m_sweepView;
    QList<Plot> m_plots;
    QString m_folder;               // where the last file went

    QAction *m_openHistory;
    QAction *m_saveHistory;
    QAction *m_saveRun;
    QAction *m_saveHar;
    QAction *m_saveTimings;
    QAction *m_saveSweep;
    QMenu *m_plotMenu;
};

} // namespace flaglab
