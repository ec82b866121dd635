#include "call.h"

namespace recdesk {

Address Address::fromJson(const QJsonValue &value, const QString &context, DecodeProblems *problems)
{
    Address a;
    if (value.isNull() || value.isUndefined())
        return a;
    if (!value.isObject()) {
        if (problems)
            problems->add(QStringLiteral("%1: expected an object, got %2").arg(context, jsonTypeName(value)));
        return a;
    }
    const QJsonObject object = value.toObject();
    JsonReader r(object, context, problems);
    a.type = addressTypeFromWire(r.string(QLatin1String("type")));
    a.target = r.string(QLatin1String("target"));
    a.targetName = r.string(QLatin1String("target_name"));
    a.name = r.string(QLatin1String("name"));
    a.detail = r.string(QLatin1String("detail"));
    return a;
}

QString Address::number() const
{
    switch (type) {
    case AddressType::Agent:
    case AddressType::Conference:
    case AddressType::Extension:
        return QString();
    default:
        return target;
    }
}

const Address &Call::customer() const
{
    static const Address none;
    switch (direction) {
    case CallDirection::Incoming:
        return source;
    case CallDirection::Outgoing:
        return destination;
    default:
        return none;
    }
}

Call Call::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    JsonReader r(object, QStringLiteral("call"), problems);
    Call c;
    c.id = r.uuid(QLatin1String("id"));
    if (c.id.isNull())
        r.report(QLatin1String("id"), QStringLiteral("is missing"));
    c.source =
        Address::fromJson(object.value(QLatin1String("source")), QStringLiteral("call source"), problems);
    c.destination = Address::fromJson(object.value(QLatin1String("destination")),
                                      QStringLiteral("call destination"), problems);
    c.direction = callDirectionFromWire(r.string(QLatin1String("direction")));
    c.status = r.string(QLatin1String("status"));
    c.hangupBy = hangupByFromWire(r.string(QLatin1String("hangup_by")));
    c.hangupReason = hangupReasonFromWire(r.string(QLatin1String("hangup_reason")));
    c.ownerType = ownerTypeFromWire(r.string(QLatin1String("owner_type")));
    c.ownerId = r.uuid(QLatin1String("owner_id"));
    c.created = r.timestamp(QLatin1String("tm_create"));
    c.hangup = r.timestamp(QLatin1String("tm_hangup"));
    return c;
}

} // namespace recdesk
