#pragma once

#include "jsonreader.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace recdesk {

// The "metadata" form field of Analytics Upload Media (seed 002). Text fields hold what the
// user typed, unchecked: MetadataValidator says what is wrong with them.
struct AnalyticsMetadata
{
    static constexpr int kEnglish = 1033;
    static constexpr int kSpanish = 2058;

    QString fileName;      // required; may carry sub-folders: top/sub/name.mp3
    QString uploadType;    // required: Audio or Chat
    QString callDirection; // Inbound, Outbound or empty
    QString name;
    QString phone;
    QString email;
    QString agentFirstName;
    QString agentLastName;
    QString agentCode;
    QString interactionDate;                       // ISO 8601, one of the forms the service lists
    QList<QPair<QString, QString>> extendedValues; // ExtendedMetadataValues, in the user's order
    QString hierarchyId;
    QString hierarchyCode;
    std::optional<bool> applyHierarchyToAgent;
    std::optional<int> localeId; // 1033 when not given
    QString clientCallId;

    int effectiveLocaleId() const { return localeId.value_or(kEnglish); }

    // The JSON the service expects; empty optional fields are left out.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Reads a metadata object (e.g. recdeskctl --metadata meta.json). Wrong types are reported;
    // the deprecated ExtendedMetadata array is merged into extendedValues.
    static AnalyticsMetadata fromJson(const QJsonObject &object, DecodeProblems *problems);
};

// Upload type from a file name's extension: "Audio", "Chat", or empty if neither allows it.
QString uploadTypeForFileName(const QString &fileName);
// Lower-case extension with its dot (".wav"), or empty.
QString fileExtension(const QString &fileName);

} // namespace recdesk
