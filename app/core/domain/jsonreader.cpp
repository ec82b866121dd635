#include "jsonreader.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace recdesk {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString uuidToWire(const QUuid &id)
{
    return id.isNull() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                       : id.toString(QUuid::WithoutBraces);
}

JsonReader::JsonReader(const QJsonObject &object, QString context, DecodeProblems *problems)
    : m_object(object)
    , m_context(std::move(context))
    , m_problems(problems)
{}

bool JsonReader::has(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::report(QLatin1String key, const QString &what) const
{
    if (m_problems)
        m_problems->add(QStringLiteral("%1: field \"%2\" %3").arg(m_context, key, what));
}

QString JsonReader::string(QLatin1String key) const
{
    return optionalString(key).value_or(QString());
}

std::optional<QString> JsonReader::optionalString(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        report(key, QStringLiteral("should be a string but is %1").arg(jsonTypeName(v)));
        return std::nullopt;
    }
    return v.toString();
}

QUuid JsonReader::uuid(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return QUuid();
    if (!v.isString()) {
        report(key, QStringLiteral("should be a UUID string but is %1").arg(jsonTypeName(v)));
        return QUuid();
    }
    const QString s = v.toString();
    if (s.isEmpty())
        return QUuid();
    const QUuid id = QUuid::fromString(QStringView(s));
    if (id.isNull() && s != QLatin1String("00000000-0000-0000-0000-000000000000"))
        report(key, QStringLiteral("is not a valid UUID (%1)").arg(s.left(60)));
    return id;
}

std::optional<std::int64_t> JsonReader::optionalInteger(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // 2^53: beyond this a double no longer holds every integer exactly.
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
            report(key, QStringLiteral("should be a whole number"));
            return std::nullopt;
        }
        return static_cast<std::int64_t>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qlonglong n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    report(key, QStringLiteral("should be a whole number but is %1").arg(jsonTypeName(v)));
    return std::nullopt;
}

std::int64_t JsonReader::integer(QLatin1String key, std::int64_t fallback) const
{
    return optionalInteger(key).value_or(fallback);
}

bool JsonReader::boolean(QLatin1String key, bool fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    report(key, QStringLiteral("should be true or false but is %1").arg(jsonTypeName(v)));
    return fallback;
}

Timestamp JsonReader::timestamp(QLatin1String key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return Timestamp();
    if (!v.isString()) {
        report(key, QStringLiteral("should be a timestamp string but is %1").arg(jsonTypeName(v)));
        return Timestamp();
    }
    const QString s = v.toString();
    Timestamp t;
    if (Timestamp::parse(s, &t) == Timestamp::ParseResult::Invalid)
        report(key, QStringLiteral("is not a timestamp the platform uses (%1)").arg(s.left(40)));
    return t;
}

QJsonObject parseJsonObject(const QByteArray &bytes, const QString &what, DecodeProblems *problems)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->add(QStringLiteral("%1 is not valid JSON (%2 at byte %3)")
                          .arg(what, error.errorString())
                          .arg(error.offset));
        return {};
    }
    if (!doc.isObject()) {
        problems->add(QStringLiteral("%1 should be a JSON object").arg(what));
        return {};
    }
    return doc.object();
}

} // namespace recdesk
