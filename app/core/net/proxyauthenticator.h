#pragma once

#include <functional>
#include <optional>
#include <QObject>
#include <QString>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;

namespace recdesk {

struct ProxyCredentials
{
    QString user;
    QString password;
    bool isComplete() const { return !user.isEmpty() && !password.isEmpty(); }
};

// What a person is asked when a proxy wants credentials.
struct ProxyCredentialsRequest
{
    QString proxyAddress; // host:port
    QString user;         // the user name to suggest
    bool refused = false; // the last user name and password were refused
};

// Answers one session's proxyAuthenticationRequired. It offers the stored credentials (profile
// user name + keychain password, or recdeskctl's environment) first; when they are missing or
// refused it asks the prompt the GUI installed, at most kMaxPrompts times in the session's life,
// then leaves the authenticator empty, so the request fails with ProxyAuthenticationRequiredError
// (ApiError says "The proxy at host:port refused ..."). No widgets here: the prompt is a hook.
class ProxyAuthenticator : public QObject
{
    Q_OBJECT
public:
    // Called in the thread of the signal, and must answer before returning: QNAM reads the
    // authenticator as soon as its signal's slots return (the GUI shows a modal dialog).
    // std::nullopt: the person declined; nobody is asked again in this session.
    using Prompt = std::function<std::optional<ProxyCredentials>(const ProxyCredentialsRequest &)>;
    static constexpr int kMaxPrompts = 2;

    ProxyAuthenticator(QNetworkAccessManager *nam, ProxyCredentials stored, QObject *parent = nullptr);

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    int promptCount() const { return m_prompts; }
    // The credentials offered now: the stored ones, or the prompt's last answer.
    ProxyCredentials current() const { return m_current; }

signals:
    // What a person typed in the prompt, for the GUI to keep in the keychain. Never logged.
    void credentialsEntered(const QString &user, const QString &password);

private:
    void answer(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    Prompt m_prompt;
    ProxyCredentials m_current;
    int m_prompts = 0;
    bool m_prompting = false;
};

} // namespace recdesk
