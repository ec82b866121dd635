#pragma once

#include "multipartbody.h"

#include <QByteArray>
#include <QNetworkProxy>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace recdesk {

// Picks the engine for the big transfers (file uploads, signed-URL downloads): a
// StreamingHttpReply on its own connection when the route allows it (http or https, directly, or
// through a SOCKS5 proxy, or an HTTP proxy by CONNECT for https), else QNetworkAccessManager (an
// HTTP proxy for plain http, or RECDESK_HTTP_ENGINE=qt in the environment). Both give a
// QNetworkReply that behaves the same to the caller. Small API calls always use QNAM.
class HttpTransport
{
public:
    // True and *proxy set when a StreamingHttpReply can carry a request to url.
    static bool canStream(const QNetworkAccessManager *nam, const QUrl &url, QNetworkProxy *proxy);

    static QNetworkReply *get(QNetworkAccessManager *nam, const QNetworkRequest &request);
    // Sends a multipart/form-data body (the Content-Type header is set here). nullptr and *error
    // when the file cannot be opened.
    static QNetworkReply *sendForm(QNetworkAccessManager *nam, const QNetworkRequest &request,
                                   const QByteArray &verb, const MultipartBody &form, QString *error);
};

} // namespace recdesk
