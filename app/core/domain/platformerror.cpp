#include "platformerror.h"

#include "jsonreader.h"

#include <QJsonDocument>

namespace recdesk {

PlatformError PlatformError::fromBody(const QByteArray &body, const QString &headerRequestId)
{
    PlatformError e;
    e.requestId = headerRequestId;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return e;
    const QJsonValue inner = doc.object().value(QLatin1String("error"));
    if (!inner.isObject())
        return e;
    DecodeProblems ignored; // a half-formed envelope still gives what it has
    const QJsonObject o = inner.toObject();
    JsonReader r(o, QStringLiteral("error"), &ignored);
    e.status = r.string(QLatin1String("status"));
    e.reason = r.string(QLatin1String("reason"));
    e.message = r.string(QLatin1String("message"));
    const QString bodyId = r.string(QLatin1String("request_id"));
    if (!bodyId.isEmpty())
        e.requestId = bodyId;
    return e;
}

int PlatformError::httpStatusFor(const QString &statusName)
{
    static const struct
    {
        const char *name;
        int code;
    } table[] = {{"INVALID_ARGUMENT", 400},    {"UNAUTHENTICATED", 401},    {"PAYMENT_REQUIRED", 402},
                 {"PERMISSION_DENIED", 403},   {"NOT_FOUND", 404},          {"ALREADY_EXISTS", 409},
                 {"FAILED_PRECONDITION", 409}, {"RESOURCE_EXHAUSTED", 429}, {"INTERNAL", 500},
                 {"UNAVAILABLE", 503}};
    for (const auto &row : table)
        if (statusName == QLatin1String(row.name))
            return row.code;
    return 0;
}

} // namespace recdesk
