#include "runcontrols/controlspanel.h"
#include "ui_controlspanel.h"

#include "saving/destinationcheck.h"
#include "engine/loadpolicy.h"
#include "flags2/textreport.h"
#include "shell/guioptions.h"
#include "runcontrols/inputvalidators.h"
#include "look/invalidfield.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QToolButton>
#include <QSettings>
#include <QStyle>
#include <algorithm>
#include <cmath>

namespace flaglab {

namespace {

const QString kCustom = QStringLiteral("CUSTOM");

struct RangeName {
    ControlsPanel::Range range;
    const char *key;
};
constexpr RangeName kRangeNames[] = {
    {ControlsPanel::Range::Pop20, "pop20"},
    {ControlsPanel::Range::All, "all"},
    {ControlsPanel::Range::Every, "every"},
    {ControlsPanel::Range::Codes, "codes"},
};

QString rangeKey(ControlsPanel::Range range)
{
    for (const RangeName &name : kRangeNames) {
        if (name.range == range)
            return QString::fromLatin1(name.key);
    }
    return {};
}

ControlsPanel::Range rangeFromKey(const QString &key)
{
    for (const RangeName &name : kRangeNames) {
        if (key == QLatin1String(name.key))
            return name.range;
    }
    return ControlsPanel::Range::Pop20;
}

// The popup of a combo that may elide is wide enough for its longest item.
void fitPopup(QComboBox *combo)
{
    QAbstractItemView *view = combo->view();
    const QFontMetrics metrics = view->fontMetrics();
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(combo->itemText(i)));
    // A character's width each side: the items' own margins, whatever the style.
    view->setMinimumWidth(widest + 2 * metrics.averageCharWidth() + 2 * view->frameWidth());
}

// A combo that may elide shows its items whole in its popup, and its current
// one whole in its tooltip, above what the combo is for.
void showItemsWhole(QComboBox *combo)
{
    const QString purpose = combo->toolTip();
    const auto showCurrent = [combo, purpose] { combo->setToolTip(combo->currentText() + u'\n' + purpose); };
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, showCurrent);
    showCurrent();
    fitPopup(combo);
}

QString codesSummary(const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    if (codes.size() == 1)
        return ControlsPanel::tr("1 code: %1").arg(codes.first());
    if (codes.size() <= 10)
        return ControlsPanel::tr("%1 codes: %2").arg(codes.size()).arg(codes.join(u' '));
    return ControlsPanel::tr("%1 codes: %2 … %3").arg(codes.size()).arg(codes.first(), codes.last());
}

} // namespace

ControlsPanel::ControlsPanel(QWidget *parent)
    : QWidget(parent), ui(new Ui::ControlsPanel)
{
    ui->setupUi(this);
    // The settings scroll right up to the dock's edges; the run buttons under them keep the same margins.
    const QMargins margins = ui->settingsLayout->contentsMargins();
    ui->runBox->setContentsMargins(margins.left(), 0, margins.right(), margins.top());

    ui->serverCombo->addItem(tr("LOCAL: plain file server"), QStringLiteral("LOCAL"));
    ui->serverCombo->addItem(tr("DELAY: slow server"), QStringLiteral("DELAY"));
    ui->serverCombo->addItem(tr("ERROR: slow, with errors"), QStringLiteral("ERROR"));
    ui->serverCombo->addItem(tr("REMOTE: fluentpython.com"), QStringLiteral("REMOTE"));
    ui->serverCombo->addItem(tr("Custom URL…"), kCustom);

    ui->rangeCombo->addItem(tr("POP20: 20 most populous"), int(Range::Pop20));
    ui->rangeCombo->addItem(tr("All 194 flags (-a)"), int(Range::All));
    ui->rangeCombo->addItem(tr("Every code AA–ZZ (-e)"), int(Range::Every));
    ui->rangeCombo->addItem(tr("Codes or first letters"), int(Range::Codes));

    ui->protocolCombo->addItem(tr("HTTP/1.1: a connection per request"), int(RunConfig::Protocol::Http1));
    ui->protocolCombo->addItem(tr("HTTP/2: streams on one connection"), int(RunConfig::Protocol::Http2));

    // Narrow screens (a 1024-pixel projector) still fit the panel: the combos elide.
    for (QComboBox *combo : {ui->serverCombo, ui->rangeCombo, ui->protocolCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        showItemsWhole(combo);
    }

    ui->codesEdit->setValidator(new CodeListValidator(ui->codesEdit));
    ui->urlEdit->setValidator(new BaseUrlValidator(ui->urlEdit));

    const QList<QToolButton *> quick = quickButtons();
    for (int i = 0; i < quick.size(); ++i) {
        QToolButton *button = quick.at(i);
        const int value = kQuickConcurrency[i];
        button->setCheckable(true);
        button->setToolTip(value == 1 ? tr("One request at a time, as flags2_sequential")
                                      : tr("Up to %1 requests at once").arg(value));
        connect(button, &QToolButton::clicked, this, [this, value] { ui->concurrencySpin->setValue(value); });
    }
    connect(ui->concurrencySpin, &QSpinBox::valueChanged, this, &ControlsPanel::checkQuickButton);
    connect(ui->concurrencySpin, &QSpinBox::valueChanged, this, &ControlsPanel::updateSummary);

    connect(ui->serverCombo, &QComboBox::currentIndexChanged, this, &ControlsPanel::revalidate);
    connect(ui->serverCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT serverChanged(serverLabel()); });
    connect(ui->rangeCombo, &QComboBox::currentIndexChanged, this, &ControlsPanel::revalidate);
    connect(ui->protocolCombo, &QComboBox::currentIndexChanged, this, &ControlsPanel::revalidate);
    connect(ui->urlEdit, &QLineEdit::textChanged, this, &ControlsPanel::revalidate);
    connect(ui->codesEdit, &QLineEdit::textChanged, this, &ControlsPanel::revalidate);
    connect(ui->limitSpin, &QSpinBox::valueChanged, this, &ControlsPanel::updateSummary);
    // A number typed out of range (0 for -m) is not a value the box takes: it
    // keeps its old one, and says nothing (its textChanged waits for a value).
    // Start must not run with that: the field is flagged as it is typed.
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{
             ui->concurrencySpin, ui->limitSpin, ui->timeoutSpin, ui->retriesSpin})
        connect(box->findChild<QLineEdit *>(), &QLineEdit::textChanged, this, &ControlsPanel::revalidate);
    connect(ui->threadsRadio, &QRadioButton::toggled, this, &ControlsPanel::updateModelState);
    ui->destinationEdit->setText(QDir::toNativeSeparators(defaultDestination()));
    connect(ui->destinationEdit, &QLineEdit::textEdited, this, &ControlsPanel::destinationEdited);
    connect(ui->destinationEdit, &QLineEdit::textChanged, this,
            [this] { Q_EMIT destinationChanged(destination()); });
    connect(ui->destinationEdit, &QLineEdit::editingFinished, this, &ControlsPanel::checkDestination);
    connect(ui->destinationButton, &QToolButton::clicked, this, &ControlsPanel::chooseDestination);
    connect(ui->startButton, &QPushButton::clicked, this, &ControlsPanel::requestStart);
    connect(ui->stopButton, &QPushButton::clicked, this, &ControlsPanel::stopRequested);

    setStyleSheet(QStringLiteral(
        "QLabel#problemLabel { color: #c62828; font-weight: bold; }"
        "QLabel#serverUrlLabel, QLabel#codesSummaryLabel, QLabel#modelNoteLabel { color: palette(dark); }"
        "QPushButton#startButton, QPushButton#stopButton { font-weight: bold; padding: 8px 12px; }"
        "QPushButton#startButton:enabled { background: #2e7d32; color: white; border: 1px solid #1b5e20; border-radius: 4px; }"
        "QPushButton#stopButton:enabled { background: #c62828; color: white; border: 1px solid #8e0000; border-radius: 4px; }"));
    sizeRunButtons();

    checkQuickButton();
    updateModelState();
    revalidate();
    setRunning(false);
}

ControlsPanel::~ControlsPanel() = default;

int ControlsPanel::heightToShowAll(int width) const
{
    return ui->settingsScroll->heightToShowAll(width) + ui->panelLayout->spacing() + ui->runBox->sizeHint().height();
}

void ControlsPanel::sizeRunButtons()
{
    QFont runFont = QApplication::font(this);
    runFont.setPointSizeF(runFont.pointSizeF() * 1.25);
    ui->startButton->setFont(runFont);
    ui->stopButton->setFont(runFont);
}

void ControlsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {   // presentation mode
        sizeRunButtons();
        for (QComboBox *combo : {ui->serverCombo, ui->rangeCombo, ui->protocolCombo})
            fitPopup(combo);
    }
}

void ControlsPanel::updateModelState()
{
    // Threads each have a network manager of their own: the cap of 6 is the event loop's matter.
    ui->singleManagerCheck->setEnabled(!ui->threadsRadio->isChecked());
}

ControlsPanel::Range ControlsPanel::range() const
{
    return Range(ui->rangeCombo->currentData().toInt());
}

void ControlsPanel::setRange(Range range)
{
    ui->rangeCombo->setCurrentIndex(ui->rangeCombo->findData(int(range)));
}

QList<QToolButton *> ControlsPanel::quickButtons() const
{
    return {ui->quick1, ui->quick6, ui->quick20, ui->quick100, ui->quick1000};
}

void ControlsPanel::checkQuickButton()
{
    const QList<QToolButton *> quick = quickButtons();
    for (int i = 0; i < quick.size(); ++i)
        quick.at(i)->setChecked(kQuickConcurrency[i] == ui->concurrencySpin->value());
}

QString ControlsPanel::serverLabel() const
{
    return ui->serverCombo->currentData().toString();
}

RunRequest ControlsPanel::request() const
{
    RunRequest request;
    const QString label = serverLabel();
    if (const auto server = resolveServer(label == kCustom ? ui->urlEdit->text().trimmed() : label))
        request.server = *server;
    request.selection.every = range() == Range::Every;
    request.selection.all = range() == Range::All;
    if (range() == Range::Codes)
        request.selection.ccArgs = CodeListValidator::arguments(ui->codesEdit->text());
    if (ui->limitSpin->value() > 0)
        request.selection.limit = ui->limitSpin->value();
    request.codes = expandCodes(request.selection).codes;
    request.maxReq = ui->concurrencySpin->value();
    request.timeoutMs = int(std::lround(ui->timeoutSpin->value() * 1000));
    request.model = ui->threadsRadio->isChecked() ? RunConfig::Model::Threads : RunConfig::Model::EventLoop;
    request.singleManager = request.model == RunConfig::Model::EventLoop && ui->singleManagerCheck->isChecked();
    request.protocol = protocol();
    request.retries = ui->retriesSpin->value();
    request.destination = destination();
    return request;
}

void ControlsPanel::setServer(const ServerTarget &server)
{
    const int index = ui->serverCombo->findData(server.label);
    if (index >= 0 && server.label != kCustom) {
        ui->serverCombo->setCurrentIndex(index);
    } else {
        ui->urlEdit->setText(server.baseUrl.toString());
        ui->serverCombo->setCurrentIndex(ui->serverCombo->findData(kCustom));
    }
}

void ControlsPanel::setSelection(const CodeSelection &selection)
{
    if (selection.every)
        setRange(Range::Every);
    else if (selection.all)
        setRange(Range::All);
    else if (!selection.ccArgs.isEmpty())
        setRange(Range::Codes);
    else
        setRange(Range::Pop20);
    if (!selection.ccArgs.isEmpty())
        ui->codesEdit->setText(selection.ccArgs.join(u' '));
    const bool limited = selection.limit > 0 && selection.limit <= ui->limitSpin->maximum();
    ui->limitSpin->setValue(limited ? selection.limit : 0);
}

void ControlsPanel::setMaxReq(int maxReq)
{
    ui->concurrencySpin->setValue(maxReq);
}

void ControlsPanel::setTimeoutMs(int timeoutMs)
{
    ui->timeoutSpin->setValue(timeoutMs / 1000.0);
}

void ControlsPanel::setModel(RunConfig::Model model)
{
    (model == RunConfig::Model::Threads ? ui->threadsRadio : ui->eventLoopRadio)->setChecked(true);
}

void ControlsPanel::setSingleManager(bool single)
{
    ui->singleManagerCheck->setChecked(single);
}

RunConfig::Protocol ControlsPanel::protocol() const
{
    return RunConfig::Protocol(ui->protocolCombo->currentData().toInt());
}

void ControlsPanel::setProtocol(RunConfig::Protocol protocol)
{
    ui->protocolCombo->setCurrentIndex(ui->protocolCombo->findData(int(protocol)));
}

void ControlsPanel::applyOptions(const GuiOptions &options)
{
    if (options.server)
        setServer(*options.server);
    if (options.selection)
        setSelection(*options.selection);
    if (options.maxReq)
        setMaxReq(*options.maxReq);
    if (options.run.timeoutMs)
        setTimeoutMs(*options.run.timeoutMs);
    if (options.run.model)
        setModel(*options.run.model);
    if (options.run.retries)
        setRetries(*options.run.retries);
    if (options.run.singleManager)
        setSingleManager(true);
    if (options.run.protocol)
        setProtocol(*options.run.protocol);
    if (!options.run.destination.value_or(QString()).isEmpty())
        setDestination(*options.run.destination);
}

void ControlsPanel::showSceneRun(const GuiOptions &options)
{
    applyOptions(options);
    setSingleManager(options.run.singleManager);
}

QString ControlsPanel::destination() const
{
    const QString text = ui->destinationEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir(QDir::fromNativeSeparators(text)).absolutePath();
}

void ControlsPanel::setDestination(const QString &folder)
{
    ui->destinationEdit->setText(QDir::toNativeSeparators(QDir(folder).absolutePath()));
    m_destinationProblem.clear();
    revalidate();
}

void ControlsPanel::chooseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the flags in"), destination());
    if (folder.isEmpty())
        return;
    setDestination(folder);
    checkDestination();
}

void ControlsPanel::destinationEdited()
{
    m_destinationProblem.clear();      // unknown until the next check
    revalidate();
}

// Creates the folder if missing and probes writing in it: at the end of an
// edit, not at each keystroke, which would leave a folder per prefix typed.
void ControlsPanel::checkDestination()
{
    m_destinationProblem = destinationProblem(destination());
    revalidate();
}

bool ControlsPanel::checkBeforeStart()
{
    checkDestination();
    return isValid();
}

void ControlsPanel::requestStart()
{
    if (checkBeforeStart())
        Q_EMIT startRequested(request());
}

void ControlsPanel::setRetries(int retries)
{
    ui->retriesSpin->setValue(retries);
}

void ControlsPanel::setServerNote(const QString &note)
{
    ui->serverNoteLabel->setText(note);
    ui->serverNoteLabel->setVisible(!note.isEmpty());
}

void ControlsPanel::setRunning(bool running)
{
    m_running = running;
    for (QWidget *group : {static_cast<QWidget *>(ui->serverGroup), static_cast<QWidget *>(ui->flagsGroup),
                           static_cast<QWidget *>(ui->requestsGroup), static_cast<QWidget *>(ui->modelGroup)})
        group->setEnabled(!running);
    ui->startButton->setEnabled(!running && isValid());
    ui->stopButton->setEnabled(running);
}

QString ControlsPanel::numberProblem()
{
    const struct {
        QAbstractSpinBox *box;
        QString name;
        double minimum, maximum;
    } fields[] = {
        {ui->concurrencySpin, ui->concurrencyLabel->text(), double(ui->concurrencySpin->minimum()),
         double(ui->concurrencySpin->maximum())},
        {ui->limitSpin, ui->limitLabel->text(), double(ui->limitSpin->minimum()), double(ui->limitSpin->maximum())},
        {ui->timeoutSpin, ui->timeoutLabel->text(), ui->timeoutSpin->minimum(), ui->timeoutSpin->maximum()},
        {ui->retriesSpin, ui->retriesLabel->text(), double(ui->retriesSpin->minimum()),
         double(ui->retriesSpin->maximum())},
    };
    QString problem;
    for (const auto &field : fields) {
        const bool bad = !field.box->hasAcceptableInput();
        markInvalid(field.box, bad);
        if (bad && problem.isEmpty())
            problem = tr("%1 takes a number from %2 to %3, not '%4'")
                          .arg(QString(field.name).remove(u'&').remove(u':'), QLocale().toString(field.minimum),
                               QLocale().toString(field.maximum), field.box->text());
    }
    return problem;
}

void ControlsPanel::revalidate()
{
    const bool custom = serverLabel() == kCustom;
    const bool typed = range() == Range::Codes;
    ui->urlEdit->setVisible(custom);
    ui->codesEdit->setVisible(typed);

    const QString urlProblem = custom ? BaseUrlValidator::problem(ui->urlEdit->text()) : QString();
    const QString codesProblem = typed ? CodeListValidator::problem(ui->codesEdit->text()) : QString();
    // An empty folder needs no check on disk to be wrong.
    const QString destProblem = destination().isEmpty() ? destinationProblem(QString()) : m_destinationProblem;
    markInvalid(ui->urlEdit, !urlProblem.isEmpty());
    markInvalid(ui->codesEdit, !codesProblem.isEmpty());
    markInvalid(ui->destinationEdit, !destProblem.isEmpty());

    const QString numbersProblem = numberProblem();
    QString problem = !urlProblem.isEmpty() ? urlProblem : codesProblem;
    if (problem.isEmpty())
        problem = numbersProblem;
    if (problem.isEmpty())
        problem = destProblem;
    ui->problemLabel->setText(problem);
    ui->problemLabel->setVisible(!problem.isEmpty());
    const bool validityChanged = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    ui->startButton->setEnabled(!m_running && isValid());
    updateSummary();
    if (validityChanged)
        Q_EMIT this->validityChanged(isValid());
    Q_EMIT requestChanged();
}

void ControlsPanel::updateSummary()
{
    if (!isValid()) {
        ui->serverUrlLabel->clear();
        ui->codesSummaryLabel->clear();
        return;
    }
    const RunRequest request = this->request();
    ui->serverUrlLabel->setText(request.server.baseUrl.toString());
    updateResponsibilityNote(request.server);
    const int actual = request.actualReq();
    QString plan = actual == 1 ? tr("1 connection will be used.") : tr("%1 concurrent connections will be used.").arg(actual);
    if (request.protocol == RunConfig::Protocol::Http2) {
        // As the CLI's header line: how few connections carry them.
        RunConfig config;
        config.baseUrl = request.server.baseUrl;
        config.protocol = request.protocol;
        config.model = request.model;
        config.singleManager = request.singleManager;
        const Http2Plan http2 = http2Plan(config, actual);
        const QString connections = tr("%n connection(s)", nullptr, http2.connections);
        plan = http2.negotiated
            ? tr("%n concurrent request(s) will be used over %1, if the server agrees to HTTP/2.", nullptr, actual)
                  .arg(connections)
            : tr("%n concurrent request(s) will be used over %1.", nullptr, actual).arg(connections);
    }
    ui->codesSummaryLabel->setText(codesSummary(request.codes) + u'\n' + plan);
}

// Acting responsibly, in the product's words: shown while the server is
// somebody else's (REMOTE, or a custom URL that is not loopback).
void ControlsPanel::updateResponsibilityNote(const ServerTarget &server)
{
    const LoadPolicy policy = LoadPolicy::fromEnvironment();
    const bool remote = !policy.isOurs(server.baseUrl);
    if (remote && m_noteTemplate.isEmpty())
        m_noteTemplate = ui->responsibilityNote->text();
    if (remote)
        ui->responsibilityNote->setText(m_noteTemplate.arg(policy.safeConcurrency(server.label))
                                            .arg(LoadPolicy::kRemoteSafeRequests));
    ui->responsibilityNote->setVisible(remote);
}

bool ControlsPanel::isResponsibilityNoteShown() const
{
    return !ui->responsibilityNote->isHidden();
}

void ControlsPanel::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("controls"));
    settings.setValue(QStringLiteral("server"), serverLabel());
    settings.setValue(QStringLiteral("url"), ui->urlEdit->text());
    settings.setValue(QStringLiteral("range"), rangeKey(range()));
    settings.setValue(QStringLiteral("codes"), ui->codesEdit->text());
    settings.setValue(QStringLiteral("limit"), ui->limitSpin->value());
    settings.setValue(QStringLiteral("maxReq"), ui->concurrencySpin->value());
    settings.setValue(QStringLiteral("timeoutMs"), int(std::lround(ui->timeoutSpin->value() * 1000)));
    settings.setValue(QStringLiteral("threads"), ui->threadsRadio->isChecked());
    settings.setValue(QStringLiteral("singleManager"), ui->singleManagerCheck->isChecked());
    settings.setValue(QStringLiteral("protocol"),
                      protocol() == RunConfig::Protocol::Http2 ? QStringLiteral("http2") : QStringLiteral("http1"));
    settings.setValue(QStringLiteral("retries"), ui->retriesSpin->value());
    settings.setValue(QStringLiteral("destination"), destination());
    settings.endGroup();
}

void ControlsPanel::restoreSettings(const QSettings &settings)
{
    const auto value = [&settings](const char *key, const QVariant &fallback = {}) {
        return settings.value(QStringLiteral("controls/") + QLatin1String(key), fallback);
    };
    ui->urlEdit->setText(value("url").toString());
    const int server = ui->serverCombo->findData(value("server", QStringLiteral("LOCAL")).toString());
    ui->serverCombo->setCurrentIndex(std::max(server, 0));
    ui->codesEdit->setText(value("codes").toString());
    setRange(rangeFromKey(value("range").toString()));
    ui->limitSpin->setValue(value("limit", 0).toInt());
    ui->concurrencySpin->setValue(value("maxReq", 20).toInt());
    ui->timeoutSpin->setValue(value("timeoutMs", 3100).toInt() / 1000.0);
    setModel(value("threads", false).toBool() ? RunConfig::Model::Threads : RunConfig::Model::EventLoop);
    setSingleManager(value("singleManager", false).toBool());
    setProtocol(value("protocol").toString() == u"http2" ? RunConfig::Protocol::Http2 : RunConfig::Protocol::Http1);
    ui->retriesSpin->setValue(value("retries", 0).toInt());
    const QString folder = value("destination").toString();
    setDestination(folder.isEmpty() ? defaultDestination() : folder);
}

} // namespace flaglab
