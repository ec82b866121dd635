#include "transferlogging.h"

namespace recdesk {

Q_LOGGING_CATEGORY(lcTransfer, "recdesk.transfer", QtInfoMsg)

} // namespace recdesk
