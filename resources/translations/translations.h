#pragma once

// FlagLab's user-interface languages. English is the source language; the
// Russian and Brazilian Portuguese catalogues (flaglab_ru.ts, flaglab_pt_BR.ts,
// one per language for the core library, the CLI and the window) are compiled
// into the programs as Qt resources under :/i18n, so a program finds them
// wherever it is installed or run from.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace flaglab::i18n {

// The window's QSettings key for the language chosen in its Language menu:
// empty (or absent) means "follow the system", otherwise a code of languages().
inline constexpr char kLanguageSettingsKey[] = "language";

struct Language {
    QString code;           // "en", "ru", "pt_BR"
    QString nativeName;     // "English", "Русский", "Português (Brasil)"
};

// English first, then the translations.
QList<Language> languages();
QStringList languageCodes();

// "ru", "ru_RU", "ru-RU.UTF-8", "pt", "pt_BR", "pt-br", "en_US", "C"... -> the
// code of languages() it means; nullopt for a language FlagLab does not have.
std::optional<QString> canonicalLanguage(const QString &name);

// The code of languages() that the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) asks for; "en" when it asks for none that FlagLab has.
QString systemLanguage();

// Installs the catalogue of `code` (a code of languages(); empty: the system
// language) on the application, replacing the one installed before, and
// returns the code now in force ("en": the source strings, with the plural
// forms of flaglab_en.qm).
// Call it after the Q(Core|Gui)Application is constructed.
QString installTranslations(const QString &code = {});

} // namespace flaglab::i18n
