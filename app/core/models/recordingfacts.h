#pragma once

#include "domain/analyticsmetadata.h"
#include "domain/callenums.h"
#include "domain/recording.h"
#include "review/reviewsubject.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace recdesk {

class RecordingContextSource;

// Who and what a recording is about, flattened from its call or conference and its agent as far
// as they are known: what recdeskctl prints and what pre-fills the analytics form.
struct RecordingFacts
{
    QUuid agentId;
    bool agentKnown = false;
    QString agentName;
    QString agentFirstName; // Agent::firstName/lastName: the rule in docs/DECISIONS.md
    QString agentLastName;
    QString agentUsername;

    QUuid callId; // the call, for reference_type call
    bool callKnown = false;
    CallDirection direction = CallDirection::None;
    HangupReason hangupReason = HangupReason::None;
    HangupBy hangupBy = HangupBy::None;
    QString customerNumber; // Address::number(): empty for an extension (its target is an id)
    QString customerName;
    bool customerIsPhone = false; // a tel address: its number may fill the analytics Phone

    QUuid conferenceId; // for reference_type confbridge
    bool conferenceKnown = false;
    QString conferenceName;

    Timestamp started;

    static RecordingFacts of(const Recording &recording, const RecordingContextSource *context);

    // recdeskctl's --json: "agent" {id, name, username}, "customer" {number, name}, "call" {id,
    // direction, hangup_reason, hangup_by} and, for a conference, "conference" {id, name}. What
    // is not known is null; an enum value the client does not know is "other" (docs/CLI.md).
    void addTo(QJsonObject *json) const;

    // Fills the analytics metadata's empty fields from what is known: CallDirection (incoming →
    // Inbound, outgoing → Outbound), Phone, Name, AgentFirstName/LastName, AgentCode (the
    // username), InteractionDate (the recording's start) and ClientCallId (the call id). Fields
    // the user already set are kept. Returns the names of the fields it filled.
    QStringList prefill(AnalyticsMetadata *metadata) const;

    // The customer as the app's Customer column shows it, for people and spreadsheets: "Ana García
    // (+34600000001)", the number or the name alone when only one is known, or the conference's
    // name; empty while nothing is known.
    QString customerText() const;
    // What a review keeps for its export (docs/REVIEWS.md): the call id, the agent's name as the
    // Agent column shows it (the username when the agent has no name), customerText() and the start.
    ReviewSubject reviewSubject(const QUuid &recordingId) const;
};

} // namespace recdesk
