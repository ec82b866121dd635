#pragma once

#include "timestamp.h"

#include <optional>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace recdesk {

// The problems found while decoding one JSON document, each a sentence naming the field.
// Decoders never throw or crash on bad input: they take what they can and report the rest.
struct DecodeProblems
{
    QStringList messages;
    bool isEmpty() const { return messages.isEmpty(); }
    void add(const QString &message) { messages.append(message); }
    QString summary() const { return messages.join(QLatin1Char('\n')); }
};

// Reads typed fields from one JSON object, tolerant of the forms the contract allows
// ("" / null / missing for "not set") and strict about wrong types, which it reports.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString context, DecodeProblems *problems);

    // A string; null or missing gives an empty string. Other types are reported.
    QString string(QLatin1String key) const;
    // A nullable string: nullopt for null or missing.
    std::optional<QString> optionalString(QLatin1String key) const;
    // A UUID; "", null, missing and the unset UUID give a null QUuid. A malformed UUID is reported.
    QUuid uuid(QLatin1String key) const;
    // A whole number of bytes/seconds; accepts a JSON number or a numeric string.
    std::int64_t integer(QLatin1String key, std::int64_t fallback = 0) const;
    std::optional<std::int64_t> optionalInteger(QLatin1String key) const;
    bool boolean(QLatin1String key, bool fallback = false) const;
    // Both timestamp forms, "", null, missing and the 9999 sentinel ("not happened").
    Timestamp timestamp(QLatin1String key) const;

    bool has(QLatin1String key) const;
    void report(QLatin1String key, const QString &what) const;

private:
    const QJsonObject &m_object;
    QString m_context;
    DecodeProblems *m_problems;
};

// Parses a document that must be a JSON object. Sets a clear problem and returns an empty object
// when it is not (bad syntax, an array, a scalar).
QJsonObject parseJsonObject(const QByteArray &bytes, const QString &what, DecodeProblems *problems);

QString jsonTypeName(const QJsonValue &value);
// The wire form of an id: lower-case without braces; a null id is the unset UUID.
QString uuidToWire(const QUuid &id);

} // namespace recdesk
