#pragma once

#include <QString>
#include <QUrl>

namespace recdesk {

// Where one service lives and how long to wait for it. No secrets here.
struct ServiceConfig
{
    QUrl baseUrl;
    // No bytes for this long aborts a request (QNetworkRequest::setTransferTimeout).
    int transferTimeoutMs = 30000;

    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
};

// Platform sign-in: username + password (the JWT is kept), or an access key.
struct PlatformCredentials
{
    QString username;
    QString password;  // secret
    QString accessKey; // secret; used when not empty, instead of username/password
    QString token;     // secret: a JWT from an earlier sign-in, reused until it is refused

    bool usesAccessKey() const { return !accessKey.isEmpty(); }
};

struct AnalyticsCredentials
{
    QString clientId;
    QString clientSecret; // secret
};

struct AssistantCredentials
{
    QString apiKey; // secret
    QString user;   // the end-user id sent with every upload
};

// Joins a relative path ("/files/123") to a base URL ("https://host/v1.0").
QUrl joinUrl(const QUrl &base, const QString &path);
// The host root of a base URL: "https://host/v1.0" gives "https://host" (where /auth/login is).
QUrl hostRoot(const QUrl &base);

} // namespace recdesk
