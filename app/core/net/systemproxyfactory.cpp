#include "systemproxyfactory.h"

#include <QHostAddress>

namespace recdesk {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.url().host();
    QHostAddress address;
    if (host == QLatin1String("localhost") || host.startsWith(QLatin1String("localhost.")) ||
        (address.setAddress(host) && address.isLoopback()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QList<QNetworkProxy> proxies = systemProxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

} // namespace recdesk
