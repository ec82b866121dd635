#pragma once

#include <cstdint>
#include <limits>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace recdesk {

// A point in time as the platform reports it, in microseconds since the Unix epoch (UTC).
// "Has not happened" (the 9999 sentinel, "", null or a missing key) is a distinct state that
// orders after every real time and shows as an empty string. Eight bytes, so that tables of
// 100,000 rows stay small.
class Timestamp
{
public:
    constexpr Timestamp() = default; // has not happened
    static constexpr Timestamp fromMicroseconds(std::int64_t usecs) { return Timestamp(usecs); }
    static Timestamp fromDateTime(const QDateTime &dateTime);
    static Timestamp now();

    enum class ParseResult { Ok, NotHappened, Invalid };
    // Accepts "2024-05-27 07:55:16.515315" (documented), RFC 3339 with 0-9 fraction digits and
    // Z or an offset (live), "" and the year-9999 sentinel (not happened).
    static ParseResult parse(QStringView text, Timestamp *out);

    constexpr bool hasHappened() const { return m_usecs != kNotHappened; }
    constexpr std::int64_t microseconds() const { return m_usecs; }
    QDateTime toDateTime() const; // invalid QDateTime when not happened

    // Documented wire form ("YYYY-MM-DD hh:mm:ss.uuuuuu"), the sentinel when not happened.
    QString toPlatformString() const;
    // RFC 3339 with microseconds and Z; empty when not happened.
    QString toRfc3339() const;
    // Local-time text for people: empty when not happened.
    QString toDisplayString(QLocale::FormatType format = QLocale::ShortFormat) const;

    friend constexpr bool operator==(Timestamp a, Timestamp b) { return a.m_usecs == b.m_usecs; }
    friend constexpr bool operator!=(Timestamp a, Timestamp b) { return a.m_usecs != b.m_usecs; }
    // "Not happened" is the largest value, so it sorts last in ascending order.
    friend constexpr bool operator<(Timestamp a, Timestamp b) { return a.m_usecs < b.m_usecs; }

private:
    static constexpr std::int64_t kNotHappened = std::numeric_limits<std::int64_t>::max();
    constexpr explicit Timestamp(std::int64_t usecs)
        : m_usecs(usecs)
    {}
    std::int64_t m_usecs = kNotHappened;
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::Timestamp)
