#pragma once

#include "domain/timestamp.h"

#include <optional>
#include <QDate>

namespace recdesk {

// The span of creation times a paged list model loads: [from, until), half-open, so that an item
// created exactly at a boundary belongs to one side only. An open end is nullopt: no `until`
// starts at the newest item (the first page, no page_token); no `from` goes to the oldest. The
// platform's cursor is a creation time, so a bounded listing asks for the first page with
// page_token = until and stops at the first item older than `from`.
struct ListingRange
{
    std::optional<Timestamp> from;
    std::optional<Timestamp> until;

    bool isBounded() const { return from.has_value() || until.has_value(); }
    bool contains(Timestamp created) const
    {
        return (!from || !(created < *from)) && (!until || created < *until);
    }

    // Whole local days, both included: from the start of `first` until the start of the day after
    // `last`. An invalid date leaves that end open.
    static ListingRange ofLocalDays(const QDate &first, const QDate &last);
    // The local days the range covers (the inverse of ofLocalDays); invalid for an open end.
    QDate firstLocalDay() const;
    QDate lastLocalDay() const;

    friend bool operator==(const ListingRange &a, const ListingRange &b)
    {
        return a.from == b.from && a.until == b.until;
    }
    friend bool operator!=(const ListingRange &a, const ListingRange &b) { return !(a == b); }
};

} // namespace recdesk
