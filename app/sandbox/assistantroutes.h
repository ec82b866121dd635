#pragma once

#include "httputil.h"

namespace recdesk::sandbox {

class SandboxContext;

// The assistant's knowledge-base upload (API.md section 3): POST /files/upload with a Bearer API
// key, one file plus user; errors as {code, message, status}.
class AssistantRoutes
{
public:
    explicit AssistantRoutes(SandboxContext &context);
    Reply handle(const Request &request);

    static QStringList supportedExtensions();

private:
    Reply upload(const Request &request);
    SandboxContext &m_context;
};

} // namespace recdesk::sandbox
