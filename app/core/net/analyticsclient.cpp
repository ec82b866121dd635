#include "analyticsclient.h"

#include "domain/analyticsresponses.h"
#include "domain/metadatavalidator.h"
#include "multipartbody.h"
#include "netlogging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace recdesk {

AnalyticsClient::AnalyticsClient(QNetworkAccessManager *nam, const ServiceConfig &config,
                                 const AnalyticsCredentials &credentials, QObject *parent)
    : ServiceClient(ApiError::Service::Analytics, nam, config, parent)
    , m_credentials(credentials)
    , m_renewAt(QDeadlineTimer(0))
{}

void AnalyticsClient::setCredentials(const AnalyticsCredentials &credentials)
{
    m_credentials = credentials;
    m_accessToken.clear();
}

bool AnalyticsClient::hasValidToken() const
{
    return !m_accessToken.isEmpty() && !m_renewAt.hasExpired();
}

ApiReply *AnalyticsClient::fetchToken()
{
    ApiRequest r;
    r.verb = "POST";
    r.url = url(QStringLiteral("/connect/token"));
    r.body = AnalyticsToken::requestBody(m_credentials.clientId, m_credentials.clientSecret);
    r.contentType = "application/x-www-form-urlencoded";
    r.authenticated = false;
    r.operation = QStringLiteral("POST /connect/token");
    ApiReply *reply = send(r);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isOk())
            return;
        DecodeProblems problems;
        const AnalyticsToken token = AnalyticsToken::fromJson(reply->body(), &problems);
        if (token.accessToken.isEmpty())
            return;
        m_accessToken = token.accessToken;
        const qint64 life = token.expiresInSeconds > 0 ? token.expiresInSeconds : 3600;
        const qint64 margin = std::min<qint64>(kRenewMarginSeconds, life / 5);
        m_renewAt = QDeadlineTimer((life - margin) * 1000);
        qCInfo(lcNetAnalytics) << "token valid for" << life << "s, renewed after" << life - margin << "s";
    });
    return reply;
}

void AnalyticsClient::ensureAuthorized(ApiReply *reply, const AuthDone &done)
{
    Q_UNUSED(reply)
    if (hasValidToken()) {
        done(ApiError());
        return;
    }
    m_tokenWaiters.append(done);
    if (m_fetching)
        return;
    m_fetching = true;
    ApiReply *tokenReply = fetchToken();
    connect(tokenReply, &ApiReply::finished, this, [this, tokenReply] {
        m_fetching = false;
        ApiError error = tokenReply->error();
        if (!error.isError() && m_accessToken.isEmpty())
            error = ApiError::local(ApiError::Service::Analytics, ApiError::Kind::BadResponse,
                                    tr("The token answer has no access_token"));
        const QList<AuthDone> waiters = std::exchange(m_tokenWaiters, {});
        for (const AuthDone &w : waiters)
            w(error);
    });
}

void AnalyticsClient::authorize(QNetworkRequest *request) const
{
    request->setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
}

bool AnalyticsClient::dropAuthorization()
{
    m_accessToken.clear();
    return true;
}

void AnalyticsClient::decodeErrorBody(ApiError *error, const QByteArray &body) const
{
    // The token endpoint answers {"error": "invalid_client"}; uploads answer plain text.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        error->reason = o.value(QLatin1String("error")).toString();
        error->message = o.value(QLatin1String("error_description")).toString();
        if (error->message.isEmpty())
            error->message = o.value(QLatin1String("message")).toString();
        return;
    }
    ServiceClient::decodeErrorBody(error, body);
}

ApiReply *AnalyticsClient::uploadFile(const QString &localPath, const AnalyticsMetadata &metadata)
{
    return upload(localPath, QUrl(), metadata);
}

ApiReply *AnalyticsClient::uploadSignedUrl(const QUrl &signedUrl, const AnalyticsMetadata &metadata)
{
    return upload(QString(), signedUrl, metadata);
}

ApiReply *AnalyticsClient::upload(const QString &localPath, const QUrl &signedUrl,
                                  const AnalyticsMetadata &metadata)
{
    const QFileInfo info(localPath);
    const QList<MetadataProblem> problems = MetadataValidator::validate(
        metadata, localPath.isEmpty() ? QString() : info.fileName(), localPath.isEmpty() ? -1 : info.size());
    ApiRequest r;
    r.verb = "POST";
    r.url = url(QStringLiteral("/Media/Upload"));
    r.operation = QStringLiteral("POST /Media/Upload");
    // FileName must be unique, so the service refuses a second copy: a retry cannot duplicate.
    r.retry = RetryMode::Idempotent;
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const MetadataProblem &p : problems)
            lines.append(p.message);
        r.invalid = ApiError::local(ApiError::Service::Analytics, ApiError::Kind::Invalid,
                                    lines.join(QLatin1Char(' ')));
        r.invalid.operation = r.operation;
        return send(r);
    }
    if (!localPath.isEmpty() && !info.isReadable()) {
        r.invalid =
            ApiError::local(ApiError::Service::Analytics, ApiError::Kind::Io,
                            tr("Cannot read %1: check that it exists and may be read").arg(localPath));
        return send(r);
    }
    const QByteArray metadataJson = metadata.toJsonBytes();
    r.multipart = [localPath, signedUrl, metadataJson]() {
        MultipartBody body;
        body.addField("metadata", metadataJson);
        if (localPath.isEmpty())
            body.addField("signedUrl", signedUrl.toEncoded());
        else
            body.filePath = localPath;
        return body;
    };
    return send(r);
}

} // namespace recdesk
