#include "sessionnetworkaccessmanager.h"

#include <QNetworkProxy>

namespace recdesk {

QNetworkReply *SessionNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    if (!m_credentials || proxy().type() != QNetworkProxy::HttpProxy ||
        request.url().scheme() != QLatin1String("http"))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    const ProxyCredentials credentials = m_credentials();
    if (!credentials.isComplete())
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QNetworkRequest withCredentials = request;
    withCredentials.setRawHeader(
        QByteArrayLiteral("Proxy-Authorization"),
        QByteArrayLiteral("Basic ") +
            (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64());
    return QNetworkAccessManager::createRequest(op, withCredentials, outgoingData);
}

} // namespace recdesk
