#include "sandboxserver.h"

#include "adminroutes.h"
#include "analyticsroutes.h"
#include "assistantroutes.h"
#include "bodystreamer.h"
#include "platformroutes.h"
#include "sandboxcontext.h"
#include "signedurl.h"

#include <memory>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace recdesk::sandbox {

// Off below warnings by default (the GUI hosts the sandbox); recdesk-sandbox turns info on.
Q_LOGGING_CATEGORY(lcSandbox, "recdesk.sandbox", QtWarningMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isAdminPath(const QString &path)
{
    return path.startsWith(QLatin1String("/_sandbox/"));
}

void writeReply(QHttpServerResponder &responder, QTcpSocket *socket, const Reply &reply)
{
    using Status = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(static_cast<Status>(reply.status));
    bool haveType = false;
    for (const auto &h : reply.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        haveType = haveType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        responder.writeHeader(h.first, h.second);
    }
    const bool streamed = !reply.filePath.isEmpty();
    const qint64 length = streamed ? reply.fileLength : reply.body.size();
    const bool noBody = reply.status == 304 || reply.status == 204;
    if (!noBody)
        responder.writeHeader("Content-Length", QByteArray::number(length));
    if (!haveType && length > 0)
        responder.writeHeader("Content-Type", "application/octet-stream");
    if (reply.headOnly || noBody || length == 0) {
        responder.writeBody("", 0);
        return;
    }
    if (!streamed) {
        responder.writeBody(reply.body);
        return;
    }
    responder.writeBody("", 0); // ends the header block
    BodyStreamer::start(socket, reply.filePath, reply.fileOffset, reply.fileLength, reply.dropAfterBytes);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, const DemoCredentials &credentials,
                             QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_context(std::make_unique<SandboxContext>(options, credentials))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (!m_context->open(error))
        return false;
    m_admin = std::make_unique<AdminRoutes>(*m_context, m_options);
    m_platform = std::make_unique<PlatformRoutes>(*m_context);
    m_analytics = std::make_unique<AnalyticsRoutes>(*m_context);
    m_assistant = std::make_unique<AssistantRoutes>(*m_context);
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_context->setPort(m_port);
    return true;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &qrequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(qrequest.method());
    const QUrl url = qrequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.rawQuery = url.query(QUrl::FullyEncoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (const auto &h : qrequest.headers())
        request.headers.append({h.first, h.second});
    request.body = qrequest.body();

    Reply reply = dispatch(request);
    // Path only: queries carry tokens, access keys and signatures.
    if (!m_options.quiet)
        qCInfo(lcSandbox, "%s %s -> %d", request.method.constData(), qPrintable(request.path), reply.status);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(qrequest, socket));
    const int latency = isAdminPath(request.path) ? 0 : m_context->faults().latencyMs;
    if (latency <= 0) {
        writeReply(*responder, socket, reply);
        return true;
    }
    // Latency fault: answer later; the client may be gone by then.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this, [guard, responder, reply]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeReply(*responder, guard.data(), reply);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

Reply SandboxServer::dispatch(const Request &request)
{
    const QString &path = request.path;
    if (isAdminPath(path))
        return m_admin->handle(request);

    if (const int failure = m_context->faults().takeFailure(path))
        return injectedFailure(request, failure);

    if (path.startsWith(QLatin1String("/signed/")))
        return serveSigned(*m_context, request);
    if (path == QLatin1String("/auth/login") || path == QLatin1String("/v1.0") ||
        path.startsWith(QLatin1String("/v1.0/")))
        return m_platform->handle(request);
    if (path.startsWith(QLatin1String("/analytics/")))
        return m_analytics->handle(request);
    if (path.startsWith(QLatin1String("/assistant/v1/")))
        return m_assistant->handle(request);
    return Reply::text(404, "404 page not found");
}

Reply SandboxServer::injectedFailure(const Request &request, int status)
{
    const QString &path = request.path;
    Reply r;
    if (path.startsWith(QLatin1String("/analytics/"))) {
        r = Reply::text(status,
                        status == 429 ? "Too many requests." : "The service is temporarily unavailable.");
    } else if (path.startsWith(QLatin1String("/assistant/"))) {
        const QString code = status == 429 ? QStringLiteral("too_many_requests")
                                           : (status == 503 ? QStringLiteral("service_unavailable")
                                                            : QStringLiteral("internal_server_error"));
        r = Reply::json(
            status, QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                              {QStringLiteral("message"), QStringLiteral("Injected fault")},
                                              {QStringLiteral("status"), status}}));
    } else if (path.startsWith(QLatin1String("/signed/"))) {
        r = Reply::text(status,
                        "<?xml version='1.0' encoding='UTF-8'?><Error><Code>ServiceUnavailable</Code>"
                        "<Message>Injected fault</Message></Error>",
                        "application/xml; charset=UTF-8");
        m_context->logSignedRequest(request, false);
    } else {
        r = PlatformRoutes::error(
            status, status == 429 ? "RESOURCE_EXHAUSTED" : (status == 503 ? "UNAVAILABLE" : "INTERNAL"),
            status == 429 ? "RATE_LIMITED" : "INJECTED_FAULT",
            status == 429 ? QStringLiteral("Too many requests; retry later.")
                          : QStringLiteral("The service failed (injected fault)."));
    }
    if (status == 429 || status == 503)
        r.setHeader("Retry-After", QByteArray::number(m_context->faults().failRetryAfter));
    return r;
}

} // namespace recdesk::sandbox
