#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace recdesk {
namespace i18n {

// The languages Recdesk ships, as ISO 639 codes; the first is the fallback.
QStringList availableLanguages();

// One entry of a language picker: code "" means "same as the system".
struct LanguageChoice
{
    QString code;
    QString name;
};
// "Same as the system" (translated), then every language under its own name.
QList<LanguageChoice> languageChoices();

// The "ui/language" setting: "", "en" or "es" (anything else reads as ""). settings: not owned;
// nullptr uses the application's default QSettings.
QString languageOverride(QSettings *settings = nullptr);
void setLanguageOverride(const QString &language, QSettings *settings = nullptr);

// The language to use: the override when it is one of ours, else the first of the user's
// preferred languages (QLocale::uiLanguages(), e.g. "es-MX", "es-419") that we ship, else English.
QString resolveLanguage(const QString &override, const QStringList &uiLanguages);

// Resolves the language against QLocale::system() and installs Recdesk's translations from
// :/i18n and Qt's own (qtbase, qtmultimedia) from QLibraryInfo::TranslationsPath on
// QCoreApplication, replacing whatever an earlier call installed. Returns the language in use.
// Call after the Q(Core)Application exists and before any widget is built.
QString installTranslations(const QString &override);

} // namespace i18n
} // namespace recdesk
