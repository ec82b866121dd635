#pragma once

#include "store.h"

#include <QJsonObject>

namespace recdesk::sandbox {

// Calls, conferences and agents as the platform writes them (API.md "Calls, conferences and
// agents"; schemas CallManagerCall, ConferenceManagerConference, AgentManagerAgent, CommonAddress).
// Documented form: every key, times in the documented form with the 9999 sentinel for "has not
// happened". Live form: as the recordings are written there — RFC 3339, and keys left out when
// empty (empty strings, unset UUIDs, empty lists, zero numbers, unset times; `id` and
// `customer_id` are always there); an agent's unset times are null instead, which the contract
// allows as well.
class CallJson
{
public:
    explicit CallJson(bool live)
        : m_live(live)
    {}

    QJsonObject call(const CallRow &row) const;
    QJsonObject conference(const ConferenceRow &row) const;
    QJsonObject agent(const AgentRow &row) const;
    QJsonObject address(const Address &address) const;

private:
    bool m_live;
};

} // namespace recdesk::sandbox
