#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace recdesk {

// A platform conference (ConferenceManagerConference): what a confbridge recording captured.
struct Conference
{
    QUuid id;
    QString type;   // conference, connect, queue... (kept as sent)
    QString status; // starting, progressing, terminating, terminated...
    QString name;
    QString detail;
    Timestamp ended;
    Timestamp created;

    static Conference fromJson(const QJsonObject &object, DecodeProblems *problems);
};

} // namespace recdesk
