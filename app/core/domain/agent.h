#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace recdesk {

// A platform agent (AgentManagerAgent), the fields Recdesk shows.
struct Agent
{
    QUuid id;
    QString username;
    QString name; // one display name; may be empty
    QString detail;
    QString status; // available, away, busy, offline, ringing (kept as sent)
    Timestamp created;

    // The name for people: the display name, else the username.
    QString displayName() const { return name.trimmed().isEmpty() ? username : name.trimmed(); }
    // The analytics form wants a first and a last name; the platform has one name. The rule
    // (docs/DECISIONS.md): the first word is the first name and the rest the last name
    // ("Ana María López" gives "Ana" / "María López"); one word is a first name alone; an empty
    // name gives two empty strings (the username still fills AgentCode).
    QString firstName() const;
    QString lastName() const;

    static Agent fromJson(const QJsonObject &object, DecodeProblems *problems);
};

} // namespace recdesk
