// Profiles in QSettings hold no secret; secrets round-trip through the OS keychain (Secret
// Service under tests/run-all.sh). Without a D-Bus session the keychain part is skipped.

#include "settings/profilestore.h"
#include "settings/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void profilesRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("recdesk.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("Production");
            p.platformUrl = QUrl(QStringLiteral("https://api.example.invalid/v1.0"));
            p.platformAuth = Profile::PlatformAuth::AccessKey;
            p.platformUsername = QStringLiteral("alice");
            p.platformFilesPath = QStringLiteral("/storage_files");
            p.analyticsUrl = QUrl(QStringLiteral("https://analytics.example.invalid"));
            p.analyticsClientId = QStringLiteral("client-1");
            p.assistantUrl = QUrl(QStringLiteral("https://assistant.example.invalid/v1"));
            p.assistantUser = QStringLiteral("agent-7");
            p.timeoutSeconds = 45;
            store.save(p);
            store.setCurrentName(p.name);
            store.sync();
        }
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.names(), QStringList{QStringLiteral("Production")});
        QCOMPARE(store.currentName(), QStringLiteral("Production"));
        const auto p = store.load(QStringLiteral("Production"));
        QVERIFY(p.has_value());
        QCOMPARE(p->platformAuth, Profile::PlatformAuth::AccessKey);
        QCOMPARE(p->platformFilesPath, QStringLiteral("/storage_files"));
        QCOMPARE(p->assistantUser, QStringLiteral("agent-7"));
        QCOMPARE(p->timeoutSeconds, 45);
        QVERIFY(!store.load(QStringLiteral("Nope")).has_value());

        ProfileSecrets secrets;
        secrets.platformAccessKey = QStringLiteral("key-xyz");
        const SessionConfig config = makeSessionConfig(*p, secrets);
        QCOMPARE(config.platformCredentials.accessKey, QStringLiteral("key-xyz"));
        QCOMPARE(config.platform.transferTimeoutMs, 45000);

        store.remove(QStringLiteral("Production"));
        QVERIFY(store.names().isEmpty());
        QVERIFY(ProfileStore::isValidName(QStringLiteral("Test tenant-2")));
        QVERIFY(!ProfileStore::isValidName(QStringLiteral("../x")));
        QVERIFY(!ProfileStore::isValidName(QString()));
    }

    void proxySettingsRoundTripAndOldSettingsMigrate()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("recdesk.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("Office");
            p.proxyMode = ProxySettings::Mode::Manual;
            p.proxyHost = QStringLiteral("proxy.example.invalid");
            p.proxyPort = 3128;
            p.proxyUser = QStringLiteral("desk-7");
            store.save(p);
            // Written by an earlier Recdesk: only a yes/no for the system's proxy.
            settings.setValue(QStringLiteral("profiles/Direct/useSystemProxy"), false);
            settings.setValue(QStringLiteral("profiles/Old/useSystemProxy"), true);
            settings.setValue(QStringLiteral("profiles/Older/platformUrl"),
                              QStringLiteral("https://x.invalid"));
            store.sync();
        }
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        const auto office = store.load(QStringLiteral("Office"));
        QVERIFY(office.has_value());
        QCOMPARE(office->proxyMode, ProxySettings::Mode::Manual);
        QCOMPARE(office->proxyHost, QStringLiteral("proxy.example.invalid"));
        QCOMPARE(office->proxyPort, 3128);
        QCOMPARE(office->proxyUser, QStringLiteral("desk-7"));
        QCOMPARE(store.load(QStringLiteral("Direct"))->proxyMode, ProxySettings::Mode::None);
        QCOMPARE(store.load(QStringLiteral("Old"))->proxyMode, ProxySettings::Mode::System);
        QCOMPARE(store.load(QStringLiteral("Older"))->proxyMode, ProxySettings::Mode::System);
        // Saving a migrated profile writes the new form only.
        store.save(*store.load(QStringLiteral("Direct")));
        QVERIFY(!settings.contains(QStringLiteral("profiles/Direct/useSystemProxy")));
        QCOMPARE(store.load(QStringLiteral("Direct"))->proxyMode, ProxySettings::Mode::None);

        ProfileSecrets secrets;
        secrets.proxyPassword = QStringLiteral("pw");
        const SessionConfig config = makeSessionConfig(*office, secrets);
        QCOMPARE(config.proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(config.proxy.address(), QStringLiteral("proxy.example.invalid:3128"));
        QCOMPARE(config.proxy.user, QStringLiteral("desk-7"));
        QCOMPARE(config.proxy.password, QStringLiteral("pw"));
        // Host and port count only for a manual proxy.
        Profile system = *office;
        system.proxyMode = ProxySettings::Mode::System;
        QVERIFY(makeSessionConfig(system, secrets).proxy.host.isEmpty());
        QCOMPARE(ProxySettings::modeFromName(QStringLiteral("bogus")), ProxySettings::Mode::System);
        QCOMPARE(SecretStore::keyFor(QStringLiteral("Office"), SecretStore::Secret::ProxyPassword),
                 QStringLiteral("Office/proxy-password"));
    }

    void secretsLiveInTheKeychainNotInSettings()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: the keychain (Secret Service) is not reachable; run tests/run-all.sh");
        SecretStore secrets(QStringLiteral("RecdeskTest"));
        const QString profile = QStringLiteral("test-%1").arg(QCoreApplication::applicationPid());
        // A random value, so that a hard-coded one could not pass; it is never printed.
        const QString secret = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        if (!secrets.writeBlocking(profile, SecretStore::Secret::AnalyticsClientSecret, secret, &error))
            QSKIP("The keychain refused to store a secret (no unlocked Secret Service)");
        QVERIFY(secrets.readBlocking(profile, SecretStore::Secret::AnalyticsClientSecret, &error) == secret);
        QVERIFY(error.isEmpty());

        ProfileSecrets all;
        all.platformPassword = QUuid::createUuid().toString();
        all.assistantApiKey = QUuid::createUuid().toString();
        all.proxyPassword = QUuid::createUuid().toString();
        QEventLoop loop;
        QString writeError;
        secrets.writeAll(profile, all, [&](const QString &e) {
            writeError = e;
            loop.quit();
        });
        loop.exec();
        QVERIFY(writeError.isEmpty());
        const ProfileSecrets back = secrets.readAllBlocking(profile, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(back.platformPassword == all.platformPassword);
        QVERIFY(back.assistantApiKey == all.assistantApiKey);
        QVERIFY(back.proxyPassword == all.proxyPassword);
        QVERIFY(back.analyticsClientSecret.isEmpty()); // writeAll replaced it with nothing

        // A missing entry reads as empty, without an error.
        QVERIFY(
            secrets
                .readBlocking(QStringLiteral("no-such-profile"), SecretStore::Secret::PlatformToken, &error)
                .isEmpty());
        QVERIFY(error.isEmpty());

        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("recdesk.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = profile;
            store.save(p);
            store.sync();
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(all.platformPassword.toUtf8()));
        QVERIFY(!text.contains(secret.toUtf8()));
        QVERIFY(!text.contains(all.proxyPassword.toUtf8()));

        QEventLoop cleanup;
        secrets.removeAll(profile, [&](const QString &) { cleanup.quit(); });
        cleanup.exec();
        QVERIFY(secrets.readBlocking(profile, SecretStore::Secret::PlatformPassword).isEmpty());
    }

    void storeGoneWhileItsJobsRun()
    {
        // A window (and its store) closed while a token was being written: the secret service's
        // late answers must find live jobs, not freed ones (this crashed the GUI tests in CI).
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: the keychain (Secret Service) is not reachable; run tests/run-all.sh");
        const QString profile = QStringLiteral("gone-%1").arg(QCoreApplication::applicationPid());
        bool answered = false;
        // Deleted at several moments of its jobs' lives: queued, talking to the secret service.
        for (int afterMs = 0; afterMs <= 40; afterMs += 4) {
            auto *doomed = new SecretStore(QStringLiteral("RecdeskTest"));
            for (int i = 0; i < 3; ++i)
                doomed->write(profile, SecretStore::Secret::PlatformToken, QUuid::createUuid().toString(),
                              [&answered](const QString &) { answered = true; });
            doomed->readAll(profile,
                            [&answered](const ProfileSecrets &, const QString &) { answered = true; });
            QTest::qWait(afterMs);
            answered = false;
            delete doomed; // its jobs still running
        }
        QTest::qWait(1500); // the late answers arrive and go nowhere
        QVERIFY(!answered); // a store that is gone gets no callback
        SecretStore secrets(QStringLiteral("RecdeskTest"));
        QEventLoop cleanup;
        secrets.removeAll(profile, [&](const QString &) { cleanup.quit(); });
        cleanup.exec();
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
