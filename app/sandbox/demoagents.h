#pragma once

#include "store.h"

#include <QList>
#include <QString>

namespace recdesk::sandbox {

// The demo customer's agents: who owns the seeded recordings and sits on one end of their calls.
// Twelve, fixed (ids, names, addresses), placed in time relative to nowUsec. Among them the two
// accounts' own agents (DemoIdentity::adminAgentId and agentId), the two agents that data folders
// seeded before there were agents name as owners, one whose name is empty and one deleted since
// (not listed, 404, though some recordings still name it as their owner).
QList<AgentRow> demoAgents(qint64 nowUsec);

QString namelessDemoAgentId();
QString deletedDemoAgentId();

} // namespace recdesk::sandbox
