#pragma once

#include "apireply.h"
#include "retrypolicy.h"
#include "serviceconfig.h"

#include <functional>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace recdesk {

// What the three service clients share: building requests (User-Agent, timeout, HTTP/2, no
// cookies), sending them, retrying with backoff, signing in again once on 401, and mapping
// failures to ApiError. Each service supplies its credentials and its error format.
class ServiceClient : public QObject
{
    Q_OBJECT
public:
    ServiceClient(ApiError::Service service, QNetworkAccessManager *nam, const ServiceConfig &config,
                  QObject *parent = nullptr);

    // The largest API or error answer read (lists of 100 items are well under 1 MiB).
    static constexpr qint64 kMaxAnswerBytes = 32LL * 1024 * 1024;
    // HTTP/1.1 connections to one host (Qt 6.5 and later; SlicedListing's cursors, 8, all at once).
    static constexpr int kConnectionsPerHost = 8;

    const ServiceConfig &config() const { return m_config; }
    void setConfig(const ServiceConfig &config) { m_config = config; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    ApiError::Service service() const { return m_service; }

    QUrl url(const QString &path) const { return joinUrl(m_config.baseUrl, path); }
    // Sends a request; the reply finishes later, after retries and at most one fresh sign-in.
    ApiReply *send(ApiRequest request);

    // A request with Recdesk's User-Agent, the transfer timeout, HTTP/2 allowed, redirects not
    // followed and no cookies in either direction. No credentials.
    QNetworkRequest plainRequest(const QUrl &url) const;
    static QByteArray userAgent();
    // Builds the error for a finished QNetworkReply (status, body, headers).
    ApiError errorFor(QNetworkReply *reply, const QByteArray &body, const QString &operation) const;

protected:
    using AuthDone = std::function<void(const ApiError &)>;
    // Makes sure credentials are at hand (may sign in or fetch a token first) and the request is
    // complete (e.g. a path found by discovery), then calls done.
    // The reply may be aborted (deleted) meanwhile: hold it in a QPointer across waits.
    virtual void ensureAuthorized(ApiReply *reply, const AuthDone &done)
    {
        Q_UNUSED(reply)
        done(ApiError());
    }
    static ApiRequest &requestOf(ApiReply *reply) { return reply->m_request; }
    // Adds the credentials to a request (header or query).
    virtual void authorize(QNetworkRequest *request) const { Q_UNUSED(request) }
    // A 401 came back: forget the cached credential. True when getting a new one may help.
    virtual bool dropAuthorization() { return false; }
    // Fills status/reason/message/requestId from the service's error body.
    virtual void decodeErrorBody(ApiError *error, const QByteArray &body) const;

private:
    void start(ApiReply *reply);
    void dispatch(ApiReply *reply);
    void handleFinished(ApiReply *reply, QNetworkReply *networkReply);
    void complete(ApiReply *reply, const ApiError &error);

    ApiError::Service m_service;
    QNetworkAccessManager *m_nam;
    ServiceConfig m_config;
    RetryPolicy m_retryPolicy;
};

// Seconds from a Retry-After header (delta-seconds or an HTTP date), or -1.
int parseRetryAfter(const QByteArray &value);
// The URL without its query, for logs (queries may carry an access key or a signature).
QString redactedUrl(const QUrl &url);

} // namespace recdesk
