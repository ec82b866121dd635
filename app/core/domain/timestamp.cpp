#include "timestamp.h"

#include <QLocale>
#include <QTimeZone>

namespace recdesk {
namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// A tiny cursor over the text: hand-written because QDateTime::fromString is far too slow for
// decoding 100,000 rows, and too lenient about what it accepts.
class Cursor
{
public:
    explicit Cursor(QStringView s)
        : m_s(s)
    {}
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s[m_pos]; }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool digits(int count, int *value)
    {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const QChar c = peek();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c.unicode() - u'0');
            ++m_pos;
        }
        *value = v;
        return true;
    }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return Timestamp();
    return Timestamp(dateTime.toMSecsSinceEpoch() * 1000);
}

Timestamp Timestamp::now()
{
    return fromDateTime(QDateTime::currentDateTimeUtc());
}

Timestamp::ParseResult Timestamp::parse(QStringView text, Timestamp *out)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        *out = Timestamp();
        return ParseResult::NotHappened;
    }
    Cursor c(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!c.digits(4, &year) || !c.take(u'-') || !c.digits(2, &month) || !c.take(u'-') || !c.digits(2, &day))
        return ParseResult::Invalid;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return ParseResult::Invalid;
    std::int64_t micros = 0;
    int offsetMinutes = 0;
    if (!c.atEnd()) {
        if (!c.take(u' ') && !c.take(u'T') && !c.take(u't'))
            return ParseResult::Invalid;
        if (!c.digits(2, &hour) || !c.take(u':') || !c.digits(2, &minute) || !c.take(u':') ||
            !c.digits(2, &second))
            return ParseResult::Invalid;
        // Leap seconds (":60") are folded into the next second's start by the epoch arithmetic.
        if (hour > 23 || minute > 59 || second > 60)
            return ParseResult::Invalid;
        if (c.take(u'.')) {
            int count = 0;
            int digit = 0;
            while (!c.atEnd() && c.peek() >= u'0' && c.peek() <= u'9') {
                c.digits(1, &digit);
                if (count < 6)
                    micros = micros * 10 + digit;
                ++count;
            }
            if (count == 0 || count > 9)
                return ParseResult::Invalid;
            for (int i = count; i < 6; ++i)
                micros *= 10;
        }
        if (c.take(u'Z') || c.take(u'z')) {
            // UTC
        } else if (c.peek() == u'+' || c.peek() == u'-') {
            const int sign = c.peek() == u'-' ? -1 : 1;
            c.take(c.peek());
            int oh = 0, om = 0;
            if (!c.digits(2, &oh) || !c.take(u':') || !c.digits(2, &om) || oh > 23 || om > 59)
                return ParseResult::Invalid;
            offsetMinutes = sign * (oh * 60 + om);
        }
        if (!c.atEnd())
            return ParseResult::Invalid;
    }
    if (year == 9999) {
        *out = Timestamp();
        return ParseResult::NotHappened;
    }
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    *out = Timestamp(secs * 1000000 + micros);
    return ParseResult::Ok;
}

QDateTime Timestamp::toDateTime() const
{
    if (!hasHappened())
        return QDateTime();
    // Floor division so that times before 1970 keep their sub-millisecond part consistent.
    const std::int64_t ms = m_usecs >= 0 ? m_usecs / 1000 : -((-m_usecs + 999) / 1000);
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString Timestamp::toPlatformString() const
{
    if (!hasHappened())
        return QStringLiteral("9999-01-01 00:00:00.000000");
    const QDateTime dt = toDateTime();
    const std::int64_t frac = ((m_usecs % 1000000) + 1000000) % 1000000;
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.")) +
           QStringLiteral("%1").arg(frac, 6, 10, QChar(u'0'));
}

QString Timestamp::toRfc3339() const
{
    if (!hasHappened())
        return QString();
    const QDateTime dt = toDateTime();
    const std::int64_t frac = ((m_usecs % 1000000) + 1000000) % 1000000;
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1Z").arg(frac, 6, 10, QChar(u'0'));
}

QString Timestamp::toDisplayString(QLocale::FormatType format) const
{
    if (!hasHappened())
        return QString();
    return QLocale().toString(toDateTime().toLocalTime(), format);
}

} // namespace recdesk
