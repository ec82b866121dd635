#include "platformauth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace recdesk {

QByteArray PlatformLogin::requestBody(const QString &username, const QString &password)
{
    QJsonObject o;
    o.insert(QLatin1String("username"), username);
    o.insert(QLatin1String("password"), password);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

PlatformLogin PlatformLogin::fromJson(const QByteArray &body, DecodeProblems *problems)
{
    PlatformLogin login;
    const QJsonObject o = parseJsonObject(body, QStringLiteral("sign-in answer"), problems);
    JsonReader r(o, QStringLiteral("sign-in answer"), problems);
    login.username = r.string(QLatin1String("username"));
    login.token = r.string(QLatin1String("token"));
    if (login.token.isEmpty() && problems->isEmpty())
        r.report(QLatin1String("token"), QStringLiteral("is missing"));
    return login;
}

} // namespace recdesk
