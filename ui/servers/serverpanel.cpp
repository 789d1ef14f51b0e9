#include "servers/serverpanel.h"
#include "ui_serverpanel.h"

#include "look/guicolors.h"

#include "look/invalidfield.h"
#include <QHeaderView>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

QString inFlightText(qint64 now, qint64 max)
{
    return QStringLiteral("%1 (%2)").arg(now).arg(max);
}

qint64 otherAnswers(const ServerStats &stats)
{
    qint64 other = 0;
    for (auto it = stats.byStatus.cbegin(); it != stats.byStatus.cend(); ++it) {
        if (it.key() != 200 && it.key() != 404)
            other += it.value();
    }
    return other;
}

} // namespace

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent), ui(new Ui::ServerPanel)
{
    ui->setupUi(this);

    QTableWidget *table = ui->statsTable;
    table->setColumnCount(int(BuiltInServers::kModes.size()));
    table->setRowCount(RowCount);
    QStringList columns;
    for (auto mode : BuiltInServers::kModes)
        columns << BuiltInServers::label(mode);
    table->setHorizontalHeaderLabels(columns);
    const struct {
        QString label;
        QString toolTip;
    } rows[RowCount] = {
        {tr("Port"), tr("Where the server listens")},
        {tr("Requests"), tr("Requests received")},
        {tr("In flight"), tr("Requests being answered now (the most at once)")},
        {tr("Connections"), tr("Open TCP connections now (the most at once)")},
        {tr("200"), tr("Answered 200 OK: a flag")},
        {tr("404"), tr("Answered 404 Not Found")},
        {tr("Other"), tr("Answered another status, such as ERROR's 418")},
        {tr("Faults"), tr("Faulty answers started (Settings: Faults): reset, truncated, stalled or garbage")},
        {tr("Hung up"), tr("Clients that closed the connection before their answer")},
        {tr("Sent"), tr("Bytes sent")},
    };
    for (int row = 0; row < RowCount; ++row) {
        auto *header = new QTableWidgetItem(rows[row].label);
        header->setToolTip(rows[row].toolTip);
        table->setVerticalHeaderItem(row, header);
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);     // every row, always
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < RowCount; ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }

    for (auto mode : BuiltInServers::kModes)
        ui->editCombo->addItem(BuiltInServers::label(mode), int(mode));

    ui->problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    ui->settingsProblemLabel->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    ui->problemLabel->hide();
    ui->settingsProblemLabel->hide();

    connect(ui->editCombo, &QComboBox::currentIndexChanged, this, &ServerPanel::loadFields);
    for (QDoubleSpinBox *spin : {ui->delayMinSpin, ui->delayMaxSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ServerPanel::applyFields);
    for (QSpinBox *spin : {ui->errorRateSpin, ui->errorStatusSpin, ui->bandwidthSpin, ui->faultRateSpin, ui->seedSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ServerPanel::applyFields);
    for (QCheckBox *check : {ui->faultResetCheck, ui->faultTruncateCheck, ui->faultStallCheck, ui->faultGarbageCheck})
        connect(check, &QCheckBox::toggled, this, &ServerPanel::applyFields);
    connect(ui->defaultsButton, &QPushButton::clicked, this, [this] {
        if (m_servers)
            m_servers->setConfig(editedMode(), ServerConfig::forMode(editedMode()));
        loadFields();
    });
    connect(ui->resetStatsButton, &QPushButton::clicked, this, [this] {
        if (m_servers)
            m_servers->resetStats();
        pollStats();
    });
    connect(ui->runServersCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_servers || on == m_servers->anyRunning())
            return;
        if (on)
            m_servers->startAll();
        else
            m_servers->stopAll();
    });

    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ServerPanel::pollStats);
    setEnabled(false);
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::setServers(BuiltInServers *servers)
{
    m_servers = servers;
    setEnabled(servers != nullptr);
    if (servers) {
        connect(servers, &BuiltInServers::stateChanged, this, &ServerPanel::showState);
        connect(servers, &BuiltInServers::statsReady, this, &ServerPanel::showStats);
        // Settings changed elsewhere (a book scene, the command line) show here too.
        connect(servers, &BuiltInServers::stateChanged, this, [this] {
            if (!m_applying)
                loadFields();
        });
    }
    showState();
    loadFields();
}

void ServerPanel::setRunning(bool running)
{
    m_running = running;
    showState();
}

void ServerPanel::showSettingsOf(const QString &label)
{
    const int index = ui->editCombo->findText(label);
    if (index >= 0)
        ui->editCombo->setCurrentIndex(index);
}

BuiltInServers::Mode ServerPanel::editedMode() const
{
    return BuiltInServers::Mode(ui->editCombo->currentData().toInt());
}

void ServerPanel::setCell(int row, int column, const QString &text, const QColor &color)
{
    QTableWidgetItem *item = ui->statsTable->item(row, column);
    if (item->text() != text)
        item->setText(text);
    item->setForeground(color.isValid() ? QBrush(color) : QBrush());
}

void ServerPanel::showState()
{
    if (!m_servers)
        return;
    const bool on = m_servers->anyRunning();
    {
        const QSignalBlocker blocker(ui->runServersCheck);
        ui->runServersCheck->setChecked(on);
    }
    ui->runServersCheck->setEnabled(!m_running);
    ui->settingsGroup->setEnabled(!m_running);
    ui->defaultsButton->setEnabled(!m_running);

    QStringList problems;
    for (int column = 0; column < int(BuiltInServers::kModes.size()); ++column) {
        const auto mode = BuiltInServers::kModes[column];
        const QString problem = m_servers->problem(mode);
        QTableWidgetItem *item = ui->statsTable->item(PortRow, column);
        item->setToolTip(problem);
        if (m_servers->isRunning(mode))
            setCell(PortRow, column, QString::number(m_servers->port(mode)), colors::ok());
        else if (!problem.isEmpty())
            setCell(PortRow, column, tr("%1 taken").arg(m_servers->port(mode)), colors::error());
        else
            setCell(PortRow, column, tr("off"), colors::notFound());
        if (!problem.isEmpty())
            problems << problem;
    }
    ui->problemLabel->setText(problems.join(u'\n'));
    ui->problemLabel->setVisible(!problems.isEmpty());
    if (on)
        m_pollTimer.start();
    else
        m_pollTimer.stop();
    pollStats();
}

void ServerPanel::pollStats()
{
    if (!m_servers || !isVisible())
        return;
    for (int column = 0; column < int(BuiltInServers::kModes.size()); ++column) {
        if (!m_servers->isRunning(BuiltInServers::kModes[column])) {
            for (int row = RequestsRow; row < RowCount; ++row)
                setCell(row, column, QStringLiteral("–"));
        }
    }
    m_servers->requestStats();
}

void ServerPanel::showStats(BuiltInServers::Mode mode, const ServerStats &stats)
{
    if (!m_servers || !m_servers->isRunning(mode))
        return;
    const QLocale locale;
    const int column = int(std::find(BuiltInServers::kModes.begin(), BuiltInServers::kModes.end(), mode)
                           - BuiltInServers::kModes.begin());
    setCell(RequestsRow, column, QString::number(stats.requests));
    setCell(InFlightRow, column, inFlightText(stats.inFlight, stats.maxInFlight));
    setCell(ConnectionsRow, column, inFlightText(stats.connections, stats.maxConnections));
    // The lesson of HTTP/2 in a sentence: how few connections carry the requests.
    const QString carried = tr("%n request(s) in flight over %1", nullptr, int(stats.inFlight))
                                .arg(tr("%n open connection(s)", nullptr, int(stats.connections)));
    for (int row : {int(InFlightRow), int(ConnectionsRow)}) {
        QTableWidgetItem *item = ui->statsTable->item(row, column);
        if (item->toolTip() != carried)
            item->setToolTip(carried);
    }
    setCell(OkRow, column, QString::number(stats.byStatus.value(200)), colors::ok());
    setCell(NotFoundRow, column, QString::number(stats.byStatus.value(404)), colors::notFound());
    const qint64 other = otherAnswers(stats);
    setCell(OtherRow, column, QString::number(other), other ? colors::error() : QColor());
    qint64 faults = 0;
    QStringList byFault;
    for (auto it = stats.faults.cbegin(); it != stats.faults.cend(); ++it) {
        faults += it.value();
        byFault << tr("%1: %2").arg(answerFaultName(it.key())).arg(it.value());
    }
    setCell(FaultsRow, column, QString::number(faults), faults ? colors::error() : QColor());
    const QString faultsTip = byFault.isEmpty() ? QString() : byFault.join(u'\n');
    if (QTableWidgetItem *item = ui->statsTable->item(FaultsRow, column); item->toolTip() != faultsTip)
        item->setToolTip(faultsTip);
    setCell(HungUpRow, column, QString::number(stats.hungUp));
    setCell(SentRow, column, locale.formattedDataSize(stats.bytesSent, 0, QLocale::DataSizeSIFormat));
}

void ServerPanel::loadFields()
{
    if (!m_servers)
        return;
    const auto mode = editedMode();
    const ServerConfig config = m_servers->config(mode);
    m_loading = true;
    ui->delayMinSpin->setValue(config.delayMinMs / 1000.0);
    ui->delayMaxSpin->setValue(config.delayMaxMs / 1000.0);
    ui->errorRateSpin->setValue(int(std::lround(config.errorRate * 100)));
    ui->errorStatusSpin->setValue(config.errorStatus);
    ui->bandwidthSpin->setValue(config.bandwidthKBps);
    ui->faultResetCheck->setChecked(config.faults.contains(AnswerFault::Reset));
    ui->faultTruncateCheck->setChecked(config.faults.contains(AnswerFault::Truncate));
    ui->faultStallCheck->setChecked(config.faults.contains(AnswerFault::Stall));
    ui->faultGarbageCheck->setChecked(config.faults.contains(AnswerFault::Garbage));
    ui->faultRateSpin->setValue(int(std::lround(config.faultRate * 100)));
    ui->seedSpin->setValue(config.seed ? int(std::min<quint32>(*config.seed, INT_MAX)) : -1);
    m_loading = false;

    // Only what the server's mode uses can be set: delays for DELAY and ERROR, errors for ERROR.
    const bool delays = mode != BuiltInServers::Mode::Local;
    const bool errors = mode == BuiltInServers::Mode::Error;
    for (QWidget *w : {static_cast<QWidget *>(ui->delayMinSpin), static_cast<QWidget *>(ui->delayMaxSpin),
                       static_cast<QWidget *>(ui->delayLabel), static_cast<QWidget *>(ui->delayToLabel)})
        w->setEnabled(delays);
    for (QWidget *w : {static_cast<QWidget *>(ui->errorRateSpin), static_cast<QWidget *>(ui->errorStatusSpin),
                       static_cast<QWidget *>(ui->errorRateLabel), static_cast<QWidget *>(ui->errorStatusLabel)})
        w->setEnabled(errors);
    applyFields();
}

QList<AnswerFault> ServerPanel::checkedFaults() const
{
    QList<AnswerFault> faults;
    const std::pair<QCheckBox *, AnswerFault> checks[] = {{ui->faultResetCheck, AnswerFault::Reset},
                                                          {ui->faultTruncateCheck, AnswerFault::Truncate},
                                                          {ui->faultStallCheck, AnswerFault::Stall},
                                                          {ui->faultGarbageCheck, AnswerFault::Garbage}};
    for (const auto &[check, fault] : checks) {
        if (check->isChecked())
            faults.append(fault);
    }
    return faults;
}

void ServerPanel::applyFields()
{
    if (m_loading || !m_servers)
        return;
    const int minMs = int(std::lround(ui->delayMinSpin->value() * 1000));
    const int maxMs = int(std::lround(ui->delayMaxSpin->value() * 1000));
    const bool valid = minMs <= maxMs;
    markInvalid(ui->delayMaxSpin, !valid);
    ui->settingsProblemLabel->setText(valid ? QString() : tr("The longest delay must not be shorter than the shortest."));
    ui->settingsProblemLabel->setVisible(!valid);
    if (!valid)
        return;

    ServerConfig config = m_servers->config(editedMode());
    const ServerConfig before = config;
    config.delayMinMs = minMs;
    config.delayMaxMs = maxMs;
    config.errorRate = ui->errorRateSpin->value() / 100.0;
    config.errorStatus = ui->errorStatusSpin->value();
    config.bandwidthKBps = ui->bandwidthSpin->value();
    config.faults = checkedFaults();
    config.faultRate = ui->faultRateSpin->value() / 100.0;
    config.seed = ui->seedSpin->value() >= 0 ? std::optional<quint32>(quint32(ui->seedSpin->value())) : std::nullopt;
    if (config.delayMinMs != before.delayMinMs || config.delayMaxMs != before.delayMaxMs
        || config.errorRate != before.errorRate || config.errorStatus != before.errorStatus
        || config.bandwidthKBps != before.bandwidthKBps || config.faults != before.faults
        || config.faultRate != before.faultRate || config.seed != before.seed) {
        m_applying = true;
        m_servers->setConfig(editedMode(), config);
        m_applying = false;
    }
}

} // namespace flaglab
