#include "serviceclient.h"

#include "multipartbody.h"
#include "netlogging.h"
#include "recdesk/version.h"
#include "replyguard.h"

#include <QDateTime>
#include <QDir>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttp1Configuration>
#endif
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>

namespace recdesk {

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

namespace {

// host:port of the proxy this manager sends a request for `url` through; empty when direct.
QString proxyAddressFor(QNetworkAccessManager *nam, const QUrl &url)
{
    QNetworkProxy proxy = nam->proxy();
    if (QNetworkProxyFactory *factory = nam->proxyFactory())
        proxy = factory->queryProxy(QNetworkProxyQuery(url)).value(0);
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy ||
        proxy.hostName().isEmpty())
        return QString();
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

bool isProxyError(QNetworkReply::NetworkError e)
{
    return e >= QNetworkReply::ProxyConnectionRefusedError && e <= QNetworkReply::UnknownProxyError;
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

ServiceClient::ServiceClient(ApiError::Service service, QNetworkAccessManager *nam,
                             const ServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_nam(nam)
    , m_config(config)
{}

QByteArray ServiceClient::userAgent()
{
    return QByteArrayLiteral("Recdesk/" RECDESK_VERSION);
}

QNetworkRequest ServiceClient::plainRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The platform honours a `token` cookie ahead of the header: never send or keep cookies.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Over HTTP/1.1, as many connections to one host as "Load everything" has cursors (Qt's
    // default is 6), so that all of them are on the wire. Qt 6.4 has no such setting: there the
    // other two wait in QNetworkAccessManager's queue (docs/BENCHMARKS.md, bench_listing).
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(kConnectionsPerHost);
    request.setHttp1Configuration(http1);
#endif
    return request;
}

ApiReply *ServiceClient::send(ApiRequest request)
{
    auto *reply = new ApiReply(std::move(request), this);
    connect(reply->m_retryTimer, &QTimer::timeout, this, [this, reply] { start(reply); });
    // Never answer from inside send(): callers connect after it returns.
    QMetaObject::invokeMethod(
        this,
        [this, reply = QPointer<ApiReply>(reply)] {
            if (reply && !reply->m_aborted)
                start(reply);
        },
        Qt::QueuedConnection);
    return reply;
}

void ServiceClient::start(ApiReply *reply)
{
    if (reply->m_request.invalid.isError()) {
        complete(reply, reply->m_request.invalid);
        return;
    }
    if (!reply->m_request.authenticated) {
        dispatch(reply);
        return;
    }
    QPointer<ApiReply> guard(reply);
    ensureAuthorized(reply, [this, guard](const ApiError &error) {
        if (!guard || guard->m_aborted)
            return;
        if (error.isError())
            complete(guard, error);
        else
            dispatch(guard);
    });
}

void ServiceClient::dispatch(ApiReply *reply)
{
    ++reply->m_attempt;
    const ApiRequest &r = reply->m_request;
    QNetworkRequest request = plainRequest(r.url);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    if (r.authenticated)
        authorize(&request);

    QNetworkReply *networkReply = nullptr;
    if (r.multipart) {
        const MultipartBody form = r.multipart();
        QHttpMultiPart *multipart = form.build();
        if (!multipart) {
            complete(reply,
                     ApiError::local(m_service, ApiError::Kind::Io,
                                     tr("Cannot read %1").arg(QDir::toNativeSeparators(form.filePath))));
            return;
        }
        networkReply = m_nam->sendCustomRequest(request, r.verb, multipart);
        multipart->setParent(networkReply);
    } else {
        networkReply = m_nam->sendCustomRequest(request, r.verb, r.body);
    }
    qCDebug(lcNetHttp) << r.verb << redactedUrl(r.url) << "attempt" << reply->m_attempt;
    reply->m_reply = networkReply;
    // Bounded in size and time: headers within the profile's timeout, and (but for uploads, whose
    // answer follows the whole file) the rest of the answer within the timeout after them.
    new ReplyGuard(networkReply, kMaxAnswerBytes, m_config.transferTimeoutMs,
                   r.multipart ? 0 : m_config.transferTimeoutMs);
    connect(networkReply, &QNetworkReply::uploadProgress, reply, &ApiReply::uploadProgress);
    connect(networkReply, &QNetworkReply::finished, reply,
            [this, reply, networkReply] { handleFinished(reply, networkReply); });
}

ApiError ServiceClient::errorFor(QNetworkReply *networkReply, const QByteArray &body,
                                 const QString &operation) const
{
    ApiError error;
    error.service = m_service;
    error.operation = operation;
    error.networkError = networkReply->error();
    error.requestId = QString::fromLatin1(networkReply->rawHeader("X-Request-Id"));
    // host:port, for "Could not reach the platform at host:port" (never the path or query: a
    // signed URL's query is a credential).
    const QUrl url = networkReply->url();
    if (!url.host().isEmpty()) {
        const QString host =
            url.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(url.host()) : url.host();
        error.endpoint = host + QLatin1Char(':') +
                         QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    }
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.httpStatus = status;
    if (status == 407 || isProxyError(error.networkError)) {
        // The proxy, not the service, answered: say which proxy, and do not ask again a proxy that
        // refused the credentials (ProxyAuthenticator has already asked whoever it may).
        error.kind = ApiError::Kind::Network;
        if (status == 407)
            error.networkError = QNetworkReply::ProxyAuthenticationRequiredError;
        error.proxy = proxyAddressFor(m_nam, networkReply->url());
        error.message = networkReply->errorString();
    } else if (status >= 400) {
        error.kind = ApiError::Kind::Http;
        error.retryAfterSeconds = parseRetryAfter(networkReply->rawHeader("Retry-After"));
        decodeErrorBody(&error, body);
    } else if (status == 0 || networkReply->error() != QNetworkReply::NoError) {
        const auto e = networkReply->error();
        error.kind = (e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError)
                         ? ApiError::Kind::Timeout
                         : ApiError::Kind::Network;
        error.message = networkReply->errorString();
    }
    error.retryable = ApiError::isTransient(error.kind, error.httpStatus, error.networkError);
    return error;
}

void ServiceClient::decodeErrorBody(ApiError *error, const QByteArray &body) const
{
    error->message = QString::fromUtf8(body.left(2000)).trimmed();
}

void ServiceClient::handleFinished(ApiReply *reply, QNetworkReply *networkReply)
{
    if (reply->m_reply != networkReply)
        return;
    reply->m_reply = nullptr;
    networkReply->deleteLater();
    const QByteArray body =
        networkReply->isOpen() ? networkReply->readAll() : QByteArray(); // closed once aborted
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->m_status = status;
    reply->m_body = body;
    reply->m_headers = networkReply->rawHeaderPairs();
    qCDebug(lcNetHttp) << reply->m_request.verb << redactedUrl(reply->m_request.url) << "->" << status
                       << networkReply->error();

    if (status >= 300 && status < 400 && reply->m_request.manualRedirect) {
        const QUrl location = networkReply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        reply->m_redirect = reply->m_request.url.resolved(location);
        if (location.isEmpty())
            complete(reply, ApiError::local(m_service, ApiError::Kind::BadResponse,
                                            tr("A redirect without a Location")));
        else
            complete(reply, ApiError());
        return;
    }
    if (status >= 200 && status < 300 && networkReply->error() == QNetworkReply::NoError) {
        complete(reply, ApiError());
        return;
    }

    if (const ReplyGuard::Breach breach = ReplyGuard::breachOf(networkReply);
        breach != ReplyGuard::Breach::None) {
        // Not asked again: a server that trickles or floods would only do it again.
        ApiError error = ApiError::local(
            m_service,
            breach == ReplyGuard::Breach::TooLarge ? ApiError::Kind::BadResponse : ApiError::Kind::Timeout,
            ReplyGuard::describe(breach, kMaxAnswerBytes, m_config.transferTimeoutMs));
        error.operation = reply->m_request.operation;
        error.retryable = false;
        complete(reply, error);
        return;
    }
    ApiError error = errorFor(networkReply, body, reply->m_request.operation);
    if (status == 401 && reply->m_request.authenticated && !reply->m_reauthenticated && dropAuthorization()) {
        // The token may have expired: get a new one, once, then report.
        qCInfo(lcNetHttp) << "401 on" << reply->m_request.operation << "- signing in again";
        reply->m_reauthenticated = true;
        start(reply);
        return;
    }
    if (shouldRetry(reply->m_request.retry, error)) {
        const int delay = m_retryPolicy.delayBeforeAttempt(reply->m_attempt + 1, error);
        if (delay >= 0) {
            qCInfo(lcNetHttp) << reply->m_request.operation << "failed (" << status << error.networkError
                              << "), retrying in" << delay << "ms";
            reply->m_retryTimer->start(delay);
            return;
        }
    }
    complete(reply, error);
}

void ServiceClient::complete(ApiReply *reply, const ApiError &error)
{
    reply->m_error = error;
    if (error.isError() && error.operation.isEmpty())
        reply->m_error.operation = reply->m_request.operation;
    reply->m_finished = true;
    emit reply->finished();
    reply->deleteLater();
}

} // namespace recdesk
