#include "tokens.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace recdesk::sandbox {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray &key, const QByteArray &signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256).toBase64(kB64);
}

} // namespace

QString issueJwt(const QByteArray &key, QJsonObject payload, qint64 lifetimeSec, qint64 nowSecs)
{
    payload.insert(QStringLiteral("iat"), nowSecs);
    payload.insert(QStringLiteral("exp"), nowSecs + lifetimeSec);
    const QByteArray header = QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}").toBase64(kB64);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray input = header + '.' + body;
    return QString::fromLatin1(input + '.' + sign(key, input));
}

TokenCheck verifyJwt(const QByteArray &key, const QString &token, qint64 nowSecs, QJsonObject *payload)
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return TokenCheck::Malformed;
    const QByteArray input = parts[0] + '.' + parts[1];
    if (!constantTimeEquals(sign(key, input), parts[2]))
        return TokenCheck::BadSignature;
    const auto decoded = QByteArray::fromBase64Encoding(parts[1], kB64);
    if (!decoded)
        return TokenCheck::Malformed;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return TokenCheck::Malformed;
    const QJsonObject obj = doc.object();
    if (obj.value(QStringLiteral("exp")).toDouble() <= double(nowSecs))
        return TokenCheck::Expired;
    if (payload)
        *payload = obj;
    return TokenCheck::Valid;
}

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace recdesk::sandbox
