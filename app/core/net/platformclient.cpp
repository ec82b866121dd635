#include "platformclient.h"

#include "domain/jsonreader.h"
#include "domain/platformauth.h"
#include "domain/platformerror.h"
#include "multipartbody.h"
#include "netlogging.h"

#include <QFileInfo>
#include <QUrlQuery>

namespace recdesk {

namespace {
// Stands for the files path in a request URL until discovery has found it.
const QString kFilesMarker = QStringLiteral("/~files~");
} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *nam, const ServiceConfig &config,
                               const PlatformCredentials &credentials, QObject *parent)
    : ServiceClient(ApiError::Service::Platform, nam, config, parent)
    , m_credentials(credentials)
{}

void PlatformClient::setCredentials(const PlatformCredentials &credentials)
{
    m_credentials = credentials;
}

QUrl PlatformClient::loginUrl() const
{
    return joinUrl(hostRoot(config().baseUrl), QStringLiteral("/auth/login"));
}

ApiRequest PlatformClient::filesRequest(const QByteArray &verb, const QString &tail) const
{
    ApiRequest r;
    r.verb = verb;
    const QString base = m_filesPath.isEmpty() ? kFilesMarker : m_filesPath;
    r.url = url(base + tail);
    r.operation = QString::fromLatin1(verb) + QLatin1Char(' ') +
                  (m_filesPath.isEmpty() ? QStringLiteral("/files") : m_filesPath) + tail;
    r.retry = (verb == "GET" || verb == "DELETE") ? RetryMode::Idempotent : RetryMode::NotProcessedOnly;
    return r;
}

ApiReply *PlatformClient::signIn()
{
    if (m_credentials.usesAccessKey())
        return listPage(ListKind::Files, QString(), 1);
    ApiRequest r;
    r.verb = "POST";
    r.url = loginUrl();
    r.body = PlatformLogin::requestBody(m_credentials.username, m_credentials.password);
    r.contentType = "application/json";
    r.authenticated = false;
    r.operation = QStringLiteral("POST /auth/login");
    ApiReply *reply = send(r);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isOk())
            return;
        DecodeProblems problems;
        const PlatformLogin login = PlatformLogin::fromJson(reply->body(), &problems);
        if (!login.token.isEmpty() && login.token != m_credentials.token) {
            m_credentials.token = login.token;
            emit tokenChanged(login.token);
        }
    });
    return reply;
}

ApiReply *PlatformClient::listPage(ListKind kind, const QString &pageToken, int pageSize)
{
    ApiRequest r = kind == ListKind::Files ? filesRequest("GET", QString()) : ApiRequest();
    if (kind != ListKind::Files) {
        const QString path = kind == ListKind::Recordings ? QStringLiteral("/recordings")
                             : kind == ListKind::Calls    ? QStringLiteral("/calls")
                                                          : QStringLiteral("/agents");
        r.url = url(path);
        r.operation = QStringLiteral("GET ") + path;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    r.url.setQuery(query);
    return send(r);
}

ApiReply *PlatformClient::getFile(const QUuid &id)
{
    return send(filesRequest("GET", QLatin1Char('/') + uuidToWire(id)));
}

ApiReply *PlatformClient::deleteFile(const QUuid &id)
{
    return send(filesRequest("DELETE", QLatin1Char('/') + uuidToWire(id)));
}

ApiReply *PlatformClient::fileDownloadLocation(const QUuid &id)
{
    ApiRequest r = filesRequest("GET", QLatin1Char('/') + uuidToWire(id) + QStringLiteral("/file"));
    r.manualRedirect = true;
    return send(r);
}

ApiReply *PlatformClient::getRecording(const QUuid &id)
{
    ApiRequest r;
    r.url = url(QStringLiteral("/recordings/") + uuidToWire(id));
    r.operation = QStringLiteral("GET /recordings/{id}");
    return send(r);
}

ApiReply *PlatformClient::getItem(const QString &collection, const QUuid &id)
{
    ApiRequest r;
    r.url = url(QLatin1Char('/') + collection + QLatin1Char('/') + uuidToWire(id));
    r.operation = QStringLiteral("GET /%1/{id}").arg(collection);
    return send(r);
}

ApiReply *PlatformClient::getCall(const QUuid &id)
{
    return getItem(QStringLiteral("calls"), id);
}

ApiReply *PlatformClient::getConference(const QUuid &id)
{
    return getItem(QStringLiteral("conferences"), id);
}

ApiReply *PlatformClient::getAgent(const QUuid &id)
{
    return getItem(QStringLiteral("agents"), id);
}

ApiReply *PlatformClient::deleteRecording(const QUuid &id)
{
    ApiRequest r;
    r.verb = "DELETE";
    r.url = url(QStringLiteral("/recordings/") + uuidToWire(id));
    r.operation = QStringLiteral("DELETE /recordings/{id}");
    return send(r);
}

ApiReply *PlatformClient::recordingDownloadLocation(const QUuid &id)
{
    ApiRequest r;
    r.url = url(QStringLiteral("/recordingfiles/") + uuidToWire(id));
    r.operation = QStringLiteral("GET /recordingfiles/{id}");
    r.manualRedirect = true;
    return send(r);
}

ApiReply *PlatformClient::uploadFile(const QString &localPath, const QString &name, const QString &detail)
{
    ApiRequest r = filesRequest("POST", QString());
    // The form is built at send time: the live variant's `type` depends on the discovered path.
    r.multipart = [this, localPath, name, detail]() {
        MultipartBody body;
        body.filePath = localPath;
        body.fileName = name.isEmpty() ? QFileInfo(localPath).fileName() : QString();
        if (!name.isEmpty())
            body.addField("name", name.toUtf8());
        if (!detail.isEmpty())
            body.addField("detail", detail.toUtf8());
        if (m_filesPath == QLatin1String("/storage_files"))
            body.addField("type", "rag");
        else if (m_filesPath == QLatin1String("/service_agents/files"))
            body.addField("type", "talk");
        return body;
    };
    return send(r);
}

void PlatformClient::ensureAuthorized(ApiReply *reply, const AuthDone &done)
{
    const bool needsPath = requestOf(reply).url.path().contains(kFilesMarker);
    QPointer<PlatformClient> self(this);
    QPointer<ApiReply> guard(reply);
    ensureSignedIn([self, guard, needsPath, done](const ApiError &error) {
        if (!self || !guard)
            return;
        if (error.isError() || !needsPath) {
            done(error);
            return;
        }
        self->ensureFilesPath([self, guard, done](const ApiError &discoveryError) {
            if (!self || !guard)
                return;
            if (!discoveryError.isError()) {
                ApiRequest &request = requestOf(guard);
                request.url.setPath(request.url.path().replace(kFilesMarker, self->m_filesPath));
                request.operation.replace(QStringLiteral("/files"), self->m_filesPath);
            }
            done(discoveryError);
        });
    });
}

void PlatformClient::ensureSignedIn(const AuthDone &done)
{
    if (m_credentials.usesAccessKey() || !m_credentials.token.isEmpty()) {
        done(ApiError());
        return;
    }
    m_signInWaiters.append(done);
    if (m_signingIn)
        return;
    m_signingIn = true;
    qCInfo(lcNetPlatform) << "signing in to" << redactedUrl(loginUrl());
    ApiReply *reply = signIn();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_signingIn = false;
        ApiError error = reply->error();
        if (!error.isError() && m_credentials.token.isEmpty())
            error = ApiError::local(ApiError::Service::Platform, ApiError::Kind::BadResponse,
                                    tr("The sign-in answer has no token"));
        const QList<AuthDone> waiters = std::exchange(m_signInWaiters, {});
        for (const AuthDone &w : waiters)
            w(error);
    });
}

void PlatformClient::ensureFilesPath(const AuthDone &done)
{
    if (!m_filesPath.isEmpty()) {
        done(ApiError());
        return;
    }
    m_discoveryWaiters.append(done);
    if (m_discovering)
        return;
    m_discovering = true;
    probeFilesPath(
        {QStringLiteral("/files"), QStringLiteral("/storage_files"), QStringLiteral("/service_agents/files")},
        ApiError());
}

void PlatformClient::probeFilesPath(const QStringList &candidates, const ApiError &lastError)
{
    if (candidates.isEmpty()) {
        finishDiscovery(lastError);
        return;
    }
    const QString path = candidates.first();
    ApiRequest r;
    r.url = url(path);
    r.url.setQuery(QStringLiteral("page_size=1"));
    r.operation = QStringLiteral("GET ") + path;
    ApiReply *reply = send(r);
    connect(reply, &ApiReply::finished, this, [this, reply, path, rest = candidates.mid(1)] {
        const ApiError &error = reply->error();
        if (!error.isError()) {
            m_filesPath = path;
            qCInfo(lcNetPlatform) << "files live at" << path;
            emit filesPathDiscovered(path);
            finishDiscovery(ApiError());
        } else if (error.kind == ApiError::Kind::Http &&
                   (error.httpStatus == 404 || error.httpStatus == 403)) {
            // 404: not this server's path; 403: this account may not list all files.
            probeFilesPath(rest, error);
        } else {
            finishDiscovery(error);
        }
    });
}

void PlatformClient::finishDiscovery(const ApiError &error)
{
    m_discovering = false;
    const QList<AuthDone> waiters = std::exchange(m_discoveryWaiters, {});
    for (const AuthDone &w : waiters)
        w(error);
}

void PlatformClient::authorize(QNetworkRequest *request) const
{
    if (m_credentials.usesAccessKey()) {
        QUrl u = request->url();
        QUrlQuery query(u);
        query.removeAllQueryItems(QStringLiteral("accesskey"));
        query.addQueryItem(QStringLiteral("accesskey"), m_credentials.accessKey);
        u.setQuery(query);
        request->setUrl(u);
    } else if (!m_credentials.token.isEmpty()) {
        request->setRawHeader("Authorization", "Bearer " + m_credentials.token.toUtf8());
    }
}

bool PlatformClient::dropAuthorization()
{
    if (m_credentials.usesAccessKey() || m_credentials.password.isEmpty())
        return false;
    m_credentials.token.clear();
    return true;
}

void PlatformClient::decodeErrorBody(ApiError *error, const QByteArray &body) const
{
    const PlatformError e = PlatformError::fromBody(body, error->requestId);
    error->status = e.status;
    error->reason = e.reason;
    error->message = e.message;
    error->requestId = e.requestId;
}

} // namespace recdesk
