#include "helpoptions.h"

#include <QCommandLineParser>

namespace flaglab {

namespace {

const QString kQuestionMark = QStringLiteral("?");

} // namespace

void addHelpOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
#ifndef Q_OS_WIN
    QCommandLineOption questionMark(kQuestionMark);
    questionMark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(questionMark);
#endif
}

bool helpRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(kQuestionMark);
}

} // namespace flaglab
