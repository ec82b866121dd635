#include "gui/profilesdialog.h"
#include "sandbox/sandboxhost.h"
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
    sandbox::SandboxHost m_host;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("sandbox"));
        options.recordingCount = 5;
        options.fileCount = 5;
        options.quiet = true;
        QString error;
        QVERIFY2(m_host.start(options, &error), qPrintable(error));
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
        const sandbox::DemoCredentials c = m_host.credentials();
        d.ui()->nameEdit->setText(QStringLiteral("Sandbox"));
        d.ui()->platformUrlEdit->setText(m_host.platformBaseUrl().toString());
        d.ui()->usernameEdit->setText(c.username);
        d.ui()->passwordEdit->setText(c.password);
        d.ui()->analyticsUrlEdit->setText(m_host.analyticsBaseUrl().toString());
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
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
