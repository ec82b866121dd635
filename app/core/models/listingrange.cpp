#include "listingrange.h"

#include <QDateTime>

namespace recdesk {

ListingRange ListingRange::ofLocalDays(const QDate &first, const QDate &last)
{
    ListingRange range;
    if (first.isValid())
        range.from = Timestamp::fromDateTime(first.startOfDay());
    if (last.isValid())
        range.until = Timestamp::fromDateTime(last.addDays(1).startOfDay());
    return range;
}

QDate ListingRange::firstLocalDay() const
{
    return from ? from->toDateTime().toLocalTime().date() : QDate();
}

QDate ListingRange::lastLocalDay() const
{
    // The last instant inside the range is one microsecond before `until`.
    return until ? Timestamp::fromMicroseconds(until->microseconds() - 1).toDateTime().toLocalTime().date()
                 : QDate();
}

} // namespace recdesk
