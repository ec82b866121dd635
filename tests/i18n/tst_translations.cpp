#include "domain/enums.h"
#include "i18n/translations.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace recdesk;

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { i18n::installTranslations(QStringLiteral("en")); }

    void resolvesLanguage_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mexico") << QString() << QStringList{QStringLiteral("es-MX"), QStringLiteral("en-US")}
                                << QStringLiteral("es");
        QTest::newRow("latin america")
            << QString() << QStringList{QStringLiteral("es-419")} << QStringLiteral("es");
        QTest::newRow("underscore") << QString() << QStringList{QStringLiteral("es_AR")}
                                    << QStringLiteral("es");
        QTest::newRow("english first")
            << QString() << QStringList{QStringLiteral("en-GB"), QStringLiteral("es")}
            << QStringLiteral("en");
        QTest::newRow("unshipped first")
            << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("es-CO")}
            << QStringLiteral("es");
        QTest::newRow("nothing shipped")
            << QString() << QStringList{QStringLiteral("de-DE")} << QStringLiteral("en");
        QTest::newRow("no languages") << QString() << QStringList() << QStringLiteral("en");
        QTest::newRow("override es") << QStringLiteral("es") << QStringList{QStringLiteral("en-US")}
                                     << QStringLiteral("es");
        QTest::newRow("override en") << QStringLiteral("en") << QStringList{QStringLiteral("es-MX")}
                                     << QStringLiteral("en");
        QTest::newRow("bad override")
            << QStringLiteral("fr") << QStringList{QStringLiteral("es-MX")} << QStringLiteral("es");
    }
    void resolvesLanguage()
    {
        QFETCH(QString, override);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(i18n::resolveLanguage(override, uiLanguages), expected);
    }

    void spanishTranslatesCoreStrings()
    {
        QCOMPARE(i18n::installTranslations(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(displayName(RecordingStatus::Ended), QStringLiteral("Finalizada"));
        QCOMPARE(QCoreApplication::translate("Enums", "Ended"), QStringLiteral("Finalizada"));
        QCOMPARE(QCoreApplication::translate("TransferItem", "Queued"), QStringLiteral("En cola"));
    }

    void englishLeavesSourceText()
    {
        i18n::installTranslations(QStringLiteral("es"));
        // A second call replaces the catalogues instead of stacking them.
        QCOMPARE(i18n::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(displayName(RecordingStatus::Ended), QStringLiteral("Ended"));
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 second");
        QTest::newRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral("2 seconds");
        QTest::newRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("0 seconds");
        QTest::newRow("es 1") << QStringLiteral("es") << 1 << QStringLiteral("1 segundo");
        QTest::newRow("es 2") << QStringLiteral("es") << 2 << QStringLiteral("2 segundos");
        QTest::newRow("es 0") << QStringLiteral("es") << 0 << QStringLiteral("0 segundos");
    }
    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        i18n::installTranslations(language);
        QCOMPARE(QCoreApplication::translate("ApiError", "%n second(s)", nullptr, n), expected);
    }

    void loadsQtsOwnCatalogue()
    {
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
        if (!QFileInfo::exists(qtbase))
            QSKIP("Qt's Spanish catalogue is not installed (Debian: qt6-translations-l10n)");
        i18n::installTranslations(QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("Aceptar"));
        i18n::installTranslations(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
    }

    void overrideSetting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(i18n::languageOverride(&settings), QString());
        i18n::setLanguageOverride(QStringLiteral("es"), &settings);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        QCOMPARE(i18n::languageOverride(&settings), QStringLiteral("es"));
        i18n::setLanguageOverride(QStringLiteral("xx"), &settings);
        QCOMPARE(i18n::languageOverride(&settings), QString());
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        QCOMPARE(i18n::languageOverride(&settings), QString());
    }

    void choices()
    {
        i18n::installTranslations(QStringLiteral("es"));
        const auto choices = i18n::languageChoices();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.at(0).code, QString());
        QCOMPARE(choices.at(0).name, QStringLiteral("Igual que el sistema"));
        QCOMPARE(choices.at(2).name, QStringLiteral("Español"));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
