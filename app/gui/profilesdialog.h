#pragma once

#include "settings/profile.h"

#include <memory>
#include <QDialog>
#include <QPointer>

namespace Ui {
class ProfilesDialog;
}

namespace recdesk {
class ProfileStore;
class SecretStore;
class Session;
} // namespace recdesk

namespace recdesk::gui {

// Profiles: service URLs, how to sign in and the credentials (kept in the OS keychain, never in
// settings), a connection test with a plain result, and the built-in Demo profile.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    // store, secrets: not owned.
    ProfilesDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    static QString demoName();

    // Starts a new, empty profile in the form.
    void startNewProfile();
    void selectProfile(const QString &name);

    Profile profileFromForm() const;
    ProfileSecrets secretsFromForm() const;
    void setForm(const Profile &profile, const ProfileSecrets &secrets);
    // A sentence for each thing the form still needs; empty when it can be saved.
    QStringList formProblems() const;

    QString testResultText() const;
    QString statusText() const;
    Ui::ProfilesDialog *ui() const { return m_ui.get(); }

public slots:
    // Saves the profile and its secrets; the result shows in the dialog.
    void save();
    // Signs in to each configured service with what is in the form.
    void testConnection();

signals:
    void profileActivated(const recdesk::Profile &profile, const recdesk::ProfileSecrets &secrets);
    void demoActivated();
    void saved(const QString &name);
    void testFinished(bool ok);

private:
    void reloadList(const QString &select = QString());
    void onCurrentRowChanged();
    void updateAuthFields();
    void updateProxyFields();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void removeCurrent();
    void useCurrent();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    QPointer<Session> m_testSession;
    QString m_loadedName; // the stored profile in the form; empty for a new one
    int m_pendingTests = 0;
    bool m_testOk = true;
    QStringList m_testLines;
    QStringList m_testDetails; // the failures' details, the result's tooltip
    int m_testRun = 0;         // which test the answers belong to
};

} // namespace recdesk::gui
