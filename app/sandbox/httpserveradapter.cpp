#include "httpserveradapter.h"

#include <functional>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace recdesk::sandbox {

// Qt HttpServer 6.8 keeps a request's socket private, so the sandbox remembers each connection as
// it is accepted, by its peer port: every client of the loopback listener has its own.
class TrackingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (socket) {
            const quint16 peerPort = socket->peerPort();
            m_byPeerPort.insert(peerPort, socket);
            connect(socket, &QObject::destroyed, this, [this, peerPort, socket]() {
                if (m_byPeerPort.value(peerPort) == socket)
                    m_byPeerPort.remove(peerPort);
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
                if (onDisconnected)
                    onDisconnected(socket);
            });
        }
        return socket;
    }

    std::function<void(QTcpSocket *)> onDisconnected;

    QTcpSocket *socketForPeerPort(quint16 peerPort) const { return m_byPeerPort.value(peerPort); }

private:
    QHash<quint16, QTcpSocket *> m_byPeerPort;
};

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

} // namespace

HttpServerAdapter::HttpServerAdapter(QObject *parent)
    : QAbstractHttpServer(parent)
{}

HttpServerAdapter::~HttpServerAdapter()
{
    // Before Qt deletes the connections (our children): a responder must not outlive its stream.
    releaseAll();
}

quint16 HttpServerAdapter::listenOnLoopback(quint16 port)
{
    auto server = std::make_unique<TrackingTcpServer>();
    if (!server->listen(QHostAddress::LocalHost, port))
        return 0;
    m_tcpServer = server.get();
    QPointer<HttpServerAdapter> self(this);
    m_tcpServer->onDisconnected = [self](QTcpSocket *socket) {
        if (self)
            self->answered(socket); // a client that left needs no answer
    };
    bind(server.release()); // takes ownership (parents the server to this)
    return m_tcpServer->serverPort();
}

void HttpServerAdapter::answered(QTcpSocket *socket)
{
    if (socket == m_serving) {
        m_answeredInServe = true; // answered at once: Qt's own responder finishes it
        return;
    }
    // Erasing destroys the held responder, which lets Qt read the connection's next request.
    m_held.erase(socket);
}

void HttpServerAdapter::releaseAll()
{
    auto held = std::move(m_held);
    m_held.clear();
    held.clear();
}

Request HttpServerAdapter::toRequest(const QHttpServerRequest &qrequest)
{
    Request request;
    request.method = methodName(qrequest.method());
    const QUrl url = qrequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.rawQuery = url.query(QUrl::FullyEncoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders &headers = qrequest.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        request.headers.append({headers.nameAt(i).toString().toLatin1(), headers.valueAt(i).toByteArray()});
#else
    for (const auto &h : qrequest.headers())
        request.headers.append({h.first, h.second});
#endif
    request.body = qrequest.body();
    return request;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = m_tcpServer ? m_tcpServer->socketForPeerPort(request.remotePort()) : nullptr;
    if (!socket) {
        responder.write(QHttpServerResponder::StatusCode::InternalServerError);
        return true;
    }
    // An answer written at once leaves the responder to Qt, as usual. One that is still being
    // written (a streamed body, a latency fault) keeps it until serve() says the answer is out or
    // the client leaves: while it lives, Qt keeps the connection's next request waiting.
    m_serving = socket;
    m_answeredInServe = false;
    serve(toRequest(request), socket);
    m_serving = nullptr;
    // (Held even while the socket is closing, e.g. the drop fault: released on disconnected,
    // Qt would delete the socket and the bytes still queued in it at once.)
    if (!m_answeredInServe)
        m_held[socket] = std::make_unique<QHttpServerResponder>(std::move(responder));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#else

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serve(toRequest(request), socket);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

#endif

} // namespace recdesk::sandbox
