#pragma once

// FLAGLAB_SKIP(reason): QSKIP on a developer's machine, QFAIL in CI.
//
// A skipped case exits 0 and CTest counts it as passed, so a check that
// skips in CI never runs there, and nobody notices. Tests use this instead
// of QSKIP: with the CI environment variable set (GitHub Actions, GitLab CI
// and most others set CI=true) the case fails and says why. test.sh also
// lists the cases that skipped after each ctest pass.

#include <QString>
#include <QTest>

namespace flaglab::test {

inline bool inContinuousIntegration()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != u"false" && ci != u"0";
}

} // namespace flaglab::test

#define FLAGLAB_SKIP(reason)                                                                            \
    do {                                                                                                \
        if (flaglab::test::inContinuousIntegration())                                                   \
            QFAIL(qPrintable(QStringLiteral("this case would be skipped, and CI is set: ") + QString(reason))); \
        QSKIP(qPrintable(QString(reason)));                                                             \
    } while (false)
