#include "assistantroutes.h"

#include "multipartparser.h"
#include "sandboxcontext.h"
#include "tokens.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSaveFile>

namespace recdesk::sandbox {

namespace {

Reply assistantError(int status, const char *code, const QString &message)
{
    return Reply::json(status, QJsonDocument(QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                                         {QStringLiteral("message"), message},
                                                         {QStringLiteral("status"), status}}));
}

} // namespace

AssistantRoutes::AssistantRoutes(SandboxContext &context)
    : m_context(context)
{}

QStringList AssistantRoutes::supportedExtensions()
{
    return {
        QStringLiteral("txt"),  QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("pdf"),
        QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("csv"),      QStringLiteral("json"),
        QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pptx"),     QStringLiteral("png"),
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),      QStringLiteral("webp"),
        QStringLiteral("mp3"),  QStringLiteral("m4a"),  QStringLiteral("wav"),      QStringLiteral("ogg"),
        QStringLiteral("webm"), QStringLiteral("mp4"),  QStringLiteral("mov"),      QStringLiteral("zip")};
}

Reply AssistantRoutes::handle(const Request &request)
{
    const QByteArray auth = request.header("Authorization");
    const QByteArray key = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
    if (key.isEmpty() || !constantTimeEquals(key, m_context.credentials().assistantApiKey.toUtf8()))
        return assistantError(401, "unauthorized", QStringLiteral("Access token is invalid"));
    if (request.path == QLatin1String("/assistant/v1/files/upload")) {
        if (request.method != "POST")
            return assistantError(405, "method_not_allowed", QStringLiteral("The method is not allowed."));
        return upload(request);
    }
    return assistantError(404, "not_found", QStringLiteral("The requested URL was not found on the server."));
}

Reply AssistantRoutes::upload(const Request &request)
{
    if (request.body.size() > m_context.maxBodyBytes())
        return assistantError(
            413, "file_too_large",
            QStringLiteral("File size exceeded. The limit is %1 bytes.").arg(m_context.maxBodyBytes()));
    MultipartParser parser;
    if (!parser.parse(request.header("Content-Type"), request.body))
        return assistantError(400, "no_file_uploaded", QStringLiteral("Please upload your file."));
    const int files = parser.count(QStringLiteral("file"));
    if (files == 0)
        return assistantError(400, "no_file_uploaded", QStringLiteral("Please upload your file."));
    if (files > 1)
        return assistantError(400, "too_many_files", QStringLiteral("Only one file is allowed."));
    const MultipartPart *part = parser.find(QStringLiteral("file"));
    if (!part->hasFilename)
        return assistantError(400, "no_file_uploaded", QStringLiteral("Please upload your file."));
    const QString user = parser.text(QStringLiteral("user")).trimmed();
    if (user.isEmpty())
        return assistantError(400, "invalid_param", QStringLiteral("user is required."));

    // Keep only the last path segment of the name: a path in a file name never reaches the disk.
    QString name = part->filename.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).trimmed();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return assistantError(400, "no_file_uploaded", QStringLiteral("Please upload your file."));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? name.mid(dot + 1).toLower() : QString();
    if (!supportedExtensions().contains(extension))
        return assistantError(415, "unsupported_file_type", QStringLiteral("File type not allowed."));

    const QString id = newUuid();
    const QByteArrayView bytes = parser.view(*part);
    const QString path = m_context.storedBodyPath(QStringLiteral("assistant"), id);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), bytes.size()) != bytes.size() ||
        !out.commit())
        return assistantError(500, "internal_server_error", QStringLiteral("The file could not be stored."));
    const qint64 createdAt = m_context.clock().nowSecs();
    if (!m_context.store().insertAssistantFile(id, name, bytes.size(), user, createdAt)) {
        QFile::remove(path);
        return assistantError(500, "internal_server_error",
                              QStringLiteral("The file could not be recorded."));
    }
    const QString mime = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name();
    const QString userId = uuidFromName(QStringLiteral("assistant-user:") + user);
    QJsonObject body{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("size"), double(bytes.size())},
        {QStringLiteral("extension"), extension},
        {QStringLiteral("mime_type"), mime},
        {QStringLiteral("created_by"), userId},
        {QStringLiteral("created_at"), double(createdAt)},
        {QStringLiteral("preview_url"), QJsonValue::Null},
        {QStringLiteral("source_url"), QJsonValue::Null},
        {QStringLiteral("original_url"), QJsonValue::Null},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("tenant_id"), DemoIdentity::tenantId()},
        {QStringLiteral("conversation_id"), QJsonValue::Null},
        {QStringLiteral("file_key"),
         QStringLiteral("upload_files/%1/%2.%3").arg(DemoIdentity::tenantId(), id, extension)},
    };
    if (m_context.faults().assistantMinimal) {
        // Older servers: nothing after created_at.
        for (const char *key : {"preview_url", "source_url", "original_url", "user_id", "tenant_id",
                                "conversation_id", "file_key"})
            body.remove(QLatin1String(key));
    }
    return Reply::json(201, QJsonDocument(body));
}

} // namespace recdesk::sandbox
