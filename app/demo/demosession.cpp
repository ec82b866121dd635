#include "demosession.h"

#include "sandboxhost.h"

namespace recdesk {

SessionConfig demoSessionConfig(const sandbox::SandboxHost &host, const QString &assistantUser,
                                bool useAccessKey)
{
    const sandbox::DemoCredentials c = host.credentials();
    SessionConfig config;
    config.platform.baseUrl = host.platformBaseUrl();
    config.analytics.baseUrl = host.analyticsBaseUrl();
    config.assistant.baseUrl = host.assistantBaseUrl();
    if (useAccessKey) {
        config.platformCredentials.accessKey = c.accessKey;
    } else {
        config.platformCredentials.username = c.username;
        config.platformCredentials.password = c.password;
    }
    config.analyticsCredentials.clientId = c.analyticsClientId;
    config.analyticsCredentials.clientSecret = c.analyticsClientSecret;
    config.assistantCredentials.apiKey = c.assistantApiKey;
    config.assistantCredentials.user = assistantUser;
    config.proxy.mode = ProxySettings::Mode::None; // loopback: never through a proxy
    return config;
}

} // namespace recdesk
