#pragma once

#include <QString>
#include <QStringList>
#include <limits>

namespace flaglab {

// The book's code lists: the 194 codes of the data set (-a), the 20 most
// populous countries (the default), and every possible code AA..ZZ (-e).
QStringList allCountryCodes();
QStringList pop20Codes();
QStringList everyPossibleCode();

struct CodeSelection {
    bool every = false;
    bool all = false;
    QStringList ccArgs;                                // codes or first letters, any case
    int limit = std::numeric_limits<int>::max();
};

struct ExpandedCodes {
    QStringList codes;     // upper case, unique, sorted, cut to the limit
    QString error;         // a "*** Usage error: ..." line when an argument is bad
    bool ok() const { return error.isEmpty(); }
};

// flags2_common.expand_cc_args, plus its POP20 fallback: -e wins over -a,
// -a over positional codes; a one-letter argument B means BA..BZ.
ExpandedCodes expandCodes(const CodeSelection &selection);

} // namespace flaglab
