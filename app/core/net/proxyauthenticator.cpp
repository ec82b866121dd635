#include "proxyauthenticator.h"

#include "netlogging.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace recdesk {

ProxyAuthenticator::ProxyAuthenticator(QNetworkAccessManager *nam, ProxyCredentials stored, QObject *parent)
    : QObject(parent)
    , m_current(std::move(stored))
{
    connect(nam, &QNetworkAccessManager::proxyAuthenticationRequired, this, &ProxyAuthenticator::answer);
}

void ProxyAuthenticator::answer(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    const QString address = proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
    // QNAM signals only when it has nothing left to try: credentials already in the authenticator
    // were sent and refused. Handing the same ones back leaves it unchanged, so QNAM fails the
    // request instead of asking again.
    const bool refused = !authenticator->user().isEmpty();
    const bool currentRefused =
        refused && authenticator->user() == m_current.user && authenticator->password() == m_current.password;
    if (m_current.isComplete() && !currentRefused) {
        qCInfo(lcNetHttp) << "proxy" << address << "asks for credentials: offering the stored user name"
                          << m_current.user;
        authenticator->setUser(m_current.user);
        authenticator->setPassword(m_current.password);
        return;
    }
    if (!m_prompt || m_prompting || m_prompts >= kMaxPrompts) {
        qCWarning(lcNetHttp) << "proxy" << address << "refused the credentials; not asking again";
        return;
    }
    ++m_prompts;
    m_prompting = true;
    const std::optional<ProxyCredentials> given = m_prompt(ProxyCredentialsRequest{
        address, m_current.user.isEmpty() ? authenticator->user() : m_current.user, refused});
    m_prompting = false;
    if (!given || !given->isComplete()) {
        m_prompts = kMaxPrompts; // declined: the session stops asking
        return;
    }
    m_current = *given;
    authenticator->setUser(m_current.user);
    authenticator->setPassword(m_current.password);
    emit credentialsEntered(m_current.user, m_current.password);
}

} // namespace recdesk
