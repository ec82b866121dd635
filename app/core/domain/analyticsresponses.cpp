#include "analyticsresponses.h"

#include <QUrlQuery>

namespace recdesk {

AnalyticsToken AnalyticsToken::fromJson(const QByteArray &body, DecodeProblems *problems)
{
    AnalyticsToken t;
    const QJsonObject o = parseJsonObject(body, QStringLiteral("token answer"), problems);
    JsonReader r(o, QStringLiteral("token answer"), problems);
    t.accessToken = r.string(QLatin1String("access_token"));
    t.tokenType = r.string(QLatin1String("token_type"));
    t.expiresInSeconds = r.integer(QLatin1String("expires_in"), 3600);
    t.scope = r.string(QLatin1String("scope"));
    if (t.accessToken.isEmpty() && problems->isEmpty())
        r.report(QLatin1String("access_token"), QStringLiteral("is missing"));
    return t;
}

QByteArray AnalyticsToken::requestBody(const QString &clientId, const QString &clientSecret)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    q.addQueryItem(QStringLiteral("client_secret"),
                   QString::fromLatin1(QUrl::toPercentEncoding(clientSecret)));
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("acxapi"));
    return q.toString(QUrl::FullyEncoded).toUtf8();
}

AnalyticsUploadResult AnalyticsUploadResult::fromJson(const QByteArray &body, DecodeProblems *problems)
{
    AnalyticsUploadResult u;
    const QJsonObject o = parseJsonObject(body, QStringLiteral("upload answer"), problems);
    JsonReader r(o, QStringLiteral("upload answer"), problems);
    u.id = r.uuid(QLatin1String("Id"));
    u.fileName = r.string(QLatin1String("FileName"));
    u.fileSizeKb = r.integer(QLatin1String("FileSizeKb"));
    if (u.id.isNull() && problems->isEmpty())
        r.report(QLatin1String("Id"), QStringLiteral("is missing"));
    return u;
}

QJsonObject AnalyticsUploadResult::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("Id"), id.toString(QUuid::WithoutBraces));
    o.insert(QLatin1String("FileName"), fileName);
    o.insert(QLatin1String("FileSizeKb"), static_cast<double>(fileSizeKb));
    return o;
}

} // namespace recdesk
