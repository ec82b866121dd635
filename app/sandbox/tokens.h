#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace recdesk::sandbox {

// JWT-shaped tokens (HS256) for the platform and the analytics service. The payload carries
// "exp" (Unix seconds); verification checks the signature and the expiry. nowSecs is the
// sandbox clock's time (SandboxClock), not necessarily the wall clock.
QString issueJwt(const QByteArray &key, QJsonObject payload, qint64 lifetimeSec, qint64 nowSecs);
enum class TokenCheck { Valid, Malformed, BadSignature, Expired };
TokenCheck verifyJwt(const QByteArray &key, const QString &token, qint64 nowSecs,
                     QJsonObject *payload = nullptr);

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace recdesk::sandbox
