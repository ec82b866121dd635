#include "assistantresponses.h"

#include <QJsonDocument>

namespace recdesk {

AssistantFile AssistantFile::fromJson(const QByteArray &body, DecodeProblems *problems)
{
    AssistantFile f;
    const QJsonObject o = parseJsonObject(body, QStringLiteral("assistant upload answer"), problems);
    JsonReader r(o, QStringLiteral("assistant upload answer"), problems);
    f.id = r.string(QLatin1String("id"));
    f.name = r.string(QLatin1String("name"));
    f.size = r.integer(QLatin1String("size"));
    f.extension = r.string(QLatin1String("extension"));
    f.mimeType = r.string(QLatin1String("mime_type"));
    f.createdBy = r.string(QLatin1String("created_by"));
    f.createdAt = r.integer(QLatin1String("created_at"));
    f.previewUrl = r.optionalString(QLatin1String("preview_url"));
    f.sourceUrl = r.optionalString(QLatin1String("source_url"));
    f.originalUrl = r.optionalString(QLatin1String("original_url"));
    f.userId = r.optionalString(QLatin1String("user_id"));
    f.tenantId = r.optionalString(QLatin1String("tenant_id"));
    f.conversationId = r.optionalString(QLatin1String("conversation_id"));
    f.fileKey = r.optionalString(QLatin1String("file_key"));
    if (f.id.isEmpty() && problems->isEmpty())
        r.report(QLatin1String("id"), QStringLiteral("is missing"));
    return f;
}

static QJsonValue optionalValue(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue();
}

QJsonObject AssistantFile::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("size"), static_cast<double>(size));
    o.insert(QLatin1String("extension"), extension);
    o.insert(QLatin1String("mime_type"), mimeType);
    o.insert(QLatin1String("created_by"), createdBy);
    o.insert(QLatin1String("created_at"), static_cast<double>(createdAt));
    o.insert(QLatin1String("preview_url"), optionalValue(previewUrl));
    o.insert(QLatin1String("source_url"), optionalValue(sourceUrl));
    o.insert(QLatin1String("original_url"), optionalValue(originalUrl));
    o.insert(QLatin1String("user_id"), optionalValue(userId));
    o.insert(QLatin1String("tenant_id"), optionalValue(tenantId));
    o.insert(QLatin1String("conversation_id"), optionalValue(conversationId));
    o.insert(QLatin1String("file_key"), optionalValue(fileKey));
    return o;
}

AssistantError AssistantError::fromBody(const QByteArray &body)
{
    AssistantError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return e;
    DecodeProblems ignored;
    const QJsonObject o = doc.object();
    JsonReader r(o, QStringLiteral("error"), &ignored);
    e.code = r.string(QLatin1String("code"));
    e.message = r.string(QLatin1String("message"));
    e.status = static_cast<int>(r.integer(QLatin1String("status")));
    return e;
}

} // namespace recdesk
