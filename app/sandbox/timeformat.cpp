#include "timeformat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace recdesk::sandbox {

namespace {

QString dateTimePart(qint64 usec, const QString &format)
{
    qint64 secs = usec / 1000000;
    if (usec < 0 && usec % 1000000 != 0)
        --secs;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(format);
}

int fractionUsec(qint64 usec)
{
    qint64 f = usec % 1000000;
    if (f < 0)
        f += 1000000;
    return int(f);
}

} // namespace

QString documentedTimestamp(qint64 usec)
{
    if (usec == kNotHappened)
        return QStringLiteral("9999-01-01 00:00:00.000000");
    return dateTimePart(usec, QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('.') +
           QStringLiteral("%1").arg(fractionUsec(usec), 6, 10, QLatin1Char('0'));
}

QString rfc3339Timestamp(qint64 usec)
{
    QString frac = QStringLiteral("%1").arg(fractionUsec(usec), 6, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString out = dateTimePart(usec, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!frac.isEmpty())
        out += QLatin1Char('.') + frac;
    return out + QLatin1Char('Z');
}

bool parseTimestamp(const QString &text, qint64 *usec)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ "
                       "T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return false;
    qint64 secs = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    const QString zone = m.captured(8);
    if (zone.size() == 6) {
        const int offset = zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60;
        secs -= zone.startsWith(QLatin1Char('+')) ? offset : -offset;
    }
    QString frac = m.captured(7);
    frac = frac.left(6).leftJustified(6, QLatin1Char('0'));
    *usec = secs * 1000000 + frac.toLongLong();
    return true;
}

} // namespace recdesk::sandbox
