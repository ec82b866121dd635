#include "profile.h"

#include "media/audiocache.h"

namespace recdesk {

SessionConfig makeSessionConfig(const Profile &profile, const ProfileSecrets &secrets)
{
    SessionConfig c;
    const int timeoutMs = std::max(1, profile.timeoutSeconds) * 1000;
    c.platform.baseUrl = profile.platformUrl;
    c.platform.transferTimeoutMs = timeoutMs;
    c.analytics.baseUrl = profile.analyticsUrl;
    c.analytics.transferTimeoutMs = timeoutMs;
    c.assistant.baseUrl = profile.assistantUrl;
    c.assistant.transferTimeoutMs = timeoutMs;
    if (profile.platformAuth == Profile::PlatformAuth::AccessKey) {
        c.platformCredentials.accessKey = secrets.platformAccessKey;
    } else {
        c.platformCredentials.username = profile.platformUsername;
        c.platformCredentials.password = secrets.platformPassword;
        c.platformCredentials.token = secrets.platformToken;
    }
    c.analyticsCredentials.clientId = profile.analyticsClientId;
    c.analyticsCredentials.clientSecret = secrets.analyticsClientSecret;
    c.assistantCredentials.apiKey = secrets.assistantApiKey;
    c.assistantCredentials.user = profile.assistantUser;
    c.platformFilesPath = profile.platformFilesPath;
    c.proxy.mode = profile.proxyMode;
    if (profile.proxyMode == ProxySettings::Mode::Manual) {
        c.proxy.host = profile.proxyHost;
        c.proxy.port = profile.proxyPort;
    }
    // The credentials also answer a system proxy that asks for them.
    c.proxy.user = profile.proxyUser;
    c.proxy.password = secrets.proxyPassword;
    c.audioCacheDir = AudioCache::directoryForProfile(profile.name);
    return c;
}

} // namespace recdesk
