#pragma once

#include "sandboxhost.h"

#include <QJsonObject>
#include <QString>

namespace recdesk::sandbox {

// The fault knobs: set at start (SandboxOptions) and changed at run time through
// POST /_sandbox/faults (see docs/SANDBOX.md).
struct Faults
{
    int latencyMs = 0;
    qint64 dropAfterBytes = -1;
    int signedUrlLifetimeSec = 24 * 3600;
    int platformTokenLifetimeSec = 7 * 24 * 3600;
    int analyticsTokenLifetimeSec = 3600;
    bool liveVariant = false;
    bool signingDisabled = false;  // platform: 503 SIGNING_NOT_CONFIGURED, uri_download ""
    bool assistantMinimal = false; // assistant: answer like older servers (nothing after created_at)
    QString pageTokens;            // "" | "repeat" | "forward": list cursors that never end a listing
    QString signedUrlMode;         // "" | "redirectLoop" | "redirectFile" | "ignoreRange" | "newEtag"
    QString answerMode;            // "" | "trickleHeaders" | "endlessBody": answers under answerPaths
    QString answerPaths;           // path prefix for answerMode ("" = every path but the admin routes)
    QString listShape; // "" | "truncated" | "resultObject" | "badRows" | "escapes": broken list pages
    // failNext: the next failCount requests whose path starts with failPaths get failStatus.
    int failStatus = 0;
    int failCount = 0;
    int failRetryAfter = 1;
    QString failPaths;

    static Faults fromOptions(const SandboxOptions &options);
    QJsonObject toJson() const;
    // Applies any subset of the keys; false (and *error) when a value has the wrong type or range.
    bool apply(const QJsonObject &changes, QString *error);
    // Consumes one failure when the path matches; returns the status to answer with, or 0.
    int takeFailure(const QString &path);
};

} // namespace recdesk::sandbox
