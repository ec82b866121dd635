#pragma once

#include "net/session.h"

#include <QString>
#include <QUrl>

namespace recdesk {

// One set of services a user works with ("Production", "Test tenant"). Only non-secret data:
// secrets live in the OS keychain (SecretStore) and are joined in makeSessionConfig.
struct Profile
{
    enum class PlatformAuth { Password, AccessKey };

    QString name;
    QUrl platformUrl; // e.g. https://api.voipbin.net/v1.0
    PlatformAuth platformAuth = PlatformAuth::Password;
    QString platformUsername;
    QString platformFilesPath; // remembered after discovery
    QUrl analyticsUrl;
    QString analyticsClientId;
    QUrl assistantUrl;
    QString assistantUser;
    int timeoutSeconds = 30;
    QString downloadFolder;
    ProxySettings::Mode proxyMode = ProxySettings::Mode::System;
    QString proxyHost; // proxyMode Manual only
    int proxyPort = 0;
    QString proxyUser; // optional; its password is ProfileSecrets::proxyPassword

    bool isValid() const { return !name.isEmpty(); }
};

// The secrets of one profile, as read from the keychain. Never written to settings or logs.
struct ProfileSecrets
{
    QString platformPassword;
    QString platformToken; // the JWT of the last sign-in
    QString platformAccessKey;
    QString analyticsClientSecret;
    QString assistantApiKey;
    QString proxyPassword;
};

SessionConfig makeSessionConfig(const Profile &profile, const ProfileSecrets &secrets);

} // namespace recdesk
