#pragma once

#include "callenums.h"
#include "enums.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace recdesk {

// One end of a call (CommonAddress): a phone number, an agent, a SIP URI...
struct Address
{
    AddressType type = AddressType::None;
    QString target;     // E.164 number for tel, a UUID for agent/conference/extension, a SIP URI
    QString targetName; // the target's own name, when the platform knows it
    QString name;       // the display name given with the address
    QString detail;

    bool isEmpty() const { return target.isEmpty() && name.isEmpty() && targetName.isEmpty(); }
    // What can be dialled or written to: the target of a phone number, SIP URI, line, e-mail...;
    // empty for an agent, conference or extension, whose target is an id, not a number.
    QString number() const;
    bool isPhoneNumber() const { return type == AddressType::Tel; }
    // The best name for people: the address's name, else the target's.
    QString displayName() const { return name.isEmpty() ? targetName : name; }

    static Address fromJson(const QJsonValue &value, const QString &context, DecodeProblems *problems);
};

// A platform call (CallManagerCall), the fields Recdesk uses.
struct Call
{
    QUuid id;
    Address source;
    Address destination;
    CallDirection direction = CallDirection::None;
    QString status; // dialing, ringing, progressing, terminating, canceling, hangup (kept as sent)
    HangupBy hangupBy = HangupBy::None;
    HangupReason hangupReason = HangupReason::None;
    OwnerType ownerType = OwnerType::None;
    QUuid ownerId;
    Timestamp created;
    Timestamp hangup;

    // The customer's end: the source of an incoming call, the destination of an outgoing one.
    // Empty when the direction is not known.
    const Address &customer() const;

    static Call fromJson(const QJsonObject &object, DecodeProblems *problems);
};

} // namespace recdesk
