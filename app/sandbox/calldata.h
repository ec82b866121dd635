#pragma once

#include <QString>

namespace recdesk::sandbox {

class Store;

// Gives the store's recordings what they refer to: the demo agents (demoagents.h), a call for
// every recording with reference_type "call" and a conference for every "confbridge" one that has
// none yet, plus now and then an earlier missed call of the same customer (no recording). Each
// recording's call or conference is derived from the recording alone (its id seeds the choices),
// so a fresh folder and one seeded before calls existed get the same ones. Recordings are read
// one at a time: memory stays flat for 100,000s of them. Runs inside the caller's transaction.
bool addCallData(Store &store, qint64 nowUsec, QString *error);

} // namespace recdesk::sandbox
