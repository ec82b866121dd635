#pragma once

#include <cstring>
#include <QString>
#include <QUuid>

// Small helpers the table models share for sorting and showing ids.
namespace recdesk::rowcompare {

template<typename V> int threeWay(const V &a, const V &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// In the order of the ids' text (QUuid's own operator< ranks the variant first).
inline int compareUuid(const QUuid &a, const QUuid &b)
{
    if (const int c = threeWay(a.data1, b.data1))
        return c;
    if (const int c = threeWay(a.data2, b.data2))
        return c;
    if (const int c = threeWay(a.data3, b.data3))
        return c;
    const int c = std::memcmp(a.data4, b.data4, sizeof a.data4);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace recdesk::rowcompare
