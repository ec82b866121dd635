#pragma once

#include <cstdint>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace recdesk {

// How Recdesk writes durations, sizes, times left and ids for people, in the lists, the details,
// the player, the transfers panel and recdeskctl alike.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // A length of audio: "m:ss", or "h:mm:ss" from an hour on; empty when unknown (< 0).
    static QString duration(std::int64_t milliseconds);
    // A size in the locale's units ("1.5 MiB"); empty when unknown (< 0).
    static QString size(qint64 bytes);
    // What is left of a transfer: "40 s", "3 min 20 s", "2 h 5 min"; empty when unknown (< 0).
    static QString timeLeft(qint64 seconds);
    // An id as the services write it, without braces; empty for a null (unset) id.
    static QString id(const QUuid &id);
};

} // namespace recdesk
