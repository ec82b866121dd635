#include "displayformat.h"

#include <QLocale>

namespace recdesk {

QString DisplayFormat::duration(std::int64_t milliseconds)
{
    if (milliseconds < 0)
        return QString();
    const std::int64_t total = milliseconds / 1000;
    const std::int64_t hours = total / 3600;
    const int minutes = int((total / 60) % 60);
    const int seconds = int(total % 60);
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::size(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes, 1);
}

QString DisplayFormat::timeLeft(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString DisplayFormat::id(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace recdesk
