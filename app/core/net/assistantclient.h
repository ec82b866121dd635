#pragma once

#include "serviceclient.h"

namespace recdesk {

// The assistant's knowledge base (API.md §3): POST /files/upload with the API key and the user.
class AssistantClient : public ServiceClient
{
    Q_OBJECT
public:
    AssistantClient(QNetworkAccessManager *nam, const ServiceConfig &config,
                    const AssistantCredentials &credentials, QObject *parent = nullptr);

    void setCredentials(const AssistantCredentials &credentials) { m_credentials = credentials; }
    // Streams the file from disk. Never retried once the server may have taken it (a retry
    // could store the file twice).
    ApiReply *uploadFile(const QString &localPath);

protected:
    void authorize(QNetworkRequest *request) const override;
    void decodeErrorBody(ApiError *error, const QByteArray &body) const override;

private:
    AssistantCredentials m_credentials;
};

} // namespace recdesk
