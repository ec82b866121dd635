#pragma once

#include "httputil.h"

#include <map>
#include <memory>
#include <QAbstractHttpServer>
#include <QtGlobal>

class QTcpSocket;
class QHttpServerRequest;
class QHttpServerResponder;

namespace recdesk::sandbox {

class TrackingTcpServer;

// The one place where the sandbox meets Qt HttpServer, and so the one place where its versions
// differ (Recdesk builds on Qt 6.4 and 6.8):
//   - 6.4 hands a request handler the connection's QTcpSocket; 6.8 hands it a
//     QHttpServerResponder and keeps the socket to itself;
//   - 6.8 drops listen() for bind(QTcpServer *), which 6.4 has too, so both use bind().
// The sandbox answers on the socket on both versions, because its fault knobs need byte-level
// control of an answer (cut a body after N bytes), which neither responder gives. Qt parses every
// request; this class turns it into a Request, finds its socket and, on 6.8, holds the responder
// until serve()'s answer is out, so that the connection's next request waits its turn.
class HttpServerAdapter : public QAbstractHttpServer
{
public:
    explicit HttpServerAdapter(QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    // Listens on 127.0.0.1:port (0 picks a free port). Returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port);

protected:
    // One request. Write the whole answer to socket, now or later, then call answered(socket),
    // while the socket still exists: a socket that went away was released when it disconnected,
    // and its address may already belong to a new connection.
    virtual void serve(const Request &request, QTcpSocket *socket) = 0;
    void answered(QTcpSocket *socket);

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif
    static Request toRequest(const QHttpServerRequest &request);
    void releaseAll();

    TrackingTcpServer *m_tcpServer = nullptr;
    // Responders held while their answer is still being written (Qt 6.8 only). Qt 6.4 reads a
    // connection's next request at once; clients of the sandbox (QNAM) do not pipeline.
    std::map<QTcpSocket *, std::unique_ptr<QHttpServerResponder>> m_held;
    QTcpSocket *m_serving = nullptr; // the socket serve() is running for, while it runs
    bool m_answeredInServe = false;
};

} // namespace recdesk::sandbox
