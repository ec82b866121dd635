#include "sandboxserver.h"

#include "adminroutes.h"
#include "analyticsroutes.h"
#include "assistantroutes.h"
#include "bodystreamer.h"
#include "faultyanswers.h"
#include "platformroutes.h"
#include "sandboxcontext.h"
#include "signedurl.h"

#include <memory>
#include <QHash>
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

bool isAdminPath(const QString &path)
{
    return path.startsWith(QLatin1String("/_sandbox/"));
}

// The reason phrases of the statuses the sandbox answers with; any other gets an empty one,
// which HTTP/1.1 allows.
QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {206, "Partial Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {304, "Not Modified"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Payload Too Large"},
        {415, "Unsupported Media Type"},
        {416, "Range Not Satisfiable"},
        {422, "Unprocessable Entity"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return phrases.value(status);
}

// Status line and header block, as Qt HttpServer's own responders write them.
QByteArray responseHead(const Reply &reply, qint64 length)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool haveType = false;
    for (const auto &h : reply.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        haveType = haveType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        head += h.first + ": " + h.second + "\r\n";
    }
    const bool noBody = reply.status == 304 || reply.status == 204;
    if (!noBody)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (!haveType && length > 0)
        head += "Content-Type: application/octet-stream\r\n";
    head += "\r\n";
    return head;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, const DemoCredentials &credentials,
                             QObject *parent)
    : HttpServerAdapter(parent)
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
    m_port = listenOnLoopback(m_options.port);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_context->setPort(m_port);
    return true;
}

void SandboxServer::serve(const Request &request, QTcpSocket *socket)
{
    // TCP_NODELAY, as the services' own servers have it: with Nagle's algorithm an answer's body
    // waited for the client's (delayed) ACK of its head, ~40 ms per answer on a kept-alive
    // connection, which made every listing of many pages slow for no reason of the client's.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Reply reply = dispatch(request);
    // Path only: queries carry tokens, access keys and signatures.
    if (!m_options.quiet)
        qCInfo(lcSandbox, "%s %s -> %d", request.method.constData(), qPrintable(request.path), reply.status);

    const bool admin = isAdminPath(request.path);
    const int latency = admin ? 0 : m_context->faults().latencyMs;
    const Faults &faults = m_context->faults();
    const QString mode =
        admin || !request.path.startsWith(faults.answerPaths) ? QString() : faults.answerMode;
    if (latency <= 0) {
        writeReply(socket, reply, mode);
        return;
    }
    // Latency fault: answer later; the client may be gone by then.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this, [this, guard, socket, reply, mode]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeReply(guard.data(), reply, mode);
        else if (guard)
            answered(socket);
        // (A socket that is gone was released when it disconnected: its address may be reused.)
    });
}

void SandboxServer::writeReply(QTcpSocket *socket, const Reply &reply, const QString &mode)
{
    const bool streamed = !reply.filePath.isEmpty();
    const qint64 length = streamed ? reply.fileLength : reply.body.size();
    QPointer<SandboxServer> self(this);
    auto release = [self, socket] {
        if (self)
            self->answered(socket);
    };
    if (mode == QLatin1String("endlessBody")) {
        FaultyAnswers::endless(socket, responseHead(reply, qint64(1) << 40), release); // "1 TiB"
        return;
    }
    if (mode == QLatin1String("trickleHeaders")) {
        QPointer<QTcpSocket> guard(socket);
        FaultyAnswers::trickle(socket, responseHead(reply, length), 100, [self, guard, reply, release] {
            if (self && guard && guard->state() == QAbstractSocket::ConnectedState)
                self->writeBody(guard.data(), reply);
            else
                release();
        });
        return;
    }
    socket->write(responseHead(reply, length));
    writeBody(socket, reply);
}

void SandboxServer::writeBody(QTcpSocket *socket, const Reply &reply)
{
    const bool streamed = !reply.filePath.isEmpty();
    const qint64 length = streamed ? reply.fileLength : reply.body.size();
    const bool noBody = reply.headOnly || reply.status == 304 || reply.status == 204 || length == 0;
    if (noBody || !streamed) {
        if (!noBody)
            socket->write(reply.body);
        answered(socket);
        return;
    }
    QPointer<SandboxServer> self(this);
    BodyStreamer::start(socket, reply.filePath, reply.fileOffset, reply.fileLength, reply.dropAfterBytes,
                        [self, socket]() {
                            if (self)
                                self->answered(socket);
                        });
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
