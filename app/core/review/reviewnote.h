#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace recdesk {

// A reviewer's note at a moment of a recording. The id is the store's (0: not stored); it is never
// given to another note, even after this one is removed, so that undoing a removal can put the
// note back under its own id.
struct ReviewNote
{
    qint64 id = 0;
    QUuid recordingId;
    qint64 offsetMs = 0; // from the start of the recording's audio
    QString text;
    QString author;
    QDateTime created;  // UTC
    QDateTime modified; // UTC; equal to created until the text is edited
};

} // namespace recdesk
