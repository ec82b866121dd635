#include "settingslogging.h"

namespace recdesk {

Q_LOGGING_CATEGORY(lcSettings, "recdesk.settings", QtInfoMsg)

} // namespace recdesk
