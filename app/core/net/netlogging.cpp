#include "netlogging.h"

namespace recdesk {

Q_LOGGING_CATEGORY(lcNetPlatform, "recdesk.net.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetAnalytics, "recdesk.net.analytics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetAssistant, "recdesk.net.assistant", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetHttp, "recdesk.net.http", QtInfoMsg)

} // namespace recdesk
