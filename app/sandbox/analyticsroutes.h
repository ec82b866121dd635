#pragma once

#include "httputil.h"

#include <QJsonObject>

namespace recdesk::sandbox {

class SandboxContext;
class MultipartParser;

// The speech-analytics service (API.md section 2): OAuth2 client credentials and Upload Media.
// Every 400 is a plain-text sentence, as the vendor answers.
class AnalyticsRoutes
{
public:
    explicit AnalyticsRoutes(SandboxContext &context);
    Reply handle(const Request &request);

    // Hierarchies the sandbox knows (HierarchyId or HierarchyCode must name one of them).
    static QStringList hierarchyIds();
    static QStringList hierarchyCodes();

private:
    Reply token(const Request &request);
    Reply upload(const Request &request);
    // Validates the metadata object; empty string when valid, else the plain-text message.
    QString validateMetadata(const QJsonObject &metadata) const;

    SandboxContext &m_context;
};

} // namespace recdesk::sandbox
