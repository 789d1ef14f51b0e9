#pragma once

#include "servers/builtinservers.h"

#include <QList>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui { class ServerPanel; }

namespace flaglab {

// Shows the built-in servers' live stats (polled ~4 times a second) and edits
// their settings between runs: delay range, error rate and status, bandwidth,
// faulty answers (flaglab-server --faults) and their rate, seed.
class ServerPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 250;

    explicit ServerPanel(QWidget *parent = nullptr);
    ~ServerPanel() override;

    void setServers(BuiltInServers *servers);
    void setRunning(bool running);      // settings are locked while a run is going
    void showSettingsOf(const QString &label);     // LOCAL, DELAY or ERROR; others are ignored

private:
    enum Row { PortRow, RequestsRow, InFlightRow, ConnectionsRow, OkRow, NotFoundRow, OtherRow,
               FaultsRow, HungUpRow, SentRow, RowCount };

    BuiltInServers::Mode editedMode() const;
    void showState();
    void pollStats();
    void showStats(BuiltInServers::Mode mode, const ServerStats &stats);
    void loadFields();
    void applyFields();
    QList<AnswerFault> checkedFaults() const;
    void setCell(int row, int column, const QString &text, const QColor &color = {});

    std::unique_ptr<Ui::ServerPanel> ui;
    BuiltInServers *m_servers = nullptr;
    QTimer m_pollTimer;
    bool m_running = false;
    bool m_loading = false;
    bool m_applying = false;
};

} // namespace flaglab
