#pragma once

#include "engine/runconfig.h"
#include "lab/runrequest.h"
#include "flags2/countrycodes.h"
#include "flags2/serverlabels.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QToolButton;
class QSettings;
namespace Ui { class ControlsPanel; }

namespace flaglab {

struct GuiOptions;

// The run's settings: server, range of codes, where to save them, concurrency,
// time-out, and the Start and Stop buttons. Wrong input is flagged at its
// field and keeps Start disabled until it is fixed. The destination is checked
// (destinationProblem(): created, a probe file written) when its editing
// ends, when a folder is picked, and at Start, not at every keystroke. When the panel is too short for all of it (a
// small screen, a long translation) the settings scroll and Start and Stop,
// under them, stay in sight.
class ControlsPanel : public QWidget {
    Q_OBJECT
public:
    enum class Range { Pop20, All, Every, Codes };
    static constexpr int kQuickConcurrency[] = {1, 6, 20, 100, 1000};

    explicit ControlsPanel(QWidget *parent = nullptr);
    ~ControlsPanel() override;

    bool isValid() const { return m_problem.isEmpty(); }
    bool isResponsibilityNoteShown() const;
    // Under the server's URL: how the chosen built-in server differs from the book's; empty hides it.
    void setServerNote(const QString &note);
    QString problem() const { return m_problem; }
    RunRequest request() const;
    // The height that shows the whole panel, nothing scrolled, when it is this wide.
    int heightToShowAll(int width) const;

    void setServer(const ServerTarget &server);
    void setSelection(const CodeSelection &selection);
    void setMaxReq(int maxReq);
    void setTimeoutMs(int timeoutMs);
    void setModel(RunConfig::Model model);
    void setSingleManager(bool single);
    void setProtocol(RunConfig::Protocol protocol);
    void setRetries(int retries);
    void setDestination(const QString &folder);
    QString destination() const;        // absolute
    // Checks the destination now and flags it at its field if it cannot be
    // written; true when the run can start (isValid()).
    bool checkBeforeStart();
    // What the options say; the rest is left as it is.
    void applyOptions(const GuiOptions &options);
    // A run of a book scene: as applyOptions(), and one manager only if the scene says so.
    void showSceneRun(const GuiOptions &options);
    void setRunning(bool running);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void startRequested(const flaglab::RunRequest &request);   // Start, once the checks pass: what to run
    void stopRequested();
    void validityChanged(bool valid);
    void requestChanged();                          // any field changed: request() may differ
    void serverChanged(const QString &label);      // LOCAL, DELAY, ERROR, REMOTE or CUSTOM
    void destinationChanged(const QString &folder); // absolute

protected:
    void changeEvent(QEvent *event) override;

private:
    Range range() const;
    RunConfig::Protocol protocol() const;
    void sizeRunButtons();
    void updateModelState();
    void setRange(Range range);
    QString serverLabel() const;
    QList<QToolButton *> quickButtons() const;
    void checkQuickButton();
    void revalidate();
    void requestStart();
    void chooseDestination();
    void checkDestination();
    void destinationEdited();
    void updateSummary();
    void updateResponsibilityNote(const ServerTarget &server);
    QString numberProblem();        // marks the number fields; the first one's problem

    std::unique_ptr<Ui::ControlsPanel> ui;
    QString m_noteTemplate;     // the form's translated text, with %1 and %2 still open
    QString m_problem;
    QString m_destinationProblem;   // from the last check; cleared by an edit
    bool m_running = false;
};

} // namespace flaglab
