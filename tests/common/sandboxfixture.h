#pragma once

// The one sandbox fixture of the tests: an in-process sandbox (its own thread, port 0, its own
// temporary data folder) and its admin routes (faults, clock, log of signed requests), driven
// with plain QNetworkAccessManager calls.
//
// The sandbox's own tests link only the sandbox (never the core, whose decoders they must not
// share); where the core is linked too, the client side is here as well: a SessionConfig for the
// sandbox and a wait for an ApiReply.

#include "sandboxhost.h"

#if __has_include("net/session.h")
#define RECDESK_FIXTURE_HAS_CORE 1
#include "demosession.h"
#include "net/apireply.h"
#include "net/session.h"
#endif

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
    explicit SandboxFixture(int recordings = 24, int files = 18)
    {
        options.dataDir = m_dir.path();
        options.recordingCount = recordings;
        options.fileCount = files;
        options.quiet = true;
    }
    virtual ~SandboxFixture() = default;

    // Anything may be set before start(); dataDir is the fixture's own temporary folder.
    sandbox::SandboxOptions options;

    bool start()
    {
        QString error;
        if (!m_host->start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        return true;
    }
    bool start(bool liveVariant, int recordings = 24, int files = 18)
    {
        options.liveVariant = liveVariant;
        options.recordingCount = recordings;
        options.fileCount = files;
        return start();
    }
    void stop() { m_host->stop(); }

    sandbox::SandboxHost *host() const { return m_host.get(); }
    sandbox::DemoCredentials credentials() const { return m_host->credentials(); }
    QString dataDir() const { return m_dir.path(); }
    // The sandbox's root URL with a path (and query) appended.
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_host->rootUrl().toString() + pathAndQuery); }

#ifdef RECDESK_FIXTURE_HAS_CORE
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
#endif

    // A blocking admin call (test code only).
    QJsonDocument admin(const QByteArray &verb, const QString &path, const QJsonObject &body = QJsonObject())
    {
        QNetworkAccessManager nam;
        QUrl url = m_host->rootUrl();
        url.setPath(path.section(QLatin1Char('?'), 0, 0));
        if (path.contains(QLatin1Char('?')))
            url.setQuery(path.section(QLatin1Char('?'), 1));
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
    void resetFaults()
    {
        setFaults(QJsonObject{{QStringLiteral("reset"), true}});
    }
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
    QJsonArray signedRequests()
    {
        return admin("GET", QStringLiteral("/_sandbox/signed-requests")).array();
    }
    void resetSignedLog()
    {
        admin("POST", QStringLiteral("/_sandbox/reset-log"));
    }

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
    std::unique_ptr<sandbox::SandboxHost> m_host = std::make_unique<sandbox::SandboxHost>();
};

#ifdef RECDESK_FIXTURE_HAS_CORE

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
#endif

} // namespace recdesk::test
