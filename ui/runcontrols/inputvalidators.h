#pragma once

#include <QStringList>
#include <QValidator>

namespace flaglab {

// Both validators answer Intermediate, never Invalid, for input that is wrong
// but can be fixed: the keystroke stays, and the panel shows problem() at the field.

// Codes typed in: country codes (BR) or first letters (B, meaning BA..BZ),
// separated by spaces or commas, as the CLI takes them.
class CodeListValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;

    static QStringList arguments(const QString &input);   // the CC arguments in the text
    static QString problem(const QString &input);         // empty when the input is usable
};

// A custom server: an http or https base URL such as http://127.0.0.1:8080/flags.
class BaseUrlValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;

    static QString problem(const QString &input);
};

} // namespace flaglab
