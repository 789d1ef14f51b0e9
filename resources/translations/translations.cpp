#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace flaglab::i18n {

namespace {

QTranslator *g_translator = nullptr;

// QCommandLineParser's own words (its help text and parse errors) are not in
// our sources; these entries put them in our catalogues, under QCommandLineParser's
// context, so that --help and usage errors are translated without Qt's own
// qtbase_*.qm. Keep them identical to Qt 6.4's qcommandlineparser.cpp.
[[maybe_unused]] const char *const kQtCommandLineParserStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace

QList<Language> languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
}

QStringList languageCodes()
{
    QStringList codes;
    for (const Language &language : languages())
        codes << language.code;
    return codes;
}

std::optional<QString> canonicalLanguage(const QString &name)
{
    QString n = name.trimmed().toLower();
    n = n.left(n.indexOf(u'.'));            // ru_RU.UTF-8 -> ru_ru
    n = n.left(n.indexOf(u'@'));
    n.replace(u'-', u'_');
    if (n.isEmpty())
        return std::nullopt;
    const QString language = n.section(u'_', 0, 0);
    const QString territory = n.section(u'_', 1, 1);
    if (language == u"c" || language == u"posix" || language == u"en")
        return QStringLiteral("en");
    if (language == u"ru")
        return QStringLiteral("ru");
    // Brazilian Portuguese is our one Portuguese: close enough for pt_PT readers
    // too, and better for them than English.
    if (language == u"pt" && (territory.isEmpty() || territory == u"br" || territory == u"pt"))
        return QStringLiteral("pt_BR");
    return std::nullopt;
}

QString systemLanguage()
{
    // uiLanguages() is the user's preference list (LANGUAGE first on Unix).
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (const auto code = canonicalLanguage(name))
            return *code;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString &code)
{
    const QString wanted = code.isEmpty() ? systemLanguage() : canonicalLanguage(code).value_or(QStringLiteral("en"));
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    // English is the source; flaglab_en.qm holds only its plural forms.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/flaglab_%1.qm").arg(wanted))) {
        delete translator;
        return QStringLiteral("en");   // not compiled in: the source strings
    }
    QCoreApplication::installTranslator(translator);
    g_translator = translator;
    return wanted;
}

} // namespace flaglab::i18n
