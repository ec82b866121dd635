#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace recdesk {

// What an export says about a recording, copied from the recording and its call when a state or a
// note is saved, so that the reviews can be exported without a connection (or after the platform
// has forgotten the call). Empty fields are unknown.
struct ReviewSubject
{
    QUuid recordingId;
    QString callId;
    QString agent;
    QString customer;
    QDateTime start; // when the recording started; invalid when unknown
};

} // namespace recdesk
