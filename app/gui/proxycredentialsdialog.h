#pragma once

#include "net/proxyauthenticator.h"

#include <optional>
#include <QDialog>

class QLabel;
class QLineEdit;

namespace recdesk::gui {

// Asks for the user name and password a proxy wants. Modal on purpose: QNetworkAccessManager
// reads the authenticator as soon as its proxyAuthenticationRequired slots return, so the answer
// must be there before ask() returns (docs/DECISIONS.md, "Network").
class ProxyCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyCredentialsDialog(const ProxyCredentialsRequest &request, QWidget *parent = nullptr);

    ProxyCredentials credentials() const;
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

    // Shows the dialog and waits for the answer; std::nullopt when cancelled.
    static std::optional<ProxyCredentials> ask(const ProxyCredentialsRequest &request, QWidget *parent);

private:
    QLabel *m_text;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace recdesk::gui
