#include "analyticsmetadata.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace recdesk {

QString fileExtension(const QString &fileName)
{
    const qsizetype slash =
        qMax(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= slash + 1) // no dot in the last segment, or a hidden file like ".wav"
        return QString();
    return fileName.mid(dot).toLower();
}

QString uploadTypeForFileName(const QString &fileName)
{
    static const QStringList audio = {QStringLiteral(".wav"),  QStringLiteral(".mp3"),
                                      QStringLiteral(".mp4"),  QStringLiteral(".ogg"),
                                      QStringLiteral(".opus"), QStringLiteral(".m4a")};
    static const QStringList chat = {QStringLiteral(".tar"), QStringLiteral(".zip")};
    const QString ext = fileExtension(fileName);
    if (audio.contains(ext))
        return QStringLiteral("Audio");
    if (chat.contains(ext))
        return QStringLiteral("Chat");
    return QString();
}

QJsonObject AnalyticsMetadata::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("FileName", fileName);
    put("UploadType", uploadType);
    put("CallDirection", callDirection);
    put("Name", name);
    put("Phone", phone);
    put("Email", email);
    put("AgentFirstName", agentFirstName);
    put("AgentLastName", agentLastName);
    put("AgentCode", agentCode);
    put("InteractionDate", interactionDate);
    if (!extendedValues.isEmpty()) {
        QJsonObject ext;
        for (const auto &kv : extendedValues)
            ext.insert(kv.first, kv.second);
        o.insert(QLatin1String("ExtendedMetadataValues"), ext);
    }
    put("HierarchyId", hierarchyId);
    put("HierarchyCode", hierarchyCode);
    if (applyHierarchyToAgent)
        o.insert(QLatin1String("ApplyHierarchyToAgent"), *applyHierarchyToAgent);
    o.insert(QLatin1String("LocaleId"), effectiveLocaleId());
    put("ClientCallId", clientCallId);
    return o;
}

QByteArray AnalyticsMetadata::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

static void readStringMap(const QJsonObject &map, const QString &where, DecodeProblems *problems,
                          QList<QPair<QString, QString>> *out)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            problems->add(QStringLiteral("metadata: %1 value of \"%2\" should be a string but is %3")
                              .arg(where, it.key(), jsonTypeName(it.value())));
            continue;
        }
        out->append({it.key(), it.value().toString()});
    }
}

AnalyticsMetadata AnalyticsMetadata::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    JsonReader r(object, QStringLiteral("metadata"), problems);
    AnalyticsMetadata m;
    m.fileName = r.string(QLatin1String("FileName"));
    m.uploadType = r.string(QLatin1String("UploadType"));
    m.callDirection = r.string(QLatin1String("CallDirection"));
    m.name = r.string(QLatin1String("Name"));
    m.phone = r.string(QLatin1String("Phone"));
    m.email = r.string(QLatin1String("Email"));
    m.agentFirstName = r.string(QLatin1String("AgentFirstName"));
    m.agentLastName = r.string(QLatin1String("AgentLastName"));
    m.agentCode = r.string(QLatin1String("AgentCode"));
    m.interactionDate = r.string(QLatin1String("InteractionDate"));
    m.hierarchyId = r.string(QLatin1String("HierarchyId"));
    m.hierarchyCode = r.string(QLatin1String("HierarchyCode"));
    m.clientCallId = r.string(QLatin1String("ClientCallId"));
    if (r.has(QLatin1String("ApplyHierarchyToAgent")))
        m.applyHierarchyToAgent = r.boolean(QLatin1String("ApplyHierarchyToAgent"));
    if (const auto locale = r.optionalInteger(QLatin1String("LocaleId")))
        m.localeId = static_cast<int>(std::clamp<std::int64_t>(*locale, -1, std::int64_t(1) << 30));

    const QJsonValue values = object.value(QLatin1String("ExtendedMetadataValues"));
    if (values.isObject())
        readStringMap(values.toObject(), QStringLiteral("ExtendedMetadataValues"), problems,
                      &m.extendedValues);
    else if (!values.isUndefined() && !values.isNull())
        r.report(QLatin1String("ExtendedMetadataValues"),
                 QStringLiteral("should be an object of text values but is %1").arg(jsonTypeName(values)));

    const QJsonValue legacy = object.value(QLatin1String("ExtendedMetadata"));
    if (legacy.isArray()) {
        const QJsonArray maps = legacy.toArray();
        for (const QJsonValue &map : maps) {
            if (map.isObject())
                readStringMap(map.toObject(), QStringLiteral("ExtendedMetadata"), problems,
                              &m.extendedValues);
            else
                r.report(QLatin1String("ExtendedMetadata"), QStringLiteral("should hold only objects"));
        }
    } else if (!legacy.isUndefined() && !legacy.isNull()) {
        r.report(QLatin1String("ExtendedMetadata"),
                 QStringLiteral("should be a list of objects but is %1").arg(jsonTypeName(legacy)));
    }
    return m;
}

} // namespace recdesk
