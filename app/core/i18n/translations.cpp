#include "i18n/translations.h"

#include <memory>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <vector>

namespace recdesk {
namespace i18n {
namespace {

class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
};

const auto settingsKey = QStringLiteral("ui/language");

// The translators installed by the last installTranslations(), so that the next call can take
// them out again (a language change at run time must not stack catalogues).
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool loadAndInstall(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QList<LanguageChoice> languageChoices()
{
    // Language names stay in their own language, so that a user lost in the wrong one finds theirs.
    return {{QString(), Translations::tr("Same as the system")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString languageOverride(QSettings *settings)
{
    QSettings fallback;
    const QString value = (settings ? settings : &fallback)->value(settingsKey).toString();
    return availableLanguages().contains(value) ? value : QString();
}

void setLanguageOverride(const QString &language, QSettings *settings)
{
    QSettings fallback;
    (settings ? settings : &fallback)
        ->setValue(settingsKey, availableLanguages().contains(language) ? language : QString());
}

QString resolveLanguage(const QString &override, const QStringList &uiLanguages)
{
    const QStringList ours = availableLanguages();
    if (ours.contains(override))
        return override;
    for (const QString &tag : uiLanguages) {
        // "es-MX", "es_419", "es" all mean Spanish here: there is one Spanish.
        const QString language =
            tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (ours.contains(language))
            return language;
    }
    return ours.constFirst();
}

QString installTranslations(const QString &override)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    const QString language = resolveLanguage(override, QLocale::system().uiLanguages());
    // recdesk_en.qm holds only the English plural forms ("1 file", "2 files").
    loadAndInstall(QStringLiteral("recdesk_") + language, QStringLiteral(":/i18n"));
    // Qt's own strings (standard buttons, file dialogs, media errors); absent catalogues are fine.
    // qt_<lang> is a meta-catalogue on Linux and the one catalogue windeployqt merges on Windows;
    // where it is missing (macOS bundles, trimmed installs), the module catalogues one by one.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!loadAndInstall(QStringLiteral("qt_") + language, qtDirectory)) {
        for (const char *catalogue : {"qtbase_", "qtmultimedia_"})
            loadAndInstall(QLatin1String(catalogue) + language, qtDirectory);
    }
    return language;
}

} // namespace i18n
} // namespace recdesk
