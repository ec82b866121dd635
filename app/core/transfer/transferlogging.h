#pragma once

#include <QLoggingCategory>

namespace recdesk {

Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

} // namespace recdesk
