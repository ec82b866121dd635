#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace recdesk {

// One typed error for every service: what the UI and recdeskctl show (toDisplayString) and what
// "show details" reveals (details). Never holds a secret.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Service { None, Platform, Analytics, Assistant, SignedUrl, Local };
    enum class Kind {
        None,        // no error
        Network,     // could not connect, connection dropped, TLS, proxy
        Timeout,     // no bytes for the transfer timeout
        Http,        // the server answered with an error status
        BadResponse, // a 2xx whose body could not be used
        Cancelled,   // cancelled by the user
        Invalid,     // refused before sending (e.g. metadata failed validation)
        Io           // a local file could not be read or written
    };

    Service service = Service::None;
    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer
    QString status;     // platform status name (NOT_FOUND), assistant code (file_too_large), ...
    QString reason;     // platform reason (FILE_NOT_FOUND), OAuth error (invalid_client)
    QString message;    // the server's (English) sentence or our own detail
    QString requestId;  // body request_id or X-Request-Id
    QString operation;  // what was being done, for details (e.g. "GET /files")
    QString proxy;      // host:port of the proxy, when the proxy itself failed or refused
    QString endpoint;   // host:port the request went to, when known
    bool retryable = false;
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    bool isError() const { return kind != Kind::None; }
    // The proxy refused the user name and password (or wanted some and got none).
    bool isProxyAuthFailure() const
    {
        return networkError == QNetworkReply::ProxyAuthenticationRequiredError;
    }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    bool isAuthFailure() const
    {
        return kind == Kind::Http && (httpStatus == 401 || reason == QLatin1String("invalid_client") ||
                                      reason == QLatin1String("INVALID_CREDENTIALS"));
    }

    // One sentence for people: what went wrong and what to do, with the request id if any.
    QString toDisplayString() const;
    // Everything known, one "key: value" per line, for a details pane or --verbose.
    QString details() const;

    static ApiError cancelled(Service service);
    static ApiError local(Service service, Kind kind, const QString &message);
    static QString serviceName(Service service);
    // "text (request id R)." or "text." — for a caller's own sentence about an error (text without
    // its final period).
    static QString finishSentence(const QString &text, const QString &requestId);

    // Whether a failure of this kind is worth another try (network, timeout, 5xx, 429, 408).
    static bool isTransient(Kind kind, int httpStatus, QNetworkReply::NetworkError networkError);
};

} // namespace recdesk
