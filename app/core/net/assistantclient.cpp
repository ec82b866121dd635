#include "assistantclient.h"

#include "domain/assistantresponses.h"
#include "multipartbody.h"

#include <QFileInfo>

namespace recdesk {

AssistantClient::AssistantClient(QNetworkAccessManager *nam, const ServiceConfig &config,
                                 const AssistantCredentials &credentials, QObject *parent)
    : ServiceClient(ApiError::Service::Assistant, nam, config, parent)
    , m_credentials(credentials)
{}

ApiReply *AssistantClient::uploadFile(const QString &localPath)
{
    ApiRequest r;
    r.verb = "POST";
    r.url = url(QStringLiteral("/files/upload"));
    r.operation = QStringLiteral("POST /files/upload");
    r.retry = RetryMode::NotProcessedOnly;
    if (!QFileInfo(localPath).isReadable()) {
        r.invalid =
            ApiError::local(ApiError::Service::Assistant, ApiError::Kind::Io,
                            tr("Cannot read %1: check that it exists and may be read").arg(localPath));
    }
    const QByteArray user = m_credentials.user.toUtf8();
    r.multipart = [localPath, user]() {
        MultipartBody body;
        body.addField("user", user);
        body.filePath = localPath;
        return body;
    };
    return send(r);
}

void AssistantClient::authorize(QNetworkRequest *request) const
{
    request->setRawHeader("Authorization", "Bearer " + m_credentials.apiKey.toUtf8());
}

void AssistantClient::decodeErrorBody(ApiError *error, const QByteArray &body) const
{
    const AssistantError e = AssistantError::fromBody(body);
    if (e.isEmpty()) {
        ServiceClient::decodeErrorBody(error, body);
        return;
    }
    error->status = e.code;
    error->message = e.message;
}

} // namespace recdesk
