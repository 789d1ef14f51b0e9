#pragma once

#include <QWidget>
#include <memory>

class QMenu;

namespace Ui { class HistoryView; }

namespace flaglab {

class HistoryModel;
class OverlayPlot;
class RunHistory;

// The History view: the session's runs in a table, and the ticked ones
// overlaid on the compare plot below it.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setHistory(RunHistory *history);
    HistoryModel *model() const { return m_model; }
    OverlayPlot *plot() const;
    // The run the user picked in the table, else the latest; -1 when there is none.
    int chosenRow() const;

    // The menu a run's row opens (right-click): "Export as HAR…" of that run.
    QMenu *rowMenu(int row, QWidget *parent);

    static constexpr int kRowsInSight = 4;     // two compared runs and the ones around them

Q_SIGNALS:
    void exportHarRequested(int row);   // the table's context menu: "Export as HAR…"

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showOverlay();
    void showContextMenu(const QPoint &pos);
    void fitColumns();
    int rowsHeight() const;
    void fitTable();

    std::unique_ptr<Ui::HistoryView> ui;
    HistoryModel *m_model = nullptr;
    bool m_splitByUser = false;     // the user dragged the splitter: their heights stand
};

} // namespace flaglab
