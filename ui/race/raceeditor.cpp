#include "race/raceeditor.h"

#include "lab/race.h"
#include "look/invalidfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flaglab {

RaceEditor::RaceEditor(const QStringList &lanes, QWidget *parent)
    : QDialog(parent),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Race lanes"));
    auto *intro = new QLabel(tr("Each lane is a flags2 command line, as flaglab-cli takes it (-m 5 unless "
                                "it says). Fill in two to four; they start at the same instant."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int i = 0; i < kMaxRaceLanes; ++i) {
        auto *field = new QLineEdit(lanes.value(i), this);
        field->setObjectName(QStringLiteral("laneField%1").arg(i + 1));
        field->setPlaceholderText(i == 0 ? tr("e.g. -s DELAY -m 1") : tr("e.g. -s DELAY -m 20 --threads"));
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
        connect(field, &QLineEdit::textChanged, this, &RaceEditor::check);
        form->addRow(tr("Lane %1:").arg(i + 1), field);
        m_fields.append(field);
    }
    m_problem->setObjectName(QStringLiteral("laneProblem"));
    m_problem->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

QStringList RaceEditor::lanes() const
{
    QStringList lines;
    for (const QLineEdit *field : m_fields) {
        if (!field->text().trimmed().isEmpty())
            lines << field->text().trimmed();
    }
    return lines;
}

bool RaceEditor::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void RaceEditor::check()
{
    QString problem;
    for (int i = 0; i < m_fields.size(); ++i) {
        QLineEdit *field = m_fields.at(i);
        QString error;
        const bool wrong = !field->text().trimmed().isEmpty() && !parseRaceLane(field->text(), &error);
        markInvalid(field, wrong);
        field->setToolTip(error);
        if (wrong && problem.isEmpty())
            problem = tr("Lane %1: %2").arg(i + 1).arg(error);
    }
    const qsizetype count = lanes().size();
    if (problem.isEmpty() && count < kMinRaceLanes)
        problem = tr("A race needs at least %1 lanes.").arg(kMinRaceLanes);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace flaglab
