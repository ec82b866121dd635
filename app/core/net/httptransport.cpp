#include "httptransport.h"

#include "streaminghttpreply.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace recdesk {

bool HttpTransport::canStream(const QNetworkAccessManager *nam, const QUrl &url, QNetworkProxy *proxy)
{
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && url.scheme() != QLatin1String("http"))
        return false;
    if (qgetenv("RECDESK_HTTP_ENGINE") == "qt")
        return false;
    QNetworkProxy chosen = nam ? nam->proxy() : QNetworkProxy(QNetworkProxy::DefaultProxy);
    if (chosen.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        const QList<QNetworkProxy> proxies = nam && nam->proxyFactory()
                                                 ? nam->proxyFactory()->queryProxy(query)
                                                 : QNetworkProxyFactory::proxyForQuery(query);
        chosen = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    switch (chosen.type()) {
    case QNetworkProxy::DefaultProxy:
    case QNetworkProxy::NoProxy:
        *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return true;
    case QNetworkProxy::Socks5Proxy:
        *proxy = chosen;
        return true;
    case QNetworkProxy::HttpProxy:
        // A tunnel (CONNECT) is what QTcpSocket speaks; plain http through a proxy is QNAM's.
        *proxy = chosen;
        return tls;
    default:
        return false;
    }
}

QNetworkReply *HttpTransport::get(QNetworkAccessManager *nam, const QNetworkRequest &request)
{
    QNetworkProxy proxy;
    if (canStream(nam, request.url(), &proxy))
        return new StreamingHttpReply(request, "GET", HttpBody(), proxy, nam);
    return nam->get(request);
}

QNetworkReply *HttpTransport::sendForm(QNetworkAccessManager *nam, const QNetworkRequest &request,
                                       const QByteArray &verb, const MultipartBody &form, QString *error)
{
    QNetworkProxy proxy;
    if (canStream(nam, request.url(), &proxy)) {
        HttpBody body;
        QByteArray contentType;
        if (!form.buildStream(&body, &contentType, error))
            return nullptr;
        QNetworkRequest withType = request;
        withType.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return new StreamingHttpReply(withType, verb, std::move(body), proxy, nam);
    }
    QHttpMultiPart *multipart = form.build();
    if (!multipart) {
        *error = QCoreApplication::translate("recdesk::HttpTransport", "Cannot read %1").arg(form.filePath);
        return nullptr;
    }
    QNetworkReply *reply = nam->sendCustomRequest(request, verb, multipart);
    multipart->setParent(reply);
    return reply;
}

} // namespace recdesk
