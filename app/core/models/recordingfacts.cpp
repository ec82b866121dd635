#include "recordingfacts.h"

#include "recordingcontextsource.h"

namespace recdesk {
namespace {
QJsonValue textOrNull(bool known, const QString &text)
{
    return known && !text.isEmpty() ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
}

// The wire name, "other" for a value the client does not know, null when not known at all.
template<typename E> QJsonValue enumOrNull(bool known, E value)
{
    if (!known || value == E::None)
        return QJsonValue::Null;
    return value == E::Other ? QStringLiteral("other") : toWire(value);
}

void fill(AnalyticsMetadata *metadata, QString AnalyticsMetadata::*field, const QString &value,
          const char *name, QStringList *filled)
{
    if (value.isEmpty() || !(metadata->*field).isEmpty())
        return;
    metadata->*field = value;
    filled->append(QLatin1String(name));
}
} // namespace

RecordingFacts RecordingFacts::of(const Recording &recording, const RecordingContextSource *context)
{
    RecordingFacts f;
    f.started = recording.started;
    if (recording.ownerType == OwnerType::Agent)
        f.agentId = recording.ownerId;
    if (recording.referenceType == RecordingReferenceType::Call)
        f.callId = recording.referenceId;
    else if (recording.referenceType == RecordingReferenceType::Confbridge)
        f.conferenceId = recording.referenceId;
    if (!context)
        return f;
    if (const Agent *agent = f.agentId.isNull() ? nullptr : context->agent(f.agentId)) {
        f.agentKnown = true;
        f.agentName = agent->displayName();
        f.agentFirstName = agent->firstName();
        f.agentLastName = agent->lastName();
        f.agentUsername = agent->username;
    }
    if (const Call *call = f.callId.isNull() ? nullptr : context->call(f.callId)) {
        f.callKnown = true;
        f.direction = call->direction;
        f.hangupReason = call->hangupReason;
        f.hangupBy = call->hangupBy;
        f.customerNumber = call->customer().number();
        f.customerIsPhone = call->customer().isPhoneNumber();
        f.customerName = call->customer().displayName();
    }
    if (const Conference *conference =
            f.conferenceId.isNull() ? nullptr : context->conference(f.conferenceId)) {
        f.conferenceKnown = true;
        f.conferenceName = conference->name;
    }
    return f;
}

void RecordingFacts::addTo(QJsonObject *json) const
{
    QJsonObject agent;
    agent.insert(QLatin1String("id"), agentId.isNull() ? QJsonValue::Null : QJsonValue(uuidToWire(agentId)));
    agent.insert(QLatin1String("name"), textOrNull(agentKnown, agentName));
    agent.insert(QLatin1String("username"), textOrNull(agentKnown, agentUsername));
    json->insert(QLatin1String("agent"), agent);

    QJsonObject customer;
    customer.insert(QLatin1String("number"), textOrNull(callKnown, customerNumber));
    customer.insert(QLatin1String("name"), textOrNull(callKnown, customerName));
    json->insert(QLatin1String("customer"), customer);

    if (callId.isNull()) {
        json->insert(QLatin1String("call"), QJsonValue::Null);
    } else {
        QJsonObject call;
        call.insert(QLatin1String("id"), uuidToWire(callId));
        call.insert(QLatin1String("direction"), enumOrNull(callKnown, direction));
        call.insert(QLatin1String("hangup_reason"), enumOrNull(callKnown, hangupReason));
        call.insert(QLatin1String("hangup_by"), enumOrNull(callKnown, hangupBy));
        json->insert(QLatin1String("call"), call);
    }
    if (!conferenceId.isNull()) {
        QJsonObject conference;
        conference.insert(QLatin1String("id"), uuidToWire(conferenceId));
        conference.insert(QLatin1String("name"), textOrNull(conferenceKnown, conferenceName));
        json->insert(QLatin1String("conference"), conference);
    }
}

QStringList RecordingFacts::prefill(AnalyticsMetadata *metadata) const
{
    QStringList filled;
    if (callKnown) {
        const QString direction = this->direction == CallDirection::Incoming   ? QStringLiteral("Inbound")
                                  : this->direction == CallDirection::Outgoing ? QStringLiteral("Outbound")
                                                                               : QString();
        fill(metadata, &AnalyticsMetadata::callDirection, direction, "CallDirection", &filled);
        // Only a phone number is a Phone (a SIP URI is not).
        fill(metadata, &AnalyticsMetadata::phone, customerIsPhone ? customerNumber : QString(), "Phone",
             &filled);
        // A name that is only the number again says nothing more.
        fill(metadata, &AnalyticsMetadata::name, customerName == customerNumber ? QString() : customerName,
             "Name", &filled);
    }
    if (agentKnown) {
        fill(metadata, &AnalyticsMetadata::agentFirstName, agentFirstName, "AgentFirstName", &filled);
        fill(metadata, &AnalyticsMetadata::agentLastName, agentLastName, "AgentLastName", &filled);
        fill(metadata, &AnalyticsMetadata::agentCode, agentUsername, "AgentCode", &filled);
    }
    if (started.hasHappened())
        fill(metadata, &AnalyticsMetadata::interactionDate, started.toRfc3339(), "InteractionDate", &filled);
    if (!callId.isNull())
        fill(metadata, &AnalyticsMetadata::clientCallId, uuidToWire(callId), "ClientCallId", &filled);
    return filled;
}

QString RecordingFacts::customerText() const
{
    if (conferenceKnown)
        return conferenceName;
    if (!callKnown)
        return QString();
    if (customerName.isEmpty() || customerName == customerNumber)
        return customerNumber;
    if (customerNumber.isEmpty())
        return customerName;
    return QStringLiteral("%1 (%2)").arg(customerName, customerNumber);
}

ReviewSubject RecordingFacts::reviewSubject(const QUuid &recordingId) const
{
    ReviewSubject subject;
    subject.recordingId = recordingId;
    subject.callId = callId.isNull() ? QString() : callId.toString(QUuid::WithoutBraces);
    subject.agent = agentKnown ? agentName : QString();
    subject.customer = customerText();
    subject.start = started.toDateTime();
    return subject;
}

} // namespace recdesk
