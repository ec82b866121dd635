#pragma once

#include <QByteArray>
#include <QString>

namespace recdesk {

// The platform's error envelope: {"error": {"status", "reason", "message", "request_id"}}.
// Some errors (login, older servers) have an empty body; then only the HTTP status is known.
struct PlatformError
{
    QString status;    // e.g. NOT_FOUND
    QString reason;    // e.g. FILE_NOT_FOUND
    QString message;   // server's sentence (for people, but English)
    QString requestId; // from the body, else from the X-Request-Id header

    bool isEmpty() const { return status.isEmpty() && reason.isEmpty() && message.isEmpty(); }
    // Decodes the body if it is the envelope; anything else (empty, HTML, other JSON) gives an
    // empty error, never a failure. headerRequestId is used when the body has none.
    static PlatformError fromBody(const QByteArray &body, const QString &headerRequestId = QString());
    // The HTTP status the contract pairs with each status name, or 0 if unknown.
    static int httpStatusFor(const QString &statusName);
};

} // namespace recdesk
