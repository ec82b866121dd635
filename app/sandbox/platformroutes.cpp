#include "platformroutes.h"

#include "calljson.h"
#include "multipartparser.h"
#include "sandboxcontext.h"
#include "signedurl.h"
#include "tokens.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace recdesk::sandbox {

namespace {

constexpr qint64 kLiveUploadLimit = 30LL * 1024 * 1024;

Reply notFoundRoute()
{
    // What the live platform's router answers for a path it does not know (e.g. /files there).
    return Reply::text(404, "404 page not found");
}

QString cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray kv = part.trimmed();
        const qsizetype eq = kv.indexOf('=');
        if (eq > 0 && kv.left(eq) == name)
            return QString::fromLatin1(kv.mid(eq + 1));
    }
    return {};
}

Reply signingNotConfigured()
{
    return PlatformRoutes::error(503, "UNAVAILABLE", "SIGNING_NOT_CONFIGURED",
                                 QStringLiteral("Download URLs cannot be signed right now."));
}

bool isSafeFilename(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

} // namespace

PlatformRoutes::PlatformRoutes(SandboxContext &context)
    : m_context(context)
{}

bool PlatformRoutes::live() const
{
    return m_context.faults().liveVariant;
}

Reply PlatformRoutes::error(int status, const char *statusName, const char *reason, const QString &message)
{
    const QString requestId = newRequestId();
    Reply r = Reply::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("status"), QLatin1String(statusName)},
                                                       {QStringLiteral("reason"), QLatin1String(reason)},
                                                       {QStringLiteral("message"), message},
                                                       {QStringLiteral("request_id"), requestId}}}}));
    r.setHeader("X-Request-Id", requestId.toLatin1());
    return r;
}

Reply PlatformRoutes::handle(const Request &request)
{
    if (request.path == QLatin1String("/auth/login"))
        return login(request);
    Principal who;
    Reply failure;
    if (!authenticate(request, &who, &failure))
        return failure;
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    segments.removeFirst(); // "v1.0"
    return routeV1(request, segments, who);
}

Reply PlatformRoutes::login(const Request &request)
{
    if (request.method != "POST")
        return notFoundRoute();
    // A wrong password or a bad body: 400 with an empty body (as the platform does).
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return Reply::empty(400);
    const QJsonObject o = doc.object();
    const QString username = o.value(QStringLiteral("username")).toString();
    const QString password = o.value(QStringLiteral("password")).toString();
    const DemoCredentials &c = m_context.credentials();
    QJsonObject claims;
    if (username == c.username && password == c.password) {
        claims = {{QStringLiteral("username"), username},
                  {QStringLiteral("role"), QStringLiteral("admin")},
                  {QStringLiteral("agent_id"), DemoIdentity::adminAgentId()}};
    } else if (username == c.agentUsername && password == c.agentPassword) {
        claims = {{QStringLiteral("username"), username},
                  {QStringLiteral("role"), QStringLiteral("agent")},
                  {QStringLiteral("agent_id"), DemoIdentity::agentId()}};
    } else {
        return Reply::empty(400);
    }
    claims.insert(QStringLiteral("customer_id"), DemoIdentity::customerId());
    const QString token = issueJwt(m_context.tokenKey(), claims, m_context.faults().platformTokenLifetimeSec,
                                   m_context.clock().nowSecs());
    Reply r = Reply::json(200, QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                         {QStringLiteral("token"), token}}));
    // The platform also sets the token as a cookie, which it honours ahead of the header.
    r.setHeader("Set-Cookie", "token=" + token.toLatin1() + "; Path=/; HttpOnly");
    return r;
}

bool PlatformRoutes::authenticate(const Request &request, Principal *principal, Reply *failure)
{
    QString token = cookieValue(request.header("Cookie"), "token");
    if (token.isEmpty()) {
        const QByteArray auth = request.header("Authorization");
        if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
            token = QString::fromLatin1(auth.mid(7).trimmed());
    }
    if (token.isEmpty())
        token = request.queryValue(QStringLiteral("token"));
    if (!token.isEmpty()) {
        QJsonObject claims;
        switch (verifyJwt(m_context.tokenKey(), token, m_context.clock().nowSecs(), &claims)) {
        case TokenCheck::Valid:
            principal->username = claims.value(QStringLiteral("username")).toString();
            principal->admin = claims.value(QStringLiteral("role")).toString() == QLatin1String("admin");
            principal->agentId = claims.value(QStringLiteral("agent_id")).toString();
            return true;
        case TokenCheck::Expired:
            *failure = error(401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED",
                             QStringLiteral("The token has expired."));
            return false;
        default:
            *failure = error(401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED",
                             QStringLiteral("The token is not valid."));
            return false;
        }
    }
    const QString accessKey = request.queryValue(QStringLiteral("accesskey"));
    if (!accessKey.isEmpty()) {
        if (constantTimeEquals(accessKey.toUtf8(), m_context.credentials().accessKey.toUtf8())) {
            principal->username = m_context.credentials().username;
            principal->admin = true;
            principal->agentId = DemoIdentity::adminAgentId();
            return true;
        }
        *failure = error(401, "UNAUTHENTICATED", "INVALID_CREDENTIALS",
                         QStringLiteral("The access key is not valid."));
        return false;
    }
    *failure = error(401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED",
                     QStringLiteral("Authentication is required."));
    return false;
}

Reply PlatformRoutes::routeV1(const Request &request, const QStringList &seg, const Principal &who)
{
    const QByteArray &m = request.method;
    const int n = int(seg.size());
    if (n == 0)
        return notFoundRoute();

    // Files: /files (documented) or /storage_files and /service_agents/files (live).
    int base = -1;
    FilesScope scope = FilesScope::All;
    if (!live() && seg[0] == QLatin1String("files")) {
        base = 1;
    } else if (live() && seg[0] == QLatin1String("storage_files")) {
        base = 1;
        if (!who.admin)
            return error(403, "PERMISSION_DENIED", "PERMISSION_DENIED",
                         QStringLiteral("This account may not list all of the customer's files."));
    } else if (live() && n >= 2 && seg[0] == QLatin1String("service_agents") &&
               seg[1] == QLatin1String("files")) {
        base = 2;
        scope = FilesScope::OwnAgent;
    }
    if (base >= 0) {
        const int rest = n - base;
        if (rest == 0 && m == "GET")
            return listFiles(request, scope, who);
        if (rest == 0 && m == "POST")
            return uploadFile(request, scope, who);
        if (rest == 1 && m == "GET")
            return getFile(seg[base], scope, who);
        if (rest == 1 && m == "DELETE")
            return deleteFile(seg[base], scope, who);
        if (rest == 2 && seg[base + 1] == QLatin1String("file") && m == "GET")
            return fileRedirect(seg[base], scope, who);
        return notFoundRoute();
    }

    if (seg[0] == QLatin1String("recordings") || seg[0] == QLatin1String("recordingfiles")) {
        if (live() && !who.admin)
            return error(403, "PERMISSION_DENIED", "PERMISSION_DENIED",
                         QStringLiteral("This account may not view recordings."));
        if (seg[0] == QLatin1String("recordings")) {
            if (n == 1 && m == "GET")
                return listRecordings(request);
            if (n == 2 && m == "GET")
                return getRecording(seg[1]);
            if (n == 2 && m == "DELETE")
                return deleteRecording(seg[1]);
        } else if (n == 2 && m == "GET") {
            return recordingRedirect(seg[1]);
        }
    }
    if (seg[0] == QLatin1String("calls") || seg[0] == QLatin1String("conferences") ||
        seg[0] == QLatin1String("agents"))
        return routeCallData(request, seg, who);
    return notFoundRoute();
}

// ---- paging ---------------------------------------------------------------------------------

bool PlatformRoutes::pageParams(const Request &request, int *pageSize, qint64 *before, Reply *failure) const
{
    bool ok = false;
    const int size = request.queryValue(QStringLiteral("page_size")).toInt(&ok);
    *pageSize = (ok && size >= 1 && size <= 100) ? size : 100; // out of range: 100 (contract)
    *before = -1;
    QString token = request.queryValue(QStringLiteral("page_token"));
    // A form-style encoder may send the documented form's space as '+'.
    if (token.size() > 10 && token.at(10) == QLatin1Char('+'))
        token[10] = QLatin1Char(' ');
    if (!token.isEmpty() && !parseTimestamp(token, before)) {
        *failure = error(400, "INVALID_ARGUMENT", "INVALID_PAGE_TOKEN",
                         QStringLiteral("The page_token is not valid."));
        return false;
    }
    return true;
}

Reply PlatformRoutes::listReply(QJsonArray result, const QString &next) const
{
    // Faults for clients that would take a broken list for an empty or a whole one.
    const QString &shape = m_context.faults().listShape;
    if (shape == QLatin1String("resultObject"))
        return Reply::json(200, QJsonDocument(QJsonObject{{QStringLiteral("result"), QJsonObject()},
                                                          {QStringLiteral("next_page_token"), next}}));
    if (shape == QLatin1String("escapes")) {
        // Terminal escapes (clear screen, window title), a bidi override, NUL and a line break.
        const QString nasty =
            QStringLiteral("\x1b[2J\x1b]0;pwned\x07\u202Etxt.exe\n") + QChar(0) + QStringLiteral("x");
        for (qsizetype i = 0; i < result.size(); ++i) {
            QJsonObject item = result.at(i).toObject();
            for (const QString &key : {QStringLiteral("name"), QStringLiteral("filename")})
                if (item.contains(key))
                    item.insert(key, item.value(key).toString() + nasty);
            result[i] = item;
        }
    }
    if (shape == QLatin1String("badRows")) {
        result.prepend(QJsonObject{{QStringLiteral("name"), QStringLiteral("a row with no id")}});
        result.prepend(42);
    }
    Reply reply = Reply::json(200, QJsonDocument(QJsonObject{{QStringLiteral("result"), result},
                                                             {QStringLiteral("next_page_token"), next}}));
    if (shape == QLatin1String("truncated"))
        reply.body.truncate(reply.body.size() / 2);
    return reply;
}

QString PlatformRoutes::nextPageToken(const Request &request, qint64 before, qint64 lastCreated) const
{
    if (lastCreated == kNotHappened)
        return QString();
    const QString sent = request.queryValue(QStringLiteral("page_token"));
    const QString &fault = m_context.faults().pageTokens;
    // Faults for clients' paging loops: a cursor that repeats the one sent, or one a second
    // newer than it (so the next page starts where an earlier one did).
    if (!sent.isEmpty() && fault == QLatin1String("repeat"))
        return sent;
    if (!sent.isEmpty() && fault == QLatin1String("forward"))
        return timestamp(before + 1000000).toString();
    return timestamp(lastCreated).toString();
}

QJsonValue PlatformRoutes::timestamp(qint64 usec) const
{
    if (live())
        return usec == kNotHappened ? QJsonValue(QJsonValue::Null) : QJsonValue(rfc3339Timestamp(usec));
    return documentedTimestamp(usec);
}

// ---- files ----------------------------------------------------------------------------------

void PlatformRoutes::refreshDownloadUrl(FileRow &row)
{
    const qint64 now = m_context.clock().nowUsec();
    const qint64 fresh = m_context.signedUrlExpiry() * 1000000;
    // Issue a new URL when there is none, it expired, or the lifetime knob was shortened.
    if (row.tmDownloadExpire == kNotHappened || row.tmDownloadExpire <= now || row.tmDownloadExpire > fresh) {
        row.tmDownloadExpire = fresh;
        m_context.store().setFileDownloadExpire(row.id, fresh);
    }
}

QJsonObject PlatformRoutes::fileJson(FileRow f)
{
    QString uri;
    if (m_context.faults().signingDisabled) {
        f.tmDownloadExpire = kNotHappened; // uri_download stays empty
    } else if (f.tmDelete == kNotHappened) {
        refreshDownloadUrl(f);
        uri = m_context.signedUrl(signedFilePath(f.id), f.tmDownloadExpire / 1000000);
    } else {
        f.tmDownloadExpire = kNotHappened;
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("customer_id"), f.customerId);
    if (live())
        o.insert(QStringLiteral("owner_type"), f.ownerType);
    o.insert(QStringLiteral("owner_id"), f.ownerId);
    QString referenceType = f.referenceType;
    if (live() && referenceType == QLatin1String("none"))
        referenceType = QString();
    else if (!live() && referenceType == QLatin1String("normal"))
        referenceType = QStringLiteral("none"); // the documented form has only none | recording
    o.insert(QStringLiteral("reference_type"), referenceType);
    o.insert(QStringLiteral("reference_id"), f.referenceId);
    if (live())
        o.insert(QStringLiteral("type"), f.type);
    o.insert(QStringLiteral("name"), f.name);
    o.insert(QStringLiteral("detail"), f.detail);
    o.insert(QStringLiteral("filename"), f.filename);
    o.insert(QStringLiteral("filesize"), double(f.filesize));
    o.insert(QStringLiteral("uri_download"), uri);
    o.insert(QStringLiteral("tm_download_expire"), timestamp(f.tmDownloadExpire));
    o.insert(QStringLiteral("tm_create"), timestamp(f.tmCreate));
    o.insert(QStringLiteral("tm_update"), timestamp(f.tmUpdate));
    o.insert(QStringLiteral("tm_delete"), timestamp(f.tmDelete));
    return o;
}

Reply PlatformRoutes::listFiles(const Request &request, FilesScope scope, const Principal &who)
{
    int pageSize;
    qint64 before;
    Reply failure;
    if (!pageParams(request, &pageSize, &before, &failure))
        return failure;
    const QList<FileRow> rows = m_context.store().listFiles(
        before, pageSize, scope == FilesScope::OwnAgent ? who.agentId : QString());
    QJsonArray result;
    for (const FileRow &f : rows)
        result.append(fileJson(f));
    return listReply(result,
                     nextPageToken(request, before, rows.isEmpty() ? kNotHappened : rows.last().tmCreate));
}

bool PlatformRoutes::lookupFile(const QString &id, FilesScope scope, const Principal &who, FileRow *row,
                                Reply *failure)
{
    if (!isUuid(id)) {
        *failure =
            error(400, "INVALID_ARGUMENT", "INVALID_ID", QStringLiteral("The file id is not a valid UUID."));
        return false;
    }
    const auto f = m_context.store().file(id);
    if (!f || f->tmDelete != kNotHappened || (scope == FilesScope::OwnAgent && f->ownerId != who.agentId)) {
        *failure = error(404, "NOT_FOUND", "FILE_NOT_FOUND", QStringLiteral("The file does not exist."));
        return false;
    }
    *row = *f;
    return true;
}

Reply PlatformRoutes::getFile(const QString &id, FilesScope scope, const Principal &who)
{
    FileRow row;
    Reply failure;
    if (!lookupFile(id, scope, who, &row, &failure))
        return failure;
    return Reply::json(200, QJsonDocument(fileJson(row)));
}

Reply PlatformRoutes::deleteFile(const QString &id, FilesScope scope, const Principal &who)
{
    FileRow row;
    Reply failure;
    if (!lookupFile(id, scope, who, &row, &failure))
        return failure;
    const qint64 now = m_context.clock().nowUsec();
    if (!m_context.store().markFileDeleted(row.id, now))
        return error(500, "INTERNAL", "INTERNAL", QStringLiteral("The file could not be deleted."));
    if (row.bodyKind == QLatin1String("stored"))
        QFile::remove(m_context.storedBodyPath(QStringLiteral("files"), row.id));
    row.tmDelete = now;
    row.tmUpdate = now;
    return Reply::json(200, QJsonDocument(fileJson(row)));
}

Reply PlatformRoutes::fileRedirect(const QString &id, FilesScope scope, const Principal &who)
{
    FileRow row;
    Reply failure;
    if (!lookupFile(id, scope, who, &row, &failure))
        return failure;
    if (m_context.faults().signingDisabled)
        return signingNotConfigured();
    refreshDownloadUrl(row);
    Reply r = Reply::empty(307);
    r.setHeader("Location",
                m_context.signedUrl(signedFilePath(row.id), row.tmDownloadExpire / 1000000).toUtf8());
    return r;
}

Reply PlatformRoutes::uploadFile(const Request &request, FilesScope scope, const Principal &who)
{
    const qint64 limit = live() ? qMin(kLiveUploadLimit, m_context.maxBodyBytes()) : m_context.maxBodyBytes();
    if (request.body.size() > limit)
        return error(400, "INVALID_ARGUMENT", "INVALID_FILE_UPLOAD",
                     QStringLiteral("The upload is larger than the limit of %1 bytes.").arg(limit));
    MultipartParser parser;
    if (!parser.parse(request.header("Content-Type"), request.body))
        return error(400, "INVALID_ARGUMENT", "INVALID_FILE_UPLOAD", parser.errorString());
    if (parser.count(QStringLiteral("file")) != 1)
        return error(400, "INVALID_ARGUMENT", "INVALID_FILE_UPLOAD",
                     parser.count(QStringLiteral("file")) == 0
                         ? QStringLiteral("The form field 'file' is required.")
                         : QStringLiteral("Exactly one file may be uploaded."));
    const MultipartPart *part = parser.find(QStringLiteral("file"));
    if (!part->hasFilename || !isSafeFilename(part->filename))
        return error(400, "INVALID_ARGUMENT", "INVALID_FILE_UPLOAD",
                     QStringLiteral("The uploaded file needs a plain file name (no folders)."));

    FileRow f;
    f.id = newUuid();
    f.customerId = DemoIdentity::customerId();
    f.ownerType = QStringLiteral("agent");
    f.ownerId = who.agentId;
    f.referenceType = QStringLiteral("none");
    f.referenceId = unsetUuid();
    if (live()) {
        const QString type = parser.text(QStringLiteral("type"));
        const QString wanted = scope == FilesScope::OwnAgent ? QStringLiteral("talk") : QStringLiteral("rag");
        if (type != wanted)
            return error(400, "INVALID_ARGUMENT", "INVALID_FILE_UPLOAD",
                         QStringLiteral("The form field 'type' must be '%1' here.").arg(wanted));
        f.type = type; // the live platform ignores name and detail
    } else {
        f.name = parser.text(QStringLiteral("name"));
        f.detail = parser.text(QStringLiteral("detail"));
    }
    f.filename = part->filename;
    const QByteArrayView bytes = parser.view(*part);
    f.filesize = bytes.size();
    f.bodyKind = QStringLiteral("stored");
    f.etag = QLatin1Char('"') +
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()) +
             QLatin1Char('"');
    f.tmCreate = m_context.clock().nowUsec();

    // Body first (atomically), then the row; a failure on either side leaves nothing behind.
    const QString path = m_context.storedBodyPath(QStringLiteral("files"), f.id);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), bytes.size()) != bytes.size() ||
        !out.commit())
        return error(500, "INTERNAL", "INTERNAL", QStringLiteral("The file could not be stored."));
    if (!m_context.store().insertFile(f)) {
        QFile::remove(path);
        return error(500, "INTERNAL", "INTERNAL", QStringLiteral("The file could not be recorded."));
    }
    return Reply::json(200, QJsonDocument(fileJson(f)));
}

// ---- recordings -----------------------------------------------------------------------------

QJsonObject PlatformRoutes::recordingJson(const RecordingRow &r) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("customer_id"), r.customerId);
    o.insert(QStringLiteral("owner_type"), r.ownerType);
    o.insert(QStringLiteral("owner_id"), r.ownerId);
    const QList<QPair<QString, QString>> strings = {{QStringLiteral("activeflow_id"), r.activeflowId},
                                                    {QStringLiteral("reference_type"), r.referenceType},
                                                    {QStringLiteral("reference_id"), r.referenceId},
                                                    {QStringLiteral("status"), r.status},
                                                    {QStringLiteral("format"), r.format},
                                                    {QStringLiteral("on_end_flow_id"), r.onEndFlowId}};
    const QList<QPair<QString, qint64>> times = {{QStringLiteral("tm_start"), r.tmStart},
                                                 {QStringLiteral("tm_end"), r.tmEnd},
                                                 {QStringLiteral("tm_create"), r.tmCreate},
                                                 {QStringLiteral("tm_update"), r.tmUpdate},
                                                 {QStringLiteral("tm_delete"), r.tmDelete}};
    if (live()) {
        // The live platform omits empty fields after owner_id.
        for (const auto &s : strings) {
            if (!s.second.isEmpty() && s.second != unsetUuid())
                o.insert(s.first, s.second);
        }
        for (const auto &t : times) {
            if (t.second != kNotHappened)
                o.insert(t.first, rfc3339Timestamp(t.second));
        }
        return o;
    }
    for (const auto &s : strings)
        o.insert(s.first, s.second);
    for (const auto &t : times)
        o.insert(t.first, documentedTimestamp(t.second));
    if (r.legacyEmptyDelete && r.tmDelete == kNotHappened)
        o.insert(QStringLiteral("tm_delete"), QString());
    return o;
}

Reply PlatformRoutes::listRecordings(const Request &request)
{
    int pageSize;
    qint64 before;
    Reply failure;
    if (!pageParams(request, &pageSize, &before, &failure))
        return failure;
    const QList<RecordingRow> rows = m_context.store().listRecordings(before, pageSize);
    QJsonArray result;
    for (const RecordingRow &r : rows)
        result.append(recordingJson(r));
    return listReply(result,
                     nextPageToken(request, before, rows.isEmpty() ? kNotHappened : rows.last().tmCreate));
}

Reply PlatformRoutes::getRecording(const QString &id)
{
    if (!isUuid(id))
        return error(400, "INVALID_ARGUMENT", "INVALID_ID",
                     QStringLiteral("The recording id is not a valid UUID."));
    const auto r = m_context.store().recording(id);
    if (!r || r->tmDelete != kNotHappened)
        return error(404, "NOT_FOUND", "RECORDING_NOT_FOUND",
                     QStringLiteral("The recording does not exist."));
    return Reply::json(200, QJsonDocument(recordingJson(*r)));
}

Reply PlatformRoutes::deleteRecording(const QString &id)
{
    if (!isUuid(id))
        return error(400, "INVALID_ARGUMENT", "INVALID_ID",
                     QStringLiteral("The recording id is not a valid UUID."));
    auto r = m_context.store().recording(id);
    if (!r || r->tmDelete != kNotHappened)
        return error(404, "NOT_FOUND", "RECORDING_NOT_FOUND",
                     QStringLiteral("The recording does not exist."));
    const qint64 now = m_context.clock().nowUsec();
    Store &store = m_context.store();
    store.transaction();
    bool ok = store.markRecordingDeleted(r->id, now);
    // Its files are deleted too.
    const QList<FileRow> files = store.filesReferencing(r->id);
    for (const FileRow &f : files)
        ok = ok && store.markFileDeleted(f.id, now);
    if (!ok || !store.commit()) {
        store.rollback();
        return error(500, "INTERNAL", "INTERNAL", QStringLiteral("The recording could not be deleted."));
    }
    for (const FileRow &f : files) {
        if (f.bodyKind == QLatin1String("stored"))
            QFile::remove(m_context.storedBodyPath(QStringLiteral("files"), f.id));
    }
    r->tmDelete = now;
    r->tmUpdate = now;
    r->legacyEmptyDelete = false;
    return Reply::json(200, QJsonDocument(recordingJson(*r)));
}

Reply PlatformRoutes::recordingRedirect(const QString &id)
{
    if (!isUuid(id))
        return error(400, "INVALID_ARGUMENT", "INVALID_ID",
                     QStringLiteral("The recording id is not a valid UUID."));
    const auto r = m_context.store().recording(id);
    if (!r || r->tmDelete != kNotHappened)
        return error(404, "NOT_FOUND", "RECORDING_NOT_FOUND",
                     QStringLiteral("The recording does not exist."));
    if (r->status != QLatin1String("ended"))
        return error(
            409, "FAILED_PRECONDITION", "RECORDING_NOT_ENDED",
            QStringLiteral("Only an ended recording can be downloaded (status: %1).").arg(r->status));
    if (m_context.faults().signingDisabled)
        return signingNotConfigured();
    // Recording URLs are valid 24 h, or less when the lifetime knob is shorter.
    const qint64 expires = qMin(m_context.signedUrlExpiry(), m_context.clock().nowSecs() + 24 * 3600);
    Reply reply = Reply::empty(307);
    reply.setHeader("Location", m_context.signedUrl(signedRecordingPath(r->id, live()), expires).toUtf8());
    return reply;
}

// ---- calls, conferences and agents ----------------------------------------------------------

Reply PlatformRoutes::routeCallData(const Request &request, const QStringList &seg, const Principal &who)
{
    const QString &what = seg[0];
    const int n = int(seg.size());
    if (request.method != "GET" || n > 2 || (n == 1 && what == QLatin1String("conferences")))
        return notFoundRoute();
    // Admin or manager accounts only (API.md); an agent may read its own agent and nothing else.
    const bool ownAgent = n == 2 && what == QLatin1String("agents") && !who.agentId.isEmpty() &&
                          seg[1].compare(who.agentId, Qt::CaseInsensitive) == 0;
    if (!who.admin && !ownAgent)
        return error(403, "PERMISSION_DENIED", "PERMISSION_DENIED",
                     QStringLiteral("This account may not view %1.").arg(what));
    if (what == QLatin1String("calls"))
        return n == 1 ? listCalls(request) : getCall(seg[1]);
    if (what == QLatin1String("agents"))
        return n == 1 ? listAgents(request) : getAgent(seg[1]);
    return getConference(seg[1]);
}

Reply PlatformRoutes::listCalls(const Request &request)
{
    int pageSize;
    qint64 before;
    Reply failure;
    if (!pageParams(request, &pageSize, &before, &failure))
        return failure;
    const QList<CallRow> rows = m_context.store().listCalls(before, pageSize);
    const CallJson json(live());
    QJsonArray result;
    for (const CallRow &c : rows)
        result.append(json.call(c));
    return listReply(result,
                     nextPageToken(request, before, rows.isEmpty() ? kNotHappened : rows.last().tmCreate));
}

Reply PlatformRoutes::getCall(const QString &id)
{
    if (!isUuid(id))
        return error(400, "INVALID_ARGUMENT", "INVALID_ID",
                     QStringLiteral("The call id is not a valid UUID."));
    const auto c = m_context.store().call(id);
    if (!c || c->tmDelete != kNotHappened)
        return error(404, "NOT_FOUND", "CALL_NOT_FOUND", QStringLiteral("The call does not exist."));
    return Reply::json(200, QJsonDocument(CallJson(live()).call(*c)));
}

Reply PlatformRoutes::getConference(const QString &id)
{
    if (!isUuid(id))
        return error(400, "INVALID_ARGUMENT", "INVALID_ID",
                     QStringLiteral("The conference id is not a valid UUID."));
    const auto c = m_context.store().conference(id);
    if (!c || c->tmDelete != kNotHappened)
        return error(404, "NOT_FOUND", "CONFERENCE_NOT_FOUND",
                     QStringLiteral("The conference does not exist."));
    return Reply::json(200, QJsonDocument(CallJson(live()).conference(*c)));
}

Reply PlatformRoutes::listAgents(const Request &request)
{
    int pageSize;
    qint64 before;
    Reply failure;
    if (!pageParams(request, &pageSize, &before, &failure))
        return failure;
    const QList<AgentRow> rows = m_context.store().listAgents(before, pageSize);
    const CallJson json(live());
    QJsonArray result;
    for (const AgentRow &a : rows)
        result.append(json.agent(a));
    return listReply(result,
                     nextPageToken(request, before, rows.isEmpty() ? kNotHappened : rows.last().tmCreate));
}

Reply PlatformRoutes::getAgent(const QString &id)
{
    if (!isUuid(id))
        return error(400, "INVALID_ARGUMENT", "INVALID_ID",
                     QStringLiteral("The agent id is not a valid UUID."));
    const auto a = m_context.store().agent(id);
    if (!a || a->tmDelete != kNotHappened)
        return error(404, "NOT_FOUND", "AGENT_NOT_FOUND", QStringLiteral("The agent does not exist."));
    return Reply::json(200, QJsonDocument(CallJson(live()).agent(*a)));
}

} // namespace recdesk::sandbox
