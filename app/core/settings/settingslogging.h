#pragma once

#include <QLoggingCategory>

namespace recdesk {

Q_DECLARE_LOGGING_CATEGORY(lcSettings)

} // namespace recdesk
