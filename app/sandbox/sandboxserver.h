#pragma once

#include "httpserveradapter.h"
#include "httputil.h"
#include "sandboxhost.h"

#include <memory>

namespace recdesk::sandbox {

class SandboxContext;
class AdminRoutes;
class PlatformRoutes;
class AnalyticsRoutes;
class AssistantRoutes;

// The HTTP front: takes each Request from the adapter, applies the fault knobs, hands it to the
// service it belongs to (by path prefix) and writes the Reply, streaming file bodies from disk.
class SandboxServer : public HttpServerAdapter
{
    Q_OBJECT
public:
    SandboxServer(const SandboxOptions &options, const DemoCredentials &credentials,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error); // opens the store, seeds, listens on 127.0.0.1
    quint16 port() const { return m_port; }

    // Direct dispatch without HTTP (used by the handler; public for white-box use in tests).
    Reply dispatch(const Request &request);

protected:
    void serve(const Request &request, QTcpSocket *socket) override;

private:
    Reply injectedFailure(const Request &request, int status);
    void writeReply(QTcpSocket *socket, const Reply &reply, const QString &mode);
    void writeBody(QTcpSocket *socket, const Reply &reply);

    SandboxOptions m_options;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<AdminRoutes> m_admin;
    std::unique_ptr<PlatformRoutes> m_platform;
    std::unique_ptr<AnalyticsRoutes> m_analytics;
    std::unique_ptr<AssistantRoutes> m_assistant;
    quint16 m_port = 0;
};

} // namespace recdesk::sandbox
