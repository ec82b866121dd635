#pragma once

#include "domain/timestamp.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QUuid>

// Small helpers the filter proxies share.
namespace recdesk::filterbounds {

// A date-range bound as a Timestamp; nullopt (open) for an invalid QDateTime. QDateTime holds
// milliseconds, the platform microseconds: an inclusive upper bound takes in the whole millisecond.
inline std::optional<Timestamp> bound(const QDateTime &dateTime, bool upper)
{
    if (!dateTime.isValid())
        return std::nullopt;
    const Timestamp t = Timestamp::fromDateTime(dateTime);
    return upper ? Timestamp::fromMicroseconds(t.microseconds() + 999) : t;
}

// Whether a set id's text contains the search text (case-insensitive).
inline bool idContains(const QUuid &id, const QString &text)
{
    return !id.isNull() && id.toString(QUuid::WithoutBraces).contains(text, Qt::CaseInsensitive);
}

} // namespace recdesk::filterbounds
