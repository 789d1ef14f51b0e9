#include "labhistory/historyview.h"
#include "ui_historyview.h"

#include "labhistory/historymodel.h"
#include "labhistory/overlayplot.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>

namespace flaglab {

namespace {

int fullWidth(QComboBox *combo)
{
    const QComboBox::SizeAdjustPolicy policy = combo->sizeAdjustPolicy();
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const int width = combo->sizeHint().width();
    combo->setSizeAdjustPolicy(policy);
    return width;
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent), ui(new Ui::HistoryView)
{
    ui->setupUi(this);
    ui->measureCombo->addItem(tr("flags per second"), int(OverlayMeasure::FlagsPerSecond));
    ui->measureCombo->addItem(tr("flags downloaded so far"), int(OverlayMeasure::FlagsDone));
    // As wide as its longest item where there is room, narrower (eliding) on a narrow screen.
    ui->measureCombo->setMaximumWidth(fullWidth(ui->measureCombo));
    ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->table->horizontalHeader()->setStretchLastSection(false);
    // The plot gets most of the room; the table shows a handful of runs and scrolls (fitTable()).
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 3);
    fitTable();
    connect(ui->splitter, &QSplitter::splitterMoved, this, [this] { m_splitByUser = true; });
    connect(ui->measureCombo, &QComboBox::currentIndexChanged, this, [this] {
        ui->overlayPlot->setMeasure(OverlayMeasure(ui->measureCombo->currentData().toInt()));
    });
    ui->table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui->table, &QWidget::customContextMenuRequested, this, &HistoryView::showContextMenu);
    connect(ui->untickButton, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->setOverlaidRows({});
    });
    setEnabled(false);
}

HistoryView::~HistoryView() = default;

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {   // presentation mode's large type
        ui->measureCombo->setMaximumWidth(fullWidth(ui->measureCombo));
        fitTable();
    }
}

void HistoryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

// The table's height for kRowsInSight runs, with its header and scroll bar.
int HistoryView::rowsHeight() const
{
    const int rowHeight = ui->table->fontMetrics().height() + 6;     // its rows fit their contents
    return ui->table->horizontalHeader()->sizeHint().height() + kRowsInSight * rowHeight
           + 2 * ui->table->frameWidth() + ui->table->horizontalScrollBar()->sizeHint().height();
}

// The table keeps its rows, as a minimum too, so that the window's docks
// cannot squeeze them away; the plot takes the rest.
void HistoryView::fitTable()
{
    ui->table->setMinimumHeight(rowsHeight());
    if (m_splitByUser)
        return;
    const int total = ui->splitter->height() - ui->splitter->handleWidth();
    ui->splitter->setSizes({rowsHeight(), total - rowsHeight()});
}

OverlayPlot *HistoryView::plot() const
{
    return ui->overlayPlot;
}

void HistoryView::setHistory(RunHistory *history)
{
    m_model = new HistoryModel(history, this);
    ui->table->setModel(m_model);
    connect(m_model, &HistoryModel::overlayChanged, this, &HistoryView::showOverlay);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { ui->table->scrollTo(m_model->index(last, 0)); });
    connect(ui->clearButton, &QPushButton::clicked, this, [this, history] {
        if (history->runs().isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Clear the history"),
            tr("Forget all %n run(s) of this session? Save the history first to compare them later.", nullptr,
               int(history->runs().size())));
        if (answer == QMessageBox::Yes)
            history->clear();
    });
    setEnabled(true);
    fitColumns();
    fitTable();     // now with the header's height
    showOverlay();
}

int HistoryView::chosenRow() const
{
    if (!m_model || m_model->rowCount() == 0)
        return -1;
    const QModelIndex current = ui->table->selectionModel()->currentIndex();
    return current.isValid() && ui->table->selectionModel()->isRowSelected(current.row())
               ? current.row()
               : m_model->rowCount() - 1;
}

// A run's own menu: what File > Export does for the chosen run, for this one.
QMenu *HistoryView::rowMenu(int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *har = menu->addAction(tr("Export as &HAR…"));
    har->setObjectName(QStringLiteral("actionExportRowHar"));
    connect(har, &QAction::triggered, this, [this, row] { Q_EMIT exportHarRequested(row); });
    return menu;
}

void HistoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = ui->table->indexAt(pos);
    if (!m_model || !index.isValid())
        return;
    QMenu *menu = rowMenu(index.row(), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(ui->table->viewport()->mapToGlobal(pos));
}

void HistoryView::fitColumns()
{
    // Every figure whole; the run's name takes the room that is left.
    QHeaderView *header = ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::Name, QHeaderView::Stretch);
}

void HistoryView::showOverlay()
{
    QList<RunSummary> runs;
    QList<QColor> colors;
    for (int row : m_model->overlaidRows()) {
        runs.append(m_model->history().runs().at(row));
        colors.append(m_model->overlayColor(row));
    }
    ui->overlayPlot->showRuns(runs, colors);
}

} // namespace flaglab
