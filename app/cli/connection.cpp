#include "connection.h"

#include "demo/demosession.h"
#include "sandbox/sandboxhost.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"

#include <QDir>
#include <QStandardPaths>

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

Connection::Connection() = default;
Connection::~Connection()
{
    m_session.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

bool Connection::open(const CliOptions &options, QString *error, ExitCode *code)
{
    if (options.demo) {
        m_sandbox = std::make_unique<sandbox::SandboxHost>();
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.dataDir =
            !options.demoDir.isEmpty()
                ? options.demoDir
                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                      .filePath(QStringLiteral("demo-sandbox"));
        sandboxOptions.liveVariant = options.demoLive;
        sandboxOptions.quiet = true;
        QString startError;
        if (!m_sandbox->start(sandboxOptions, &startError)) {
            *error = tr("The demo sandbox did not start: %1").arg(startError);
            *code = ExitFailure;
            return false;
        }
        const SessionConfig config = demoSessionConfig(*m_sandbox, QStringLiteral("recdeskctl-demo"));
        m_session = std::make_unique<Session>(config);
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
    m_session = std::make_unique<Session>(makeSessionConfig(withEnvironment, secrets));
    m_downloadFolder = profile->downloadFolder.isEmpty() ? QDir::currentPath() : profile->downloadFolder;
    return true;
}

} // namespace recdesk::cli
