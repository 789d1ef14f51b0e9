#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace flaglab {

// The lanes of a race, one flags2 command line each (two to four), checked
// as they are typed by the same code as flaglab-cli's command line.
class RaceEditor : public QDialog {
    Q_OBJECT
public:
    explicit RaceEditor(const QStringList &lanes, QWidget *parent = nullptr);

    QStringList lanes() const;      // the lines filled in, in order
    bool isValid() const;
    QLineEdit *field(int index) const { return m_fields.at(index); }

private:
    void check();

    QList<QLineEdit *> m_fields;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace flaglab
