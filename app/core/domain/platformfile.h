#pragma once

#include "enums.h"
#include "jsonreader.h"
#include "timestamp.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace recdesk {

// A platform File (seed 000; live extras owner_type and type). Decoded into compact fields:
// no QJsonObject is kept, ids are 16-byte QUuids.
struct PlatformFile
{
    QUuid id;
    QUuid customerId;
    QUuid ownerId;     // null when the file has no owner
    QUuid referenceId; // null when reference type is None
    QString name;
    QString detail;
    QString filename;
    QString downloadUrl; // uri_download: a signed URL, empty when signing is not configured
    std::int64_t filesize = 0;
    Timestamp downloadExpires; // tm_download_expire
    Timestamp created;
    Timestamp updated;
    Timestamp deleted;
    FileReferenceType referenceType = FileReferenceType::None;
    OwnerType ownerType = OwnerType::None;
    FileType type = FileType::None;

    bool isDeleted() const { return deleted.hasHappened(); }
    // The download URL is usable now, with a safety margin for slow starts.
    bool downloadUrlIsFresh(Timestamp now, std::int64_t marginSeconds = 30) const;

    static PlatformFile fromJson(const QJsonObject &object, DecodeProblems *problems);
    // The documented wire form (used by tests and by `recdeskctl --json`).
    QJsonObject toJson() const;
};

} // namespace recdesk
