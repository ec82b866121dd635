#pragma once

#include <QLoggingCategory>

namespace recdesk {

// One category per service, so that `QT_LOGGING_RULES="recdesk.net.*=true"` shows the traffic.
// Nothing logged here ever contains a password, token, access key, client secret or API key.
Q_DECLARE_LOGGING_CATEGORY(lcNetPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcNetAnalytics)
Q_DECLARE_LOGGING_CATEGORY(lcNetAssistant)
Q_DECLARE_LOGGING_CATEGORY(lcNetHttp)

} // namespace recdesk
