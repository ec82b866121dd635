#include "profilesdialog.h"

#include "accessibility.h"
#include "net/apierror.h"
#include "net/apireply.h"
#include "net/platformclient.h"
#include "net/session.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "ui_profilesdialog.h"

#include <QListWidgetItem>
#include <QPushButton>

namespace recdesk::gui {

namespace {
// The Demo entry is not a stored profile: it is marked in the list item's data.
constexpr int kIsDemoRole = Qt::UserRole + 1;

QString okColor()
{
    return QStringLiteral("#2f9e44");
}
QString errorColor()
{
    return QStringLiteral("#e03131");
}
} // namespace

QString ProfilesDialog::demoName()
{
    return tr("Demo (built-in sandbox)");
}

ProfilesDialog::ProfilesDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    Accessibility::nameInternalButtons(this);
    setWindowTitle(tr("Profiles"));
    m_ui->authCombo->addItem(tr("User name and password"), int(Profile::PlatformAuth::Password));
    m_ui->authCombo->addItem(tr("Access key"), int(Profile::PlatformAuth::AccessKey));
    m_ui->proxyCombo->addItem(tr("The system's proxy settings"), int(ProxySettings::Mode::System));
    m_ui->proxyCombo->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_ui->proxyCombo->addItem(tr("This HTTP proxy"), int(ProxySettings::Mode::Manual));
    m_ui->demoText->setText(
        tr("<p><b>Demo</b> runs Recdesk's own sandbox on this computer with made-up recordings and files, "
           "so you can try everything without an account. Nothing you do there reaches a real service.</p>"
           "<p>To work with your own data, choose <b>New</b> and enter the addresses and credentials your "
           "administrator gave you. Passwords, keys and secrets are kept in the system keychain.</p>"));
    m_ui->testResult->setTextFormat(Qt::RichText);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateAuthFields);
    connect(m_ui->proxyCombo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateProxyFields);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->useButton, &QPushButton::clicked, this, &ProfilesDialog::useCurrent);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::updateButtons);

    reloadList(m_store->currentName());
    updateAuthFields();
    updateProxyFields();
}

ProfilesDialog::~ProfilesDialog()
{
    delete m_testSession;
}

void ProfilesDialog::reloadList(const QString &select)
{
    const QSignalBlocker block(m_ui->profileList);
    m_ui->profileList->clear();
    auto *demo = new QListWidgetItem(demoName(), m_ui->profileList);
    demo->setData(kIsDemoRole, true);
    int selectRow = 0;
    for (const QString &name : m_store->names()) {
        auto *item = new QListWidgetItem(name, m_ui->profileList);
        item->setData(kIsDemoRole, false);
        if (name == select)
            selectRow = m_ui->profileList->count() - 1;
    }
    m_ui->profileList->setCurrentRow(selectRow);
    onCurrentRowChanged();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

void ProfilesDialog::onCurrentRowChanged()
{
    QListWidgetItem *item = m_ui->profileList->currentItem();
    m_ui->testResult->clear();
    setStatus(QString());
    if (!item || item->data(kIsDemoRole).toBool()) {
        m_loadedName.clear();
        m_ui->pages->setCurrentWidget(m_ui->demoPage);
        updateButtons();
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->editPage);
    const QString name = item->text();
    const std::optional<Profile> profile = m_store->load(name);
    m_loadedName = name;
    setForm(profile.value_or(Profile{}), ProfileSecrets{});
    // Secrets come from the keychain, asynchronously.
    // The keychain may answer after the dialog is gone (closed right away): the guard says so.
    m_secrets->readAll(name, [this, guard = QPointer<ProfilesDialog>(this),
                              name](const ProfileSecrets &secrets, const QString &error) {
        if (!guard || m_loadedName != name)
            return;
        if (!error.isEmpty()) {
            setStatus(tr("The keychain could not be read: %1").arg(error), true);
            return;
        }
        m_ui->passwordEdit->setText(secrets.platformPassword);
        m_ui->accessKeyEdit->setText(secrets.platformAccessKey);
        m_ui->clientSecretEdit->setText(secrets.analyticsClientSecret);
        m_ui->apiKeyEdit->setText(secrets.assistantApiKey);
        m_ui->proxyPasswordEdit->setText(secrets.proxyPassword);
    });
    updateButtons();
}

void ProfilesDialog::startNewProfile()
{
    {
        const QSignalBlocker block(m_ui->profileList);
        m_ui->profileList->setCurrentRow(-1);
        m_ui->profileList->clearSelection();
    }
    m_loadedName.clear();
    Profile p;
    p.assistantUser = QStringLiteral("recdesk");
    setForm(p, ProfileSecrets{});
    m_ui->pages->setCurrentWidget(m_ui->editPage);
    m_ui->testResult->clear();
    setStatus(tr("Fill in the services you use; leave a service's URL empty to skip it."));
    m_ui->nameEdit->setFocus();
    updateButtons();
}

void ProfilesDialog::setForm(const Profile &p, const ProfileSecrets &s)
{
    m_ui->nameEdit->setText(p.name);
    m_ui->platformUrlEdit->setText(p.platformUrl.toString());
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(p.platformAuth)));
    m_ui->usernameEdit->setText(p.platformUsername);
    m_ui->passwordEdit->setText(s.platformPassword);
    m_ui->accessKeyEdit->setText(s.platformAccessKey);
    m_ui->analyticsUrlEdit->setText(p.analyticsUrl.toString());
    m_ui->clientIdEdit->setText(p.analyticsClientId);
    m_ui->clientSecretEdit->setText(s.analyticsClientSecret);
    m_ui->assistantUrlEdit->setText(p.assistantUrl.toString());
    m_ui->apiKeyEdit->setText(s.assistantApiKey);
    m_ui->assistantUserEdit->setText(p.assistantUser);
    m_ui->proxyCombo->setCurrentIndex(m_ui->proxyCombo->findData(int(p.proxyMode)));
    m_ui->proxyHostEdit->setText(p.proxyHost);
    m_ui->proxyPortSpin->setValue(p.proxyPort > 0 ? p.proxyPort : 3128);
    m_ui->proxyUserEdit->setText(p.proxyUser);
    m_ui->proxyPasswordEdit->setText(s.proxyPassword);
    updateAuthFields();
    updateProxyFields();
}

Profile ProfilesDialog::profileFromForm() const
{
    Profile p;
    if (m_loadedName.isEmpty() == false) {
        if (const auto stored = m_store->load(m_loadedName))
            p = *stored; // keep what the form does not show (download folder, files path, ...)
    }
    p.name = m_ui->nameEdit->text().trimmed();
    p.platformUrl = QUrl::fromUserInput(m_ui->platformUrlEdit->text().trimmed());
    p.platformAuth = Profile::PlatformAuth(m_ui->authCombo->currentData().toInt());
    p.platformUsername = m_ui->usernameEdit->text().trimmed();
    p.analyticsUrl = m_ui->analyticsUrlEdit->text().trimmed().isEmpty()
                         ? QUrl()
                         : QUrl::fromUserInput(m_ui->analyticsUrlEdit->text().trimmed());
    p.analyticsClientId = m_ui->clientIdEdit->text().trimmed();
    p.assistantUrl = m_ui->assistantUrlEdit->text().trimmed().isEmpty()
                         ? QUrl()
                         : QUrl::fromUserInput(m_ui->assistantUrlEdit->text().trimmed());
    p.assistantUser = m_ui->assistantUserEdit->text().trimmed();
    p.proxyMode = ProxySettings::Mode(m_ui->proxyCombo->currentData().toInt());
    const bool manual = p.proxyMode == ProxySettings::Mode::Manual;
    p.proxyHost = manual ? m_ui->proxyHostEdit->text().trimmed() : QString();
    p.proxyPort = manual ? m_ui->proxyPortSpin->value() : 0;
    p.proxyUser =
        p.proxyMode == ProxySettings::Mode::None ? QString() : m_ui->proxyUserEdit->text().trimmed();
    return p;
}

ProfileSecrets ProfilesDialog::secretsFromForm() const
{
    ProfileSecrets s;
    const bool key = m_ui->authCombo->currentData().toInt() == int(Profile::PlatformAuth::AccessKey);
    // Only the secret of the chosen sign-in method is kept; the other one is deleted.
    s.platformPassword = key ? QString() : m_ui->passwordEdit->text();
    s.platformAccessKey = key ? m_ui->accessKeyEdit->text() : QString();
    s.analyticsClientSecret = m_ui->clientSecretEdit->text();
    s.assistantApiKey = m_ui->apiKeyEdit->text();
    const bool noProxy = m_ui->proxyCombo->currentData().toInt() == int(ProxySettings::Mode::None);
    s.proxyPassword = noProxy ? QString() : m_ui->proxyPasswordEdit->text();
    return s;
}

QStringList ProfilesDialog::formProblems() const
{
    QStringList problems;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        problems.append(tr("Give the profile a name."));
    else if (!ProfileStore::isValidName(name))
        problems.append(tr("The name \"%1\" cannot be used: avoid slashes and backslashes.").arg(name));
    const QUrl platform = QUrl::fromUserInput(m_ui->platformUrlEdit->text().trimmed());
    if (m_ui->platformUrlEdit->text().trimmed().isEmpty())
        problems.append(tr("Enter the platform URL, e.g. https://api.voipbin.net/v1.0."));
    else if (!platform.isValid() || platform.host().isEmpty())
        problems.append(tr("The platform URL is not a web address."));
    const bool key = m_ui->authCombo->currentData().toInt() == int(Profile::PlatformAuth::AccessKey);
    if (key && m_ui->accessKeyEdit->text().isEmpty())
        problems.append(tr("Enter the access key."));
    if (!key && m_ui->usernameEdit->text().trimmed().isEmpty())
        problems.append(tr("Enter the platform user name."));
    if (!m_ui->analyticsUrlEdit->text().trimmed().isEmpty() && m_ui->clientIdEdit->text().trimmed().isEmpty())
        problems.append(tr("Enter the analytics client id, or leave the analytics URL empty."));
    if (m_ui->proxyCombo->currentData().toInt() == int(ProxySettings::Mode::Manual) &&
        m_ui->proxyHostEdit->text().trimmed().isEmpty())
        problems.append(tr("Enter the proxy's host name, or choose another proxy setting."));
    return problems;
}

void ProfilesDialog::updateAuthFields()
{
    const bool key = m_ui->authCombo->currentData().toInt() == int(Profile::PlatformAuth::AccessKey);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->usernameEdit), static_cast<QWidget *>(m_ui->usernameEditLabel),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->passwordEditLabel)})
        w->setVisible(!key);
    m_ui->accessKeyEdit->setVisible(key);
    m_ui->accessKeyEditLabel->setVisible(key);
    updateButtons();
}

void ProfilesDialog::updateProxyFields()
{
    const auto mode = ProxySettings::Mode(m_ui->proxyCombo->currentData().toInt());
    const bool manual = mode == ProxySettings::Mode::Manual;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin)})
        w->setEnabled(manual);
    // A system proxy may ask for credentials too; with no proxy there is nobody to give them to.
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->proxyUserEdit), static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        w->setEnabled(mode != ProxySettings::Mode::None);
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool editing = m_ui->pages->currentWidget() == m_ui->editPage;
    const bool complete = editing && formProblems().isEmpty();
    m_ui->saveButton->setEnabled(complete);
    m_ui->testButton->setEnabled(complete && m_pendingTests == 0);
    m_ui->useButton->setEnabled(!editing || complete);
    m_ui->removeButton->setEnabled(editing && !m_loadedName.isEmpty());
    m_ui->saveButton->setToolTip(complete || !editing ? QString() : formProblems().join(QLatin1Char('\n')));
}

void ProfilesDialog::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: %1;").arg(errorColor()) : QString());
}

QString ProfilesDialog::statusText() const
{
    return m_ui->statusLabel->text();
}
QString ProfilesDialog::testResultText() const
{
    return m_ui->testResult->text();
}

void ProfilesDialog::save()
{
    const QStringList problems = formProblems();
    if (!problems.isEmpty()) {
        setStatus(problems.join(QLatin1Char(' ')), true);
        return;
    }
    const Profile p = profileFromForm();
    const QString oldName = m_loadedName;
    m_store->save(p);
    if (!oldName.isEmpty() && oldName != p.name) {
        m_store->remove(oldName);
        m_secrets->removeAll(oldName, [](const QString &) {});
    }
    m_store->sync();
    m_loadedName = p.name;
    setStatus(tr("Saving…"));
    m_secrets->writeAll(
        p.name, secretsFromForm(),
        [this, guard = QPointer<ProfilesDialog>(this), name = p.name](const QString &error) {
            if (!guard)
                return;
            if (!error.isEmpty())
                setStatus(tr("The profile was saved, but its secrets could not be stored in the keychain: %1")
                              .arg(error),
                          true);
            else
                setStatus(tr("Profile \"%1\" saved; its secrets are in the system keychain.").arg(name));
            emit saved(name);
        });
    reloadList(p.name);
}

void ProfilesDialog::useCurrent()
{
    if (m_ui->pages->currentWidget() == m_ui->demoPage) {
        emit demoActivated();
        accept();
        return;
    }
    if (!formProblems().isEmpty())
        return;
    const Profile p = profileFromForm();
    m_store->setCurrentName(p.name);
    emit profileActivated(p, secretsFromForm());
    accept();
}

void ProfilesDialog::removeCurrent()
{
    if (m_loadedName.isEmpty())
        return;
    const QString name = m_loadedName;
    m_store->remove(name);
    m_store->sync();
    m_secrets->removeAll(name, [](const QString &) {});
    setStatus(tr("Profile \"%1\" deleted.").arg(name));
    reloadList();
}

void ProfilesDialog::testConnection()
{
    if (!formProblems().isEmpty())
        return;
    delete m_testSession;
    const SessionConfig config = makeSessionConfig(profileFromForm(), secretsFromForm());
    m_testSession = new Session(config, this);
    m_testLines.clear();
    m_testOk = true;
    m_pendingTests = 0;
    m_ui->testResult->setText(tr("Testing…"));
    updateButtons();

    // Answers of an earlier test (its session is gone, its replies may still finish) are ignored.
    const int run = ++m_testRun;
    auto finish = [this, run](const QString &service, bool ok, const QString &text, const QString &details) {
        if (run != m_testRun)
            return;
        m_testOk = m_testOk && ok;
        m_testLines.append(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                               .arg(ok ? okColor() : errorColor(),
                                    (ok ? tr("%1: OK.") : tr("%1: failed.")).arg(service).toHtmlEscaped(),
                                    text.toHtmlEscaped()));
        if (!ok && !details.isEmpty())
            m_testDetails.append(details);
        if (--m_pendingTests == 0) {
            m_ui->testResult->setText(m_testLines.join(QStringLiteral("<br>")));
            m_ui->testResult->setToolTip(m_testDetails.join(QStringLiteral("\n\n")));
            updateButtons();
            emit testFinished(m_testOk);
        }
    };
    // The reply deletes itself after finished(): read it there, never delete it.
    auto failed = [finish](const QString &service, ApiReply *reply) {
        finish(service, false, reply->error().toDisplayString(), reply->error().details());
    };
    // Whether the profile's address is the platform's API, from a one-file list request.
    const QUrl platformUrl = config.platform.baseUrl;
    auto judgeList = [finish, failed, platformUrl](ApiReply *list) {
        const int status = list->error().httpStatus;
        if (list->isOk())
            finish(tr("Platform"), true, tr("Signed in, and the files list answers."), QString());
        else if (status == 403) // the list exists; this account may not read it
            finish(tr("Platform"), true,
                   tr("Signed in; the address answers (this account may not list files)."), QString());
        else if (status == 404)
            finish(tr("Platform"), false,
                   tr("Signed in, but %1 is not the platform's API address: it has no files list. "
                      "Check the address (it usually ends in /v1.0).")
                       .arg(platformUrl.toDisplayString()),
                   list->error().details());
        else
            failed(tr("Platform"), list);
    };
    m_testDetails.clear();
    m_ui->testResult->setToolTip(QString());
    ++m_pendingTests;
    ApiReply *platform = m_testSession->platform()->signIn();
    const bool accessKey = m_testSession->platform()->usesAccessKey();
    connect(platform, &ApiReply::finished, this, [this, failed, judgeList, platform, accessKey] {
        // With an access key, signing in already is a one-file list under the address.
        const ApiError &error = platform->error();
        if (accessKey &&
            (platform->isOk() || (error.kind == ApiError::Kind::Http && error.httpStatus != 401))) {
            judgeList(platform);
            return;
        }
        if (!platform->isOk()) {
            failed(tr("Platform"), platform);
            return;
        }
        // Signing in is at the host's root: a wrong path after it (…/wrong instead of …/v1.0)
        // would pass. One list request checks the address the app will use.
        ApiReply *list = m_testSession->platform()->listPage(PlatformClient::ListKind::Files, QString(), 1);
        connect(list, &ApiReply::finished, this, [judgeList, list] { judgeList(list); });
    });
    if (config.analytics.isConfigured()) {
        ++m_pendingTests;
        ApiReply *analytics = m_testSession->analytics()->fetchToken();
        connect(analytics, &ApiReply::finished, this, [finish, failed, analytics] {
            if (analytics->isOk())
                finish(tr("Analytics"), true, tr("Credentials accepted."), QString());
            else
                failed(tr("Analytics"), analytics);
        });
    }
    if (config.assistant.isConfigured())
        m_testLines.append(
            tr("Assistant: not checked (the service has no test call; the key is checked on the "
               "first upload).")
                .toHtmlEscaped());
}

} // namespace recdesk::gui
