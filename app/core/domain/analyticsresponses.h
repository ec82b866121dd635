#pragma once

#include "jsonreader.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace recdesk {

// POST /connect/token answer (OAuth2 client credentials).
struct AnalyticsToken
{
    QString accessToken; // a secret, never logged
    QString tokenType;
    std::int64_t expiresInSeconds = 0;
    QString scope;

    static AnalyticsToken fromJson(const QByteArray &body, DecodeProblems *problems);
    // The form body for the request.
    static QByteArray requestBody(const QString &clientId, const QString &clientSecret);
};

// POST /Media/Upload answer: {"Id", "FileName", "FileSizeKb"}.
struct AnalyticsUploadResult
{
    QUuid id;
    QString fileName;
    std::int64_t fileSizeKb = 0;

    static AnalyticsUploadResult fromJson(const QByteArray &body, DecodeProblems *problems);
    QJsonObject toJson() const;
};

} // namespace recdesk
