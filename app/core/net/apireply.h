#pragma once

#include "apierror.h"
#include "multipartbody.h"
#include "retrypolicy.h"

#include <functional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace recdesk {

// One request as a service client sends it (possibly several times: retries, a fresh sign-in).
struct ApiRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    // For uploads: describes the multipart form afresh for each attempt; files are streamed from
    // disk as it is sent, never read into memory (MultipartBody::build).
    std::function<MultipartBody()> multipart;
    QList<QPair<QByteArray, QByteArray>> headers;
    RetryMode retry = RetryMode::Idempotent;
    bool authenticated = true;
    // The answer to a 3xx is the Location (ApiReply::redirectUrl), not followed: signed URLs must
    // be fetched without the service's credentials.
    bool manualRedirect = false;
    // When set, the request is not sent: the reply finishes with this error (e.g. validation).
    ApiError invalid;
    QString operation; // e.g. "GET /files": for logs and ApiError::details; never holds a secret
};

// The answer to one ApiRequest, delivered asynchronously: finished() is emitted exactly once
// (also after abort(), with a Cancelled error), never from inside the call that created it.
// The reply deletes itself after finished(): read it in the slot.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QUrl redirectUrl() const { return m_redirect; }
    QByteArray rawHeader(const QByteArray &name) const;
    int attempts() const { return m_attempt; }
    const ApiRequest &request() const { return m_request; }

    void abort();

signals:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);

private:
    friend class ServiceClient;
    ApiReply(ApiRequest request, QObject *parent);

    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_body;
    QUrl m_redirect;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_attempt = 0;
    bool m_reauthenticated = false;
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace recdesk
