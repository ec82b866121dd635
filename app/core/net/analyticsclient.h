#pragma once

#include "domain/analyticsmetadata.h"
#include "serviceclient.h"

#include <QDeadlineTimer>
#include <QList>

namespace recdesk {

// The speech-analytics service (API.md §2): an OAuth2 client-credentials token, cached and
// renewed shortly before it expires or on 401, and Upload Media with a file or a signedUrl.
class AnalyticsClient : public ServiceClient
{
    Q_OBJECT
public:
    AnalyticsClient(QNetworkAccessManager *nam, const ServiceConfig &config,
                    const AnalyticsCredentials &credentials, QObject *parent = nullptr);

    void setCredentials(const AnalyticsCredentials &credentials);
    bool hasValidToken() const;
    // How long before expiry a token is renewed; shorter tokens are renewed at 4/5 of their life.
    static constexpr int kRenewMarginSeconds = 60;

    // POST /connect/token now (normally automatic).
    ApiReply *fetchToken();
    // POST /Media/Upload with the file streamed from disk. The metadata is validated first: a
    // problem finishes the reply with an Invalid error listing every problem.
    ApiReply *uploadFile(const QString &localPath, const AnalyticsMetadata &metadata);
    // POST /Media/Upload with signedUrl: the service fetches the audio itself.
    ApiReply *uploadSignedUrl(const QUrl &signedUrl, const AnalyticsMetadata &metadata);

protected:
    void ensureAuthorized(ApiReply *reply, const AuthDone &done) override;
    void authorize(QNetworkRequest *request) const override;
    bool dropAuthorization() override;
    void decodeErrorBody(ApiError *error, const QByteArray &body) const override;

private:
    ApiReply *upload(const QString &localPath, const QUrl &signedUrl, const AnalyticsMetadata &metadata);

    AnalyticsCredentials m_credentials;
    QString m_accessToken; // secret
    QDeadlineTimer m_renewAt;
    QList<AuthDone> m_tokenWaiters;
    bool m_fetching = false;
};

} // namespace recdesk
