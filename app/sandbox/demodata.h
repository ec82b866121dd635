#pragma once

#include <QString>

namespace recdesk::sandbox {

class Store;

// Seeds an empty store with demo recordings and files: every status and reference type, spread
// over the last six months, a few deleted ones (never listed) and, among the older recordings, a
// few with the legacy empty tm_delete; then the agents, calls and conferences they refer to
// (calldata.h), in the same transaction. Metadata only: audio is generated on first download.
// Deterministic apart from being placed relative to nowUsec (the sandbox clock's time).
bool seedDemoData(Store &store, qint64 nowUsec, int recordingCount, int fileCount, QString *error);

} // namespace recdesk::sandbox
