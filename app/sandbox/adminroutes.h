#pragma once

#include "httputil.h"
#include "sandboxhost.h"

namespace recdesk::sandbox {

class SandboxContext;

// The test-only admin endpoints under /_sandbox/ (docs/SANDBOX.md): the fault knobs, the log of
// signed-URL requests, item counts, the sandbox clock and recordings seeded with chosen creation
// times. No authentication: the sandbox listens on loopback only.
class AdminRoutes
{
public:
    AdminRoutes(SandboxContext &context, const SandboxOptions &startOptions);
    Reply handle(const Request &request);

private:
    SandboxContext &m_context;
    SandboxOptions m_startOptions; // what {"reset": true} goes back to
};

} // namespace recdesk::sandbox
