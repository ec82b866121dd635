#pragma once

#include <QString>
#include <QtGlobal>

namespace recdesk::sandbox {

// Timestamps are kept as microseconds since the Unix epoch (UTC); kNotHappened marks an event
// that has not happened (tm_delete of a live item, tm_end of a running recording).
constexpr qint64 kNotHappened = -1;

// Documented form: "2024-05-27 07:55:16.515315"; kNotHappened gives "9999-01-01 00:00:00.000000".
QString documentedTimestamp(qint64 usec);
// Live form: RFC 3339 in UTC with the fraction written like Go's RFC3339Nano (trailing zeros
// trimmed, so 0-6 digits). Not for kNotHappened (the live form uses null or a missing key).
QString rfc3339Timestamp(qint64 usec);
// Accepts either form (a page_token may come from both); false when neither parses.
bool parseTimestamp(const QString &text, qint64 *usec);

} // namespace recdesk::sandbox
