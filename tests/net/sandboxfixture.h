#pragma once

// Shared by the net, transfer and cli tests: an in-process sandbox on loopback and small
// helpers to drive its admin endpoints and wait for replies.

#include "demosession.h"
#include "net/apireply.h"
#include "net/session.h"
#include "sandboxhost.h"

#include <memory>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace recdesk::test {

class SandboxFixture
{
public:
    bool start(bool liveVariant = false, int recordings = 24, int files = 18)
    {
        m_host = std::make_unique<sandbox::SandboxHost>();
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.path();
        options.liveVariant = liveVariant;
        options.recordingCount = recordings;
        options.fileCount = files;
        options.quiet = true;
        QString error;
        if (!m_host->start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        return true;
    }
    void stop() { m_host.reset(); }

    sandbox::SandboxHost *host() const { return m_host.get(); }
    sandbox::DemoCredentials credentials() const { return m_host->credentials(); }

    SessionConfig sessionConfig(bool accessKey = false) const
    {
        SessionConfig s = demoSessionConfig(*m_host, QStringLiteral("recdesk-test"), accessKey);
        s.platform.transferTimeoutMs = s.analytics.transferTimeoutMs = s.assistant.transferTimeoutMs = 10000;
        return s;
    }

    // Short waits for tests (the production backoff is longer).
    static RetryPolicy fastRetries()
    {
        RetryPolicy p;
        p.baseDelayMs = 50;
        p.maxDelayMs = 400;
        p.maxAttempts = 6;
        return p;
    }

    // A blocking admin call (test code only).
    QJsonDocument admin(const QByteArray &verb, const QString &path, const QJsonObject &body = QJsonObject())
    {
        QNetworkAccessManager nam;
        QUrl url = m_host->rootUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return doc;
    }
    QJsonObject setFaults(const QJsonObject &faults)
    {
        return admin("POST", QStringLiteral("/_sandbox/faults"), faults).object();
    }
    void resetFaults() { setFaults(QJsonObject{{QStringLiteral("reset"), true}}); }
    // Moves the sandbox clock (POST /_sandbox/clock) instead of waiting for a token or a signed
    // URL to expire. Only the sandbox's time moves: the client's clock still says the token or
    // URL is fresh, so the test sees an expiry the server enforces, as in the field.
    QJsonObject advanceClock(qint64 seconds)
    {
        return admin("POST", QStringLiteral("/_sandbox/clock"),
                     QJsonObject{{QStringLiteral("advanceSeconds"), double(seconds)}})
            .object();
    }
    QJsonObject resetClock()
    {
        return admin("POST", QStringLiteral("/_sandbox/clock"),
                     QJsonObject{{QStringLiteral("offsetSeconds"), 0}})
            .object();
    }
    QJsonArray signedRequests() { return admin("GET", QStringLiteral("/_sandbox/signed-requests")).array(); }
    void resetSignedLog() { admin("POST", QStringLiteral("/_sandbox/reset-log")); }

    // Fails the test when any request to a signed URL carried a credential.
    static QString credentialLeak(const QJsonArray &log, const sandbox::DemoCredentials &c,
                                  const QString &token)
    {
        for (const QJsonValue &v : log) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("internal")).toBool())
                continue;
            const QString query = r.value(QStringLiteral("query")).toString();
            if (query.contains(QStringLiteral("accesskey")) || query.contains(QStringLiteral("token=")) ||
                query.contains(c.accessKey))
                return QStringLiteral("query of ") + r.value(QStringLiteral("path")).toString();
            for (const QJsonValue &h : r.value(QStringLiteral("headers")).toArray()) {
                const QString name = h.toArray().at(0).toString().toLower();
                const QString value = h.toArray().at(1).toString();
                if (name == QLatin1String("authorization") || name == QLatin1String("cookie"))
                    return QStringLiteral("header ") + name;
                if (!token.isEmpty() && value.contains(token))
                    return QStringLiteral("token in header ") + name;
            }
        }
        return QString();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
};

// Waits for an ApiReply; returns false on timeout. The reply is still valid in the caller's
// finished-slot only, so copy what you need with the returned snapshot.
struct ReplySnapshot
{
    bool finished = false;
    ApiError error;
    int status = 0;
    QByteArray body;
    QUrl redirect;
    int attempts = 0;
    bool ok() const { return finished && !error.isError(); }
};

inline ReplySnapshot waitFor(ApiReply *reply, int timeoutMs = 20000)
{
    auto snapshot = std::make_shared<ReplySnapshot>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, snapshot] {
        snapshot->finished = true;
        snapshot->error = reply->error();
        snapshot->status = reply->httpStatus();
        snapshot->body = reply->body();
        snapshot->redirect = reply->redirectUrl();
        snapshot->attempts = reply->attempts();
    });
    const bool done = QTest::qWaitFor([&snapshot] { return snapshot->finished; }, timeoutMs);
    Q_UNUSED(done) // an unfinished snapshot says so itself
    return *snapshot;
}

} // namespace recdesk::test
