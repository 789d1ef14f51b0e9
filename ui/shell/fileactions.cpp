#include "shell/fileactions.h"

#include "labhistory/historyview.h"
#include "labhistory/labfiles.h"
#include "lab/runhistory.h"
#include "labhistory/sweepview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace flaglab {

namespace {

// "DELAY -al 100 -m 6 threads" -> "delay-al-100-m-6-threads"
QString fileStem(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString stem = name.toLower().replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("run") : stem;
}

} // namespace

FileActions::FileActions(QWidget *window, RunHistory *history, HistoryView *historyView, SweepView *sweepView,
                         const QList<Plot> &plots)
    : QObject(window), m_window(window), m_history(history), m_historyView(historyView), m_sweepView(sweepView),
      m_plots(plots), m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    m_openHistory = new QAction(tr("&Open a run history…"), this);
    m_openHistory->setShortcut(QKeySequence::Open);
    m_openHistory->setToolTip(tr("Add the runs of a saved history to this session's, to compare them"));
    m_saveHistory = new QAction(tr("Save the run &history…"), this);
    m_saveHistory->setShortcut(QKeySequence::Save);
    m_saveRun = new QAction(tr("Export the run's &report (JSON)…"), this);
    m_saveRun->setToolTip(tr("The report flaglab-cli --json writes, of the run chosen in the History view, "
                             "else the latest"));
    m_saveHar = new QAction(tr("Export the run as H&AR…"), this);
    m_saveHar->setToolTip(tr("The run chosen in the History view, else the latest, as an HTTP Archive, the file "
                             "browsers' developer tools save and read (as flaglab-cli --har)"));
    m_saveTimings = new QAction(tr("Export the run's &timings (CSV)…"), this);
    m_saveTimings->setToolTip(tr("One row per request: start, first byte and end, as seconds since the run's start"));
    m_saveSweep = new QAction(tr("Export the s&weep (CSV)…"), this);
    m_plotMenu = new QMenu(tr("Save a &plot as an image"), window);
    for (const Plot &plot : m_plots) {
        QAction *action = m_plotMenu->addAction(tr("%1…").arg(plot.title));
        action->setObjectName(QStringLiteral("actionSavePlot%1").arg(m_plotMenu->actions().size()));
        connect(action, &QAction::triggered, this, [this, plot] { savePlot(plot); });
    }
    // Names for tests and scripts; the menu shows the texts.
    m_openHistory->setObjectName(QStringLiteral("actionOpenHistory"));
    m_saveHistory->setObjectName(QStringLiteral("actionSaveHistory"));
    m_saveRun->setObjectName(QStringLiteral("actionExportReport"));
    m_saveHar->setObjectName(QStringLiteral("actionExportHar"));
    m_saveTimings->setObjectName(QStringLiteral("actionExportTimings"));
    m_saveSweep->setObjectName(QStringLiteral("actionExportSweep"));

    connect(m_openHistory, &QAction::triggered, this, &FileActions::openHistory);
    connect(m_saveHistory, &QAction::triggered, this, &FileActions::saveHistory);
    connect(m_saveRun, &QAction::triggered, this, &FileActions::saveRun);
    connect(m_saveHar, &QAction::triggered, this, [this] { saveHar(m_historyView->chosenRow()); });
    connect(historyView, &HistoryView::exportHarRequested, this, &FileActions::saveHar);
    connect(m_saveTimings, &QAction::triggered, this, &FileActions::saveTimings);
    connect(m_saveSweep, &QAction::triggered, this, &FileActions::saveSweep);
    connect(history, &RunHistory::changed, this, &FileActions::updateEnabled);
    updateEnabled();
}

void FileActions::addTo(QMenu *menu, QAction *before)
{
    menu->insertActions(before, {m_openHistory, m_saveHistory});
    menu->insertSeparator(before);
    menu->insertActions(before, {m_saveRun, m_saveHar, m_saveTimings, m_saveSweep});
    menu->insertMenu(before, m_plotMenu);
    menu->insertSeparator(before);
}

void FileActions::updateEnabled()
{
    const bool runs = !m_history->runs().isEmpty();
    m_saveHistory->setEnabled(runs);
    m_saveRun->setEnabled(runs);
    m_saveHar->setEnabled(runs);
    m_saveTimings->setEnabled(runs);
    m_saveSweep->setEnabled(!m_sweepView->points().isEmpty());
}

// A name typed without an extension gets the proposed name's ("runs" becomes
// "runs.json"); the dialog adds it before it asks about overwriting.
QString FileActions::askSavePath(const QString &title, const QString &fileName, const QString &filter)
{
    const QString suffix = QFileInfo(fileName).suffix();
    QFileDialog dialog(m_window, title, m_folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(fileName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    // A native dialog may leave the suffix out.
    const QString path = labfiles::withSuffix(dialog.selectedFiles().constFirst(), suffix);
    m_folder = QFileInfo(path).absolutePath();
    return path;
}

void FileActions::report(bool ok, const QString &error)
{
    if (!ok)
        QMessageBox::warning(m_window, tr("Not saved"), error);
}

void FileActions::saveChosenRun(const QString &title, const QString &suffix, const QString &filter, SaveRun save)
{
    saveRunAt(m_historyView->chosenRow(), title, suffix, filter, save);
}

void FileActions::saveRunAt(int row, const QString &title, const QString &suffix, const QString &filter, SaveRun save)
{
    if (row < 0 || row >= m_history->runs().size())
        return;
    const RunSummary &run = m_history->runs().at(row);
    const QString path = askSavePath(title, fileStem(run.name) + suffix, filter);
    QString error;
    if (!path.isEmpty())
        report(save(path, run, &error), error);
}

void FileActions::saveRun()
{
    saveChosenRun(tr("Export the run's report"), QStringLiteral(".json"), tr("JSON files (*.json)"), labfiles::saveReport);
}

void FileActions::saveHar(int row)
{
    saveRunAt(row, tr("Export the run as HAR"), QStringLiteral(".har"), tr("HTTP Archives (*.har)"), labfiles::saveHar);
}

void FileActions::saveTimings()
{
    saveChosenRun(tr("Export the run's timings"), QStringLiteral(".csv"), tr("CSV files (*.csv)"), labfiles::saveTimingsCsv);
}

void FileActions::saveSweep()
{
    const QString path = askSavePath(tr("Export the sweep"), QStringLiteral("sweep.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty())
        report(labfiles::saveSweepCsv(path, m_sweepView->points(), &error), error);
}

void FileActions::savePlot(const Plot &plot)
{
    const QString png = tr("PNG images (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the plot"),
                                                QDir(m_folder).filePath(fileStem(plot.title) + QStringLiteral(".png")),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    // The format is the file's suffix. A name without one gets the filter's; so does
    // the proposed name, left as it was, when the SVG filter was picked.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool proposed = QFileInfo(path).fileName() == fileStem(plot.title) + QStringLiteral(".png");
    if (suffix != u"png" && suffix != u"svg")
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    else if (filter == svg && proposed)
        path = path.chopped(4) + QStringLiteral(".svg");
    QString error;
    report(labfiles::saveFigure(plot.view, path, &error), error);
}

void FileActions::saveHistory()
{
    const QString path = askSavePath(tr("Save the run history"), QStringLiteral("flaglab-history.json"),
                                     tr("FlagLab histories (*.json)"));
    QString error;
    if (!path.isEmpty())
        report(m_history->save(path, &error), error);
}

void FileActions::openHistory()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a run history"), m_folder,
                                                      tr("FlagLab histories (*.json)"));
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    QString error;
    if (!m_history->load(path, &error))
        QMessageBox::warning(m_window, tr("Not opened"), error);
}

} // namespace flaglab
