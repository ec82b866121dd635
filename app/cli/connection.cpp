#include "connection.h"

#include "demohost.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "workspace/workspace.h"

#include <QDir>

namespace recdesk::cli {

namespace {
// Secrets from the environment win over the keychain (for CI and scripts). Never from argv.
void applyEnvironment(ProfileSecrets *s)
{
    auto take = [](const char *name, QString *field) {
        if (qEnvironmentVariableIsSet(name))
            *field = qEnvironmentVariable(name);
    };
    take("RECDESK_PLATFORM_PASSWORD", &s->platformPassword);
    take("RECDESK_PLATFORM_ACCESS_KEY", &s->platformAccessKey);
    take("RECDESK_ANALYTICS_CLIENT_SECRET", &s->analyticsClientSecret);
    take("RECDESK_ASSISTANT_API_KEY", &s->assistantApiKey);
    take("RECDESK_PROXY_PASSWORD", &s->proxyPassword);
}

// Proxy credentials for scripts: RECDESK_PROXY_USER / RECDESK_PROXY_PASSWORD win; with the
// system's proxy settings, the user:password@ of https_proxy or http_proxy (the form curl and
// wget read) is used when the profile names no proxy user.
void applyProxyEnvironment(Profile *p, ProfileSecrets *s)
{
    if (qEnvironmentVariableIsSet("RECDESK_PROXY_USER"))
        p->proxyUser = qEnvironmentVariable("RECDESK_PROXY_USER");
    if (p->proxyMode != ProxySettings::Mode::System || !p->proxyUser.isEmpty())
        return;
    for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"}) {
        const QUrl url(qEnvironmentVariable(name), QUrl::TolerantMode);
        if (url.userName().isEmpty())
            continue;
        p->proxyUser = url.userName(QUrl::FullyDecoded);
        if (!qEnvironmentVariableIsSet("RECDESK_PROXY_PASSWORD"))
            s->proxyPassword = url.password(QUrl::FullyDecoded);
        return;
    }
}
} // namespace

// Nothing of recdeskctl is remembered in the profile (no profile store, no keychain writes).
Connection::Connection()
    : m_workspace(std::make_unique<Workspace>(nullptr, nullptr, nullptr))
{}

Connection::~Connection() = default;

Session *Connection::session() const
{
    return m_workspace->session();
}

bool Connection::open(const CliOptions &options, QString *error, ExitCode *code)
{
    if (options.demo) {
        m_demo = std::make_unique<DemoHost>();
        QString startError;
        if (!m_demo->start(options.demoDir, options.demoLive, &startError)) {
            *error = tr("The demo sandbox did not start: %1").arg(startError);
            *code = ExitFailure;
            return false;
        }
        m_workspace->setSession(new Session(m_demo->sessionConfig(QStringLiteral("recdeskctl-demo"))),
                                tr("Demo"), true);
        m_downloadFolder = QDir::currentPath();
        return true;
    }

    ProfileStore store;
    const QString name = !options.profile.isEmpty() ? options.profile : store.currentName();
    if (name.isEmpty()) {
        *error = tr("No profile chosen: use --profile P, --demo, or create one with \"recdeskctl profile set "
                    "P ...\".");
        *code = ExitUsage;
        return false;
    }
    const std::optional<Profile> profile = store.load(name);
    if (!profile) {
        *error = tr("There is no profile \"%1\": see \"recdeskctl profile list\".").arg(name);
        *code = ExitUsage;
        return false;
    }
    ProfileSecrets secrets;
    const bool allFromEnvironment = qEnvironmentVariableIsSet("RECDESK_PLATFORM_PASSWORD") ||
                                    qEnvironmentVariableIsSet("RECDESK_PLATFORM_ACCESS_KEY");
    if (!allFromEnvironment) {
        QString keychainError;
        secrets = SecretStore().readAllBlocking(name, &keychainError);
        if (!keychainError.isEmpty()) {
            *error = tr("Could not read the profile's secrets from the keychain (%1): unlock it, or set "
                        "RECDESK_PLATFORM_PASSWORD or RECDESK_PLATFORM_ACCESS_KEY.")
                         .arg(keychainError);
            *code = ExitAuth;
            return false;
        }
    }
    applyEnvironment(&secrets);
    Profile withEnvironment = *profile;
    applyProxyEnvironment(&withEnvironment, &secrets);
    m_workspace->setSession(new Session(makeSessionConfig(withEnvironment, secrets)), name, false);
    m_downloadFolder = profile->downloadFolder.isEmpty() ? QDir::currentPath() : profile->downloadFolder;
    return true;
}

} // namespace recdesk::cli
