#pragma once

#include <QString>

namespace recdesk {

// How one session reaches the network: through the system's proxy settings, directly, or through
// an HTTP proxy named in the profile. Applied to that session's QNetworkAccessManager only.
struct ProxySettings
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host; // Manual only
    int port = 0; // Manual only
    QString user; // optional; the password is a secret (keychain), never in settings
    QString password;

    // "host:port", as shown in messages; empty unless Manual.
    QString address() const;
    bool isUsable() const { return mode != Mode::Manual || (!host.isEmpty() && port > 0 && port < 65536); }

    // The names stored in settings and taken by recdeskctl: "system", "none", "manual".
    static QString modeName(Mode mode);
    // Unknown names read as System, the default.
    static Mode modeFromName(const QString &name);
};

} // namespace recdesk
