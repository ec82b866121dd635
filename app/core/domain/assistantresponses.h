#pragma once

#include "jsonreader.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace recdesk {

// POST /files/upload answer (201). Everything after created_at may be null or missing.
struct AssistantFile
{
    QString id;
    QString name;
    std::int64_t size = 0;
    QString extension;
    QString mimeType;
    QString createdBy;
    std::int64_t createdAt = 0; // Unix seconds
    std::optional<QString> previewUrl;
    std::optional<QString> sourceUrl;
    std::optional<QString> originalUrl;
    std::optional<QString> userId;
    std::optional<QString> tenantId;
    std::optional<QString> conversationId;
    std::optional<QString> fileKey;

    static AssistantFile fromJson(const QByteArray &body, DecodeProblems *problems);
    QJsonObject toJson() const;
};

// {"code", "message", "status"} errors.
struct AssistantError
{
    QString code;
    QString message;
    int status = 0;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }
    static AssistantError fromBody(const QByteArray &body);
};

} // namespace recdesk
