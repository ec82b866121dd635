#pragma once

#include <QtGlobal>

namespace recdesk {

// A stretch of a recording, half-open: [startMs, endMs).
struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

} // namespace recdesk
