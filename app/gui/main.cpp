#include "flags2/textreport.h"
#include "flaglab_version.h"
#include "shell/guioptions.h"
#include "shell/mainwindow.h"
#include "system/resourcelimits.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlagLab"));
    QCoreApplication::setApplicationName(QStringLiteral("flaglab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLAGLAB_VERSION));
}

// The language: the one chosen in the Language menu (QSettings), else the system's.
void installLanguage()
{
    const QString chosen = QSettings().value(QLatin1String(flaglab::i18n::kLanguageSettingsKey)).toString();
    const QString language = flaglab::i18n::installTranslations(
        flaglab::i18n::canonicalLanguage(chosen).value_or(QString()));
    flaglab::setReportTranslated(language != u"en");   // the window's log speaks the window's language
}

// View > Language: saved in QSettings, in force from the next start (the
// window offers to restart at once).
void addLanguageMenu(QMainWindow &window)
{
    QMenu *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
    auto *menu = new QMenu(QCoreApplication::translate("LanguageMenu", "&Language"), &window);
    menu->setObjectName(QStringLiteral("menuLanguage"));
    if (view)
        view->addMenu(menu);
    else
        window.menuBar()->addMenu(menu);
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(QLatin1String(flaglab::i18n::kLanguageSettingsKey)).toString();
    auto addChoice = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(flaglab::i18n::canonicalLanguage(chosen).value_or(QString()) == code);
        action->setData(code);
        group->addAction(action);
    };
    addChoice(QString(), QCoreApplication::translate("LanguageMenu", "System language"));
    menu->addSeparator();
    for (const flaglab::i18n::Language &language : flaglab::i18n::languages())
        addChoice(language.code, language.nativeName);
    QObject::connect(group, &QActionGroup::triggered, &window, [&window](QAction *action) {
        QSettings().setValue(QLatin1String(flaglab::i18n::kLanguageSettingsKey), action->data().toString());
        const auto answer = QMessageBox::question(
            &window, QCoreApplication::translate("LanguageMenu", "Language"),
            QCoreApplication::translate("LanguageMenu", "FlagLab will use this language the next time it starts. "
                                                 "Restart FlagLab now? The current run and its history will be lost."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && QProcess::startDetached(QCoreApplication::applicationFilePath(), {}))
            QCoreApplication::quit();
    });
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
        installLanguage();
        return printParseResult(flaglab::parseGuiOptions(QCoreApplication::arguments()));
    }

    QApplication app(argc, argv);
    describeApplication();
    // Before the built-in servers and the engine open sockets: -m 1000 over
    // HTTP/1.1 holds one a request, and the built-in servers the other ends,
    // past a desktop's soft limit of 1024.
    flaglab::raiseFileDescriptorLimit();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.flaglab.FlagLab"));
    installLanguage();
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

    // Before the window: its built-in servers and its server labels both follow the base port.
    if (parse.options.basePort)
        flaglab::setBookBasePort(*parse.options.basePort);
    flaglab::MainWindow window(parse.options);
    addLanguageMenu(window);
    window.show();
    return app.exec();
}
