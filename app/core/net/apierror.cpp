#include "apierror.h"

namespace recdesk {

namespace {

QString trimmedServerMessage(const QString &message)
{
    QString m = message.simplified();
    while (m.endsWith(QLatin1Char('.')) || m.endsWith(QLatin1Char('!')))
        m.chop(1);
    if (m.size() > 300)
        m = m.left(300) + QChar(0x2026);
    return m;
}

} // namespace

QString ApiError::finishSentence(const QString &text, const QString &requestId)
{
    if (requestId.isEmpty())
        return text + QLatin1Char('.');
    return tr("%1 (request id %2).").arg(text, requestId);
}

QString ApiError::serviceName(Service service)
{
    switch (service) {
    case Service::Platform:
        return tr("the platform");
    case Service::Analytics:
        return tr("the analytics service");
    case Service::Assistant:
        return tr("the assistant");
    case Service::SignedUrl:
        return tr("the download server");
    case Service::None:
    case Service::Local:
        break;
    }
    return tr("Recdesk");
}

bool ApiError::isTransient(Kind kind, int httpStatus, QNetworkReply::NetworkError networkError)
{
    switch (kind) {
    case Kind::Network:
        return networkError != QNetworkReply::ProtocolUnknownError &&
               networkError != QNetworkReply::SslHandshakeFailedError &&
               networkError != QNetworkReply::ProxyAuthenticationRequiredError;
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

ApiError ApiError::cancelled(Service service)
{
    ApiError e;
    e.service = service;
    e.kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::local(Service service, Kind kind, const QString &message)
{
    ApiError e;
    e.service = service;
    e.kind = kind;
    e.message = message;
    return e;
}

QString ApiError::toDisplayString() const
{
    const QString who = serviceName(service);
    QString whoCap = who;
    if (!whoCap.isEmpty())
        whoCap[0] = whoCap.at(0).toUpper();
    const QString server = trimmedServerMessage(message);

    // A sentence of our own about what a server did (no transport error behind it: a budget spent,
    // an answer refused) says more than the generic one.
    const bool ownSentence = (kind == Kind::Network || kind == Kind::Timeout) &&
                             networkError == QNetworkReply::NoError && httpStatus == 0 && !message.isEmpty();
    if (ownSentence)
        return finishSentence(message, QString());
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::Invalid:
    case Kind::Io:
        return finishSentence(server.isEmpty() ? tr("Something went wrong") : server, QString());
    case Kind::Network:
        if (isProxyAuthFailure())
            return finishSentence(
                proxy.isEmpty()
                    ? tr("The proxy refused the user name and password: check the proxy settings of the "
                         "profile")
                    : tr("The proxy at %1 refused the user name and password: check the proxy settings of "
                         "the profile")
                          .arg(proxy),
                QString());
        if (!proxy.isEmpty())
            return finishSentence(
                tr("Could not reach the proxy at %1: check the proxy settings of the profile").arg(proxy),
                QString());
        return finishSentence(
            endpoint.isEmpty()
                ? tr("Could not reach %1: check the network connection and the server address, then try "
                     "again")
                      .arg(who)
                : tr("Could not reach %1 at %2: check the network connection and the server address, then "
                     "try again")
                      .arg(who, endpoint),
            requestId);
    case Kind::Timeout:
        return finishSentence(tr("%1 did not answer in time: try again later").arg(whoCap), requestId);
    case Kind::BadResponse:
        return finishSentence(
            tr("%1 sent an answer Recdesk cannot read: try again, and report it if it persists").arg(whoCap),
            requestId);
    case Kind::Http:
        break;
    }

    QString text;
    if (service == Service::Platform) {
        const bool signIn = operation.contains(QLatin1String("/auth/login"));
        if (signIn &&
            (httpStatus == 400 || httpStatus == 401 || reason == QLatin1String("INVALID_CREDENTIALS")))
            text = tr("The platform refused the sign-in: check the username and password");
        else if (httpStatus == 401 || reason == QLatin1String("INVALID_CREDENTIALS"))
            text = tr("The platform did not accept the credentials: check the username and password or the "
                      "access key in the profile");
        else if (httpStatus == 403 && operation.contains(QLatin1String("/recording")))
            text = tr("Your account may not view recordings: ask an administrator or manager for access");
        else if (httpStatus == 403)
            text = tr("Your account may not do this on the platform: ask an administrator for access");
        else if (httpStatus == 404)
            text = tr("The platform could not find it: it may have been deleted, refresh the list");
        else if (reason == QLatin1String("RECORDING_NOT_ENDED") ||
                 (httpStatus == 409 && operation.contains(QLatin1String("/recordingfiles"))))
            text = tr("This recording has not ended yet: its audio can be downloaded or sent once it has "
                      "ended");
        else if (reason == QLatin1String("SIGNING_NOT_CONFIGURED"))
            text = tr("The platform cannot give out download links right now: ask its administrator to "
                      "configure URL signing");
        else if (httpStatus == 400 && !server.isEmpty())
            text = tr("The platform refused the request: %1").arg(server);
    } else if (service == Service::Analytics) {
        if (reason == QLatin1String("invalid_client") || httpStatus == 401)
            text = tr("The analytics service refused the client id or secret: check them in the profile");
        else if (httpStatus == 400 && !server.isEmpty())
            text = tr("The analytics service refused the upload: %1").arg(server);
    } else if (service == Service::Assistant) {
        if (httpStatus == 401)
            text = tr("The assistant refused the API key: check it in the profile");
        else if (httpStatus == 413 || status == QLatin1String("file_too_large"))
            text = tr("The file is too large for the assistant's knowledge base");
        else if (httpStatus == 415 || status == QLatin1String("unsupported_file_type"))
            text = tr("The assistant does not accept this type of file");
        else if (httpStatus == 400 && !server.isEmpty())
            text = tr("The assistant refused the upload: %1").arg(server);
    } else if (service == Service::SignedUrl) {
        if (httpStatus == 403 || httpStatus == 400)
            text = tr("The download link has expired: try again to get a fresh one");
    }
    if (text.isEmpty()) {
        if (httpStatus == 429)
            text = retryAfterSeconds > 0
                       ? tr("%1 is busy: try again in %n second(s)", nullptr, retryAfterSeconds).arg(whoCap)
                       : tr("%1 is busy: try again in a moment").arg(whoCap);
        else if (httpStatus >= 500)
            text = tr("%1 had a problem (HTTP %2): try again later").arg(whoCap).arg(httpStatus);
        else if (!server.isEmpty())
            text = tr("%1 refused the request (HTTP %2): %3").arg(whoCap).arg(httpStatus).arg(server);
        else
            text = tr("%1 refused the request (HTTP %2)").arg(whoCap).arg(httpStatus);
    }
    return finishSentence(text, requestId);
}

QString ApiError::details() const
{
    QStringList lines;
    auto add = [&lines](const QString &key, const QString &value) {
        if (!value.isEmpty())
            lines.append(key + QLatin1String(": ") + value);
    };
    add(tr("Service"), serviceName(service));
    add(tr("Operation"), operation);
    if (httpStatus)
        add(tr("HTTP status"), QString::number(httpStatus));
    add(tr("Status"), status);
    add(tr("Reason"), reason);
    add(tr("Message"), message);
    add(tr("Request id"), requestId);
    add(tr("Server"), endpoint);
    add(tr("Proxy"), proxy);
    if (networkError != QNetworkReply::NoError)
        add(tr("Network error"), QString::number(int(networkError)));
    if (retryAfterSeconds >= 0)
        add(tr("Retry after"), tr("%n second(s)", nullptr, retryAfterSeconds));
    add(tr("Retryable"), retryable ? tr("yes") : tr("no"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace recdesk
