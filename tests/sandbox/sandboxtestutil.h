#pragma once

// Small helpers shared by the sandbox tests: a blocking raw-HTTP call over QNetworkAccessManager
// (no redirects followed, no cookies kept unless asked), and the tests' sandbox fixture with the
// raw calls these tests make.

#include "sandboxfixture.h"
#include "sandboxhost.h"

#include <memory>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace sandboxtest {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QNetworkRequest makeRequest(const QUrl &url, const Headers &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return request;
}

inline HttpResult wait(QNetworkReply *reply, int timeoutMs = 30000)
{
    HttpResult result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        result.timedOut = true;
        loop.quit();
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (result.timedOut)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

inline HttpResult send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                       const Headers &headers = {}, const QByteArray &body = {})
{
    const QNetworkRequest request = makeRequest(url, headers);
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = nam.get(request);
    else if (method == "HEAD")
        reply = nam.head(request);
    else if (method == "DELETE" && body.isEmpty())
        reply = nam.deleteResource(request);
    else
        reply = nam.sendCustomRequest(request, method, body);
    return wait(reply);
}

// A multipart/form-data body built by hand so that tests control every byte.
struct FormPart
{
    QByteArray name;
    QByteArray data;
    QByteArray filename; // empty: a plain field
    bool isFile = false;
    QByteArray contentType;
};

inline QByteArray multipartBody(const QList<FormPart> &parts, const QByteArray &boundary)
{
    QByteArray out;
    for (const FormPart &p : parts) {
        out += "--" + boundary + "\r\n";
        out += "Content-Disposition: form-data; name=\"" + p.name + "\"";
        if (p.isFile)
            out += "; filename=\"" + p.filename + "\"";
        out += "\r\n";
        if (!p.contentType.isEmpty())
            out += "Content-Type: " + p.contentType + "\r\n";
        out += "\r\n" + p.data + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

inline FormPart field(const QByteArray &name, const QByteArray &value)
{
    return FormPart{name, value, {}, false, {}};
}

inline FormPart filePart(const QByteArray &name, const QByteArray &filename, const QByteArray &data,
                         const QByteArray &contentType = "application/octet-stream")
{
    return FormPart{name, data, filename, true, contentType};
}

inline HttpResult postMultipart(QNetworkAccessManager &nam, const QUrl &url, const QList<FormPart> &parts,
                                Headers headers = {})
{
    const QByteArray boundary = "sandbox-test-boundary-7c1f";
    headers.append({"Content-Type", "multipart/form-data; boundary=" + boundary});
    return send(nam, "POST", url, headers, multipartBody(parts, boundary));
}

// The tests' one sandbox fixture, with the raw-HTTP helpers these tests use to check the admin
// routes' own answers (HttpResult) and to call the services by hand.
struct Sandbox : recdesk::test::SandboxFixture
{
    explicit Sandbox(int recordings = 40, int files = 20)
        : SandboxFixture(recordings, files)
    {}
    using SandboxFixture::start;
    QString accessKeyQuery() const { return QStringLiteral("accesskey=") + host()->credentials().accessKey; }
    // Platform URL with the access key appended.
    QUrl platform(const QString &path, const QString &query = QString()) const
    {
        QString q = accessKeyQuery();
        if (!query.isEmpty())
            q = query + QLatin1Char('&') + q;
        return url(QStringLiteral("/v1.0") + path + QLatin1Char('?') + q);
    }
    HttpResult setFaults(QNetworkAccessManager &nam, const QJsonObject &faults)
    {
        return send(nam, "POST", url(QStringLiteral("/_sandbox/faults")),
                    {{"Content-Type", "application/json"}},
                    QJsonDocument(faults).toJson(QJsonDocument::Compact));
    }
    // The sandbox clock (POST /_sandbox/clock): moved instead of waiting for a lifetime to run out.
    HttpResult clock(QNetworkAccessManager &nam, const QJsonObject &change)
    {
        return send(nam, "POST", url(QStringLiteral("/_sandbox/clock")),
                    {{"Content-Type", "application/json"}},
                    QJsonDocument(change).toJson(QJsonDocument::Compact));
    }
    HttpResult advanceClock(QNetworkAccessManager &nam, qint64 seconds)
    {
        return clock(nam, {{QStringLiteral("advanceSeconds"), double(seconds)}});
    }
    HttpResult resetClock(QNetworkAccessManager &nam)
    {
        return clock(nam, {{QStringLiteral("offsetSeconds"), 0}});
    }
    QString login(QNetworkAccessManager &nam, const QString &user, const QString &password)
    {
        const HttpResult r =
            send(nam, "POST", url(QStringLiteral("/auth/login")), {{"Content-Type", "application/json"}},
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})
                     .toJson());
        return r.object().value(QStringLiteral("token")).toString();
    }
    QString analyticsToken(QNetworkAccessManager &nam)
    {
        const auto c = host()->credentials();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), c.analyticsClientId);
        form.addQueryItem(QStringLiteral("client_secret"), c.analyticsClientSecret);
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("acxapi"));
        const HttpResult r = send(nam, "POST", url(QStringLiteral("/analytics/connect/token")),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}},
                                  form.toString(QUrl::FullyEncoded).toUtf8());
        return r.object().value(QStringLiteral("access_token")).toString();
    }
};

// Checks the platform's error envelope and returns its reason.
inline QString envelopeReason(const HttpResult &r, const char *expectedStatus)
{
    const QJsonObject error = r.object().value(QStringLiteral("error")).toObject();
    if (error.value(QStringLiteral("status")).toString() != QLatin1String(expectedStatus))
        return QStringLiteral("<status %1>").arg(error.value(QStringLiteral("status")).toString());
    const QString requestId = error.value(QStringLiteral("request_id")).toString();
    if (requestId.isEmpty() || r.header("X-Request-Id") != requestId.toLatin1() ||
        error.value(QStringLiteral("message")).toString().isEmpty())
        return QStringLiteral("<no request id or message>");
    return error.value(QStringLiteral("reason")).toString();
}

} // namespace sandboxtest
