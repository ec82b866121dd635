#include "profilesdialog.h"
#include "sandboxfixture.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "ui_profilesdialog.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::SandboxFixture m_sandbox{5, 5};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
    }

    void demoEntryAndNewProfile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("RecdeskTest"));
        ProfilesDialog d(&store, &secrets);
        // With no profile the Demo entry is shown and can be used.
        QCOMPARE(d.ui()->profileList->count(), 1);
        QCOMPARE(d.ui()->pages->currentWidget(), d.ui()->demoPage);
        QVERIFY(d.ui()->useButton->isEnabled());
        QSignalSpy demo(&d, &ProfilesDialog::demoActivated);
        d.ui()->useButton->click();
        QCOMPARE(demo.count(), 1);

        d.startNewProfile();
        QCOMPARE(d.ui()->pages->currentWidget(), d.ui()->editPage);
        QVERIFY(!d.formProblems().isEmpty());
        QVERIFY(!d.ui()->saveButton->isEnabled());
        d.ui()->nameEdit->setText(QStringLiteral("Production"));
        d.ui()->platformUrlEdit->setText(QStringLiteral("https://api.example.invalid/v1.0"));
        d.ui()->usernameEdit->setText(QStringLiteral("agent"));
        QVERIFY2(d.formProblems().isEmpty(), qPrintable(d.formProblems().join(u' ')));
        QVERIFY(d.ui()->saveButton->isEnabled());
        // Switching to an access key hides the password and asks for the key.
        d.ui()->authCombo->setCurrentIndex(
            d.ui()->authCombo->findData(int(Profile::PlatformAuth::AccessKey)));
        QVERIFY(d.ui()->passwordEdit->isHidden());
        QVERIFY(!d.ui()->accessKeyEdit->isHidden());
        QVERIFY(!d.formProblems().isEmpty());
        d.ui()->accessKeyEdit->setText(QStringLiteral("k"));
        QVERIFY(d.formProblems().isEmpty());
        QCOMPARE(d.secretsFromForm().platformAccessKey, QStringLiteral("k"));
        QVERIFY(d.secretsFromForm().platformPassword.isEmpty());
        // Saving stores the profile without its secrets.
        d.save();
        QCOMPARE(store.names(), QStringList{QStringLiteral("Production")});
        QCOMPARE(store.load(QStringLiteral("Production"))->platformAuth, Profile::PlatformAuth::AccessKey);
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("\nk\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!d.statusText().contains(QStringLiteral("…")), 10000);
    }

    void testConnectionAgainstSandbox()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("RecdeskTest"));
        ProfilesDialog d(&store, &secrets);
        d.startNewProfile();
        const sandbox::DemoCredentials c = m_sandbox.host()->credentials();
        d.ui()->nameEdit->setText(QStringLiteral("Sandbox"));
        d.ui()->platformUrlEdit->setText(m_sandbox.host()->platformBaseUrl().toString());
        d.ui()->usernameEdit->setText(c.username);
        d.ui()->passwordEdit->setText(c.password);
        d.ui()->analyticsUrlEdit->setText(m_sandbox.host()->analyticsBaseUrl().toString());
        d.ui()->clientIdEdit->setText(c.analyticsClientId);
        d.ui()->clientSecretEdit->setText(c.analyticsClientSecret);
        QSignalSpy done(&d, &ProfilesDialog::testFinished);
        d.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(d.testResultText()));
        QVERIFY(d.testResultText().contains(QStringLiteral("Signed in")));

        // A wrong password gives a clear failure, not a dump.
        d.ui()->passwordEdit->setText(QStringLiteral("wrong"));
        d.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 15000);
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY(d.testResultText().contains(QStringLiteral("failed")));
        QVERIFY(!d.testResultText().contains(QStringLiteral("{")));

        // Signing in is at the host's root, so a wrong API path signs in fine: the test must
        // still fail, and say that the address is wrong.
        d.ui()->passwordEdit->setText(c.password);
        QUrl wrong = m_sandbox.host()->platformBaseUrl();
        wrong.setPath(QStringLiteral("/wrong"));
        d.ui()->platformUrlEdit->setText(wrong.toString());
        d.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 15000);
        QVERIFY2(!done.at(2).at(0).toBool(), qPrintable(d.testResultText()));
        QVERIFY2(d.testResultText().contains(QStringLiteral("/wrong")) &&
                     d.testResultText().contains(QStringLiteral("/v1.0")),
                 qPrintable(d.testResultText()));
    }

    void proxyFieldsRoundTripWithThePasswordInTheKeychain()
    {
        const QString ini = m_dir.filePath(QStringLiteral("c.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("RecdeskTest"));
        const QString name = QStringLiteral("proxy-%1").arg(QCoreApplication::applicationPid());
        // Random, so that nothing hard-coded passes; never printed.
        const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            ProfilesDialog d(&store, &secrets);
            d.startNewProfile();
            // A new profile follows the system's proxy settings; host and port wait for "manual".
            QCOMPARE(d.ui()->proxyCombo->currentData().toInt(), int(ProxySettings::Mode::System));
            QVERIFY(!d.ui()->proxyHostEdit->isEnabled());
            QVERIFY(d.ui()->proxyUserEdit->isEnabled());
            d.ui()->nameEdit->setText(name);
            d.ui()->platformUrlEdit->setText(QStringLiteral("https://api.example.invalid/v1.0"));
            d.ui()->usernameEdit->setText(QStringLiteral("agent"));
            QVERIFY(d.formProblems().isEmpty());
            d.ui()->proxyCombo->setCurrentIndex(
                d.ui()->proxyCombo->findData(int(ProxySettings::Mode::Manual)));
            QVERIFY(d.ui()->proxyHostEdit->isEnabled() && d.ui()->proxyPortSpin->isEnabled());
            QVERIFY(d.formProblems().join(u' ').contains(QStringLiteral("proxy")));
            QVERIFY(!d.ui()->saveButton->isEnabled());
            d.ui()->proxyHostEdit->setText(QStringLiteral(" proxy.example.invalid "));
            d.ui()->proxyPortSpin->setValue(8080);
            d.ui()->proxyUserEdit->setText(QStringLiteral("desk-7"));
            d.ui()->proxyPasswordEdit->setText(password);
            QVERIFY(d.ui()->saveButton->isEnabled());
            const SessionConfig config = makeSessionConfig(d.profileFromForm(), d.secretsFromForm());
            QCOMPARE(config.proxy.mode, ProxySettings::Mode::Manual);
            QCOMPARE(config.proxy.address(), QStringLiteral("proxy.example.invalid:8080"));
            QCOMPARE(config.proxy.user, QStringLiteral("desk-7"));
            QVERIFY(config.proxy.password == password);
            QSignalSpy saved(&d, &ProfilesDialog::saved);
            d.save();
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000); // the keychain has answered
        }
        const std::optional<Profile> stored = store.load(name);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->proxyMode, ProxySettings::Mode::Manual);
        QCOMPARE(stored->proxyHost, QStringLiteral("proxy.example.invalid"));
        QCOMPARE(stored->proxyPort, 8080);
        QCOMPARE(stored->proxyUser, QStringLiteral("desk-7"));
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));

        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QString error;
            const QString kept = secrets.readBlocking(name, SecretStore::Secret::ProxyPassword, &error);
            if (error.isEmpty()) {
                QVERIFY(kept == password);
                // Opening the profile again fills the form, the password from the keychain.
                ProfilesDialog again(&store, &secrets);
                again.selectProfile(name);
                QCOMPARE(again.ui()->proxyHostEdit->text(), QStringLiteral("proxy.example.invalid"));
                QCOMPARE(again.ui()->proxyPortSpin->value(), 8080);
                QTRY_VERIFY_WITH_TIMEOUT(again.ui()->proxyPasswordEdit->text() == password, 10000);
                // "No proxy" disables the credentials and forgets the password on saving.
                again.ui()->proxyCombo->setCurrentIndex(
                    again.ui()->proxyCombo->findData(int(ProxySettings::Mode::None)));
                QVERIFY(!again.ui()->proxyUserEdit->isEnabled() && !again.ui()->proxyHostEdit->isEnabled());
                QVERIFY(again.secretsFromForm().proxyPassword.isEmpty());
                QVERIFY(again.profileFromForm().proxyHost.isEmpty());
                QEventLoop loop;
                secrets.removeAll(name, [&loop](const QString &) { loop.quit(); });
                loop.exec();
            }
        }
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
