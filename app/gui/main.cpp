#include "guioptions.h"
#include "mainwindow.h"

#include <QApplication>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlagLab"));
    QCoreApplication::setApplicationName(QStringLiteral("flaglab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLAGLAB_VERSION));
}

// Help, version and usage errors: printed as the CLI prints them.
int printParseResult(const flaglab::GuiOptionsParse &parse)
{
    std::fputs(qPrintable(parse.text), parse.textToStdout ? stdout : stderr);
    return parse.result == flaglab::GuiOptionsParse::Result::ExitOk ? 0 : 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (flaglab::wantsTextOnly(arguments)) {    // no display needed for --help
        QCoreApplication app(argc, argv);
        describeApplication();
        return printParseResult(flaglab::parseGuiOptions(QCoreApplication::arguments()));
    }

    QApplication app(argc, argv);
    describeApplication();
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/gui/icons/flaglab-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Legible from the back of a classroom: never smaller than 11 points.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 11) {
        font.setPointSizeF(11);
        QApplication::setFont(font);
    }

    const flaglab::GuiOptionsParse parse = flaglab::parseGuiOptions(QCoreApplication::arguments());
    if (parse.result != flaglab::GuiOptionsParse::Result::Run)
        return printParseResult(parse);

    flaglab::MainWindow window(parse.options);
    window.show();
    return app.exec();
}
