#include "analyticsroutes.h"

#include "multipartparser.h"
#include "sandboxcontext.h"
#include "signedurl.h"
#include "tokens.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace recdesk::sandbox {

namespace {

Reply badRequest(const QString &message)
{
    return Reply::text(400, message.toUtf8());
}

QString extensionOf(const QString &name)
{
    const QString base = name.section(QLatin1Char('/'), -1);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : base.mid(dot).toLower();
}

bool isIso8601(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    if (!re.match(text).hasMatch())
        return false;
    return QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd")).isValid();
}

// FileName may carry sub-folders, but no empty, "." or ".." segment, no backslash, no leading '/'.
bool isSafeFolderName(const QString &name)
{
    if (name.isEmpty() || name.size() > 1024 || name.startsWith(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')))
        return false;
    for (const QString &segment : name.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
        for (const QChar c : segment) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return false;
        }
    }
    return true;
}

const QStringList &audioExtensions()
{
    static const QStringList list = {QStringLiteral(".wav"), QStringLiteral(".mp3"),  QStringLiteral(".mp4"),
                                     QStringLiteral(".ogg"), QStringLiteral(".opus"), QStringLiteral(".m4a")};
    return list;
}

const QStringList &chatExtensions()
{
    static const QStringList list = {QStringLiteral(".tar"), QStringLiteral(".zip")};
    return list;
}

} // namespace

AnalyticsRoutes::AnalyticsRoutes(SandboxContext &context)
    : m_context(context)
{}

QStringList AnalyticsRoutes::hierarchyIds()
{
    return {QStringLiteral("00000000-0000-0000-0000-000000000001"),
            QStringLiteral("00000000-0000-0000-0000-000000000002"),
            QStringLiteral("00000000-0000-0000-0000-000000000003")};
}

QStringList AnalyticsRoutes::hierarchyCodes()
{
    return {QStringLiteral("Accounting"), QStringLiteral("Sales"), QStringLiteral("Support")};
}

Reply AnalyticsRoutes::handle(const Request &request)
{
    if (request.path == QLatin1String("/analytics/connect/token") && request.method == "POST")
        return token(request);
    if (request.path.compare(QLatin1String("/analytics/Media/Upload"), Qt::CaseInsensitive) == 0 &&
        request.method == "POST")
        return upload(request);
    return Reply::empty(404);
}

Reply AnalyticsRoutes::token(const Request &request)
{
    auto oauthError = [](const char *code) {
        return Reply::json(400, QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)}}));
    };
    if (!request.header("Content-Type").trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
        return oauthError("invalid_request");
    const QUrlQuery form(QString::fromUtf8(QByteArray(request.body).replace('+', ' ')));
    auto field = [&](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    QString clientId = field("client_id");
    QString clientSecret = field("client_secret");
    const QByteArray auth = request.header("Authorization");
    if (clientId.isEmpty() && auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    if (field("grant_type") != QLatin1String("client_credentials"))
        return oauthError("unsupported_grant_type");
    const DemoCredentials &c = m_context.credentials();
    if (clientId != c.analyticsClientId ||
        !constantTimeEquals(clientSecret.toUtf8(), c.analyticsClientSecret.toUtf8()))
        return oauthError("invalid_client");
    const QString scope = field("scope");
    if (!scope.isEmpty() && scope != QLatin1String("acxapi"))
        return oauthError("invalid_scope");
    const int lifetime = m_context.faults().analyticsTokenLifetimeSec;
    const QString accessToken = issueJwt(m_context.tokenKey(),
                                         QJsonObject{{QStringLiteral("client_id"), clientId},
                                                     {QStringLiteral("scope"), QStringLiteral("acxapi")},
                                                     {QStringLiteral("aud"), QStringLiteral("analytics")}},
                                         lifetime, m_context.clock().nowSecs());
    return Reply::json(200,
                       QJsonDocument(QJsonObject{{QStringLiteral("access_token"), accessToken},
                                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                 {QStringLiteral("expires_in"), lifetime},
                                                 {QStringLiteral("scope"), QStringLiteral("acxapi")}}));
}

QString AnalyticsRoutes::validateMetadata(const QJsonObject &md) const
{
    const QJsonValue fileName = md.value(QStringLiteral("FileName"));
    if (!fileName.isString() || fileName.toString().trimmed().isEmpty())
        return QStringLiteral("FileName is required in metadata.");
    if (!isSafeFolderName(fileName.toString()))
        return QStringLiteral("FileName is not a valid file path.");
    const QString uploadType = md.value(QStringLiteral("UploadType")).toString();
    if (uploadType != QLatin1String("Audio") && uploadType != QLatin1String("Chat"))
        return QStringLiteral("UploadType is required and must be Audio or Chat.");
    const QString ext = extensionOf(fileName.toString());
    const QStringList &allowed = uploadType == QLatin1String("Audio") ? audioExtensions() : chatExtensions();
    if (!allowed.contains(ext))
        return QStringLiteral("Invalid file extension for %1 upload. Valid extensions: %2.")
            .arg(uploadType, allowed.join(QStringLiteral(", ")));
    if (md.contains(QStringLiteral("CallDirection"))) {
        const QString d = md.value(QStringLiteral("CallDirection")).toString();
        if (d != QLatin1String("Inbound") && d != QLatin1String("Outbound"))
            return QStringLiteral("CallDirection must be Inbound or Outbound.");
    }
    for (const char *key : {"Name", "Phone", "Email", "AgentFirstName", "AgentLastName", "AgentCode",
                            "ClientCallId", "HierarchyCode"}) {
        const QJsonValue v = md.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return QStringLiteral("%1 must be a string.").arg(QLatin1String(key));
    }
    if (md.contains(QStringLiteral("InteractionDate")) &&
        !isIso8601(md.value(QStringLiteral("InteractionDate")).toString()))
        return QStringLiteral("InteractionDate must be an ISO 8601 date or date and time.");
    if (md.contains(QStringLiteral("ExtendedMetadataValues"))) {
        const QJsonValue v = md.value(QStringLiteral("ExtendedMetadataValues"));
        if (!v.isObject())
            return QStringLiteral("ExtendedMetadataValues must be an object of string values.");
        for (const QJsonValue &item : v.toObject()) {
            if (!item.isString())
                return QStringLiteral("ExtendedMetadataValues must be an object of string values.");
        }
    }
    if (md.contains(QStringLiteral("ExtendedMetadata"))) {
        const QJsonValue v = md.value(QStringLiteral("ExtendedMetadata"));
        if (!v.isArray())
            return QStringLiteral("ExtendedMetadata must be an array of objects of string values.");
        for (const QJsonValue &obj : v.toArray()) {
            if (!obj.isObject())
                return QStringLiteral("ExtendedMetadata must be an array of objects of string values.");
            for (const QJsonValue &item : obj.toObject()) {
                if (!item.isString())
                    return QStringLiteral("ExtendedMetadata must be an array of objects of string values.");
            }
        }
    }
    if (md.contains(QStringLiteral("ApplyHierarchyToAgent")) &&
        !md.value(QStringLiteral("ApplyHierarchyToAgent")).isBool())
        return QStringLiteral("ApplyHierarchyToAgent must be true or false.");
    if (md.contains(QStringLiteral("LocaleId"))) {
        const QJsonValue v = md.value(QStringLiteral("LocaleId"));
        const int locale = v.isString() ? v.toString().toInt() : v.toInt(-1);
        if (locale != 1033 && locale != 2058)
            return QStringLiteral(
                "Unsupported locale id provided. Supported locale ids include: 1033, 2058.");
    }
    const QString hierarchyId = md.value(QStringLiteral("HierarchyId")).toString();
    const QString hierarchyCode = md.value(QStringLiteral("HierarchyCode")).toString();
    if ((md.contains(QStringLiteral("HierarchyId")) && !hierarchyIds().contains(hierarchyId.toLower())) ||
        (md.contains(QStringLiteral("HierarchyCode")) && !hierarchyCodes().contains(hierarchyCode)))
        return QStringLiteral("Invalid Hierarchy Id/Code!");
    return {};
}

Reply AnalyticsRoutes::upload(const Request &request)
{
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return Reply::empty(401);
    QJsonObject claims;
    if (verifyJwt(m_context.tokenKey(), QString::fromLatin1(auth.mid(7).trimmed()),
                  m_context.clock().nowSecs(), &claims) != TokenCheck::Valid ||
        claims.value(QStringLiteral("aud")).toString() != QLatin1String("analytics"))
        return Reply::empty(401);

    if (request.body.size() > m_context.maxBodyBytes())
        return badRequest(QStringLiteral("The request is larger than the upload limit of %1 bytes.")
                              .arg(m_context.maxBodyBytes()));
    MultipartParser parser;
    if (!parser.parse(request.header("Content-Type"), request.body))
        return badRequest(
            QStringLiteral("The request must be multipart/form-data: %1").arg(parser.errorString()));
    if (!parser.find(QStringLiteral("metadata")))
        return badRequest(QStringLiteral("You must upload metadata in the request form."));
    QJsonParseError parseError{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(parser.data(*parser.find(QStringLiteral("metadata"))), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(QStringLiteral("Metadata must be a valid JSON object."));
    const QJsonObject metadata = doc.object();
    const QString invalid = validateMetadata(metadata);
    if (!invalid.isEmpty())
        return badRequest(invalid);
    const QString fileName = metadata.value(QStringLiteral("FileName")).toString();

    const int fileParts = parser.count(QStringLiteral("file"));
    const QString signedUrl = parser.text(QStringLiteral("signedUrl")).trimmed();
    if (fileParts > 1)
        return badRequest(QStringLiteral("Only one file may be uploaded per request."));
    if (fileParts == 0 && signedUrl.isEmpty())
        return badRequest(QStringLiteral("You must upload a file or provide a signedUrl."));
    if (fileParts == 1 && !signedUrl.isEmpty())
        return badRequest(QStringLiteral("Provide either a file or a signedUrl, not both."));

    const QString id = newUuid();
    const QString target = m_context.storedBodyPath(QStringLiteral("analytics"), id);
    qint64 size = 0;
    QString source;
    if (fileParts == 1) {
        const MultipartPart *part = parser.find(QStringLiteral("file"));
        if (extensionOf(part->filename) != extensionOf(fileName))
            return badRequest(
                QStringLiteral("File extension in metadata file name and upload file must match!"));
        if (m_context.store().analyticsNameExists(fileName))
            return badRequest(QStringLiteral("An interaction with this file name already exists."));
        const QByteArrayView bytes = parser.view(*part);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), bytes.size()) != bytes.size() ||
            !out.commit())
            return Reply::text(500, "The file could not be stored.");
        size = bytes.size();
        source = QStringLiteral("upload");
    } else {
        // Only the sandbox's own signed URLs are fetched (resolved in-process): never another host.
        const QUrl url(signedUrl, QUrl::StrictMode);
        const bool ownHost =
            url.isValid() && url.scheme() == QLatin1String("http") &&
            (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")) &&
            url.port() == m_context.port() && url.path().startsWith(QLatin1String("/signed/"));
        if (!ownHost)
            return badRequest(
                QStringLiteral("The signedUrl must be a download URL issued by this service's storage."));
        Request fetch;
        fetch.method = "GET";
        fetch.path = url.path(QUrl::FullyDecoded);
        fetch.rawQuery = url.query(QUrl::FullyEncoded);
        fetch.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        m_context.logSignedRequest(fetch, true);
        SignedObject object;
        const SignedCheck check =
            resolveSignedObject(m_context, fetch.path, fetch.queryValue(QStringLiteral("expires")),
                                fetch.queryValue(QStringLiteral("sig")), &object);
        if (check == SignedCheck::Expired || check == SignedCheck::BadSignature)
            return badRequest(QStringLiteral("The signedUrl could not be downloaded (HTTP 403)."));
        if (check != SignedCheck::Ok)
            return badRequest(QStringLiteral("The signedUrl could not be downloaded (HTTP 404)."));
        if (extensionOf(object.filename) != extensionOf(fileName))
            return badRequest(
                QStringLiteral("File extension in metadata file name and upload file must match!"));
        if (m_context.store().analyticsNameExists(fileName))
            return badRequest(QStringLiteral("An interaction with this file name already exists."));
        QFile::remove(target);
        if (!QFile::copy(object.path, target)) {
            QFile::remove(target);
            return Reply::text(500, "The signed URL's content could not be stored.");
        }
        size = object.size;
        source = signedUrl.section(QLatin1Char('?'), 0, 0); // never keep the signature
    }
    if (!m_context.store().insertAnalyticsUpload(
            id, fileName, size, source,
            QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)))) {
        QFile::remove(target);
        return Reply::text(500, "The upload could not be recorded.");
    }
    return Reply::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("Id"), id},
                                       {QStringLiteral("FileName"), fileName},
                                       {QStringLiteral("FileSizeKb"), double((size + 1023) / 1024)}}));
}

} // namespace recdesk::sandbox
