#pragma once

#include <QNetworkProxyFactory>

namespace recdesk {

// The system's proxy settings for one session's QNetworkAccessManager, without touching the
// process-wide factory (QNetworkProxyFactory::setUseSystemConfiguration would change every
// session). Like Qt's application-wide default, loopback addresses are always reached directly.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace recdesk
