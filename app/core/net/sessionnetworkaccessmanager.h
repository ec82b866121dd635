#pragma once

#include "proxyauthenticator.h"

#include <functional>
#include <QNetworkAccessManager>

namespace recdesk {

// A session's QNetworkAccessManager. Through a manual HTTP proxy, a plain-http request carries the
// proxy credentials already known (Basic) from its first byte instead of waiting for a 407: Qt
// 6.4 does not send a streamed upload again after a 407 on a fresh connection, and the upload
// hangs (tests/net/tst_proxy.cpp catches it). https requests are left alone: their credentials go
// in the CONNECT, which Qt answers by itself, and a header on the request would reach the server.
class SessionNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using CredentialsSource = std::function<ProxyCredentials()>;
    using QNetworkAccessManager::QNetworkAccessManager;

    void setProxyCredentialsSource(CredentialsSource source) { m_credentials = std::move(source); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    CredentialsSource m_credentials;
};

} // namespace recdesk
