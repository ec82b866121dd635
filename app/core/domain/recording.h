#pragma once

#include "enums.h"
#include "jsonreader.h"
#include "timestamp.h"

#include <QJsonObject>
#include <QUuid>

namespace recdesk {

// A platform Recording (seed 001). Fixed size, no strings and no QJsonObject: a table of
// 100,000 recordings stays near 200 bytes a row.
struct Recording
{
    QUuid id;
    QUuid customerId;
    QUuid ownerId;
    QUuid activeflowId;
    QUuid referenceId; // the call or conference
    QUuid onEndFlowId;
    Timestamp started; // tm_start
    Timestamp ended;   // tm_end
    Timestamp created;
    Timestamp updated;
    Timestamp deleted;
    RecordingReferenceType referenceType = RecordingReferenceType::Unknown;
    RecordingStatus status = RecordingStatus::Unknown;
    RecordingFormat format = RecordingFormat::Wav;
    OwnerType ownerType = OwnerType::None;

    // Only ended recordings have audio that can be played or downloaded.
    bool isPlayable() const { return status == RecordingStatus::Ended; }
    // Milliseconds between start and end, or -1 when either has not happened.
    std::int64_t durationMs() const;

    static Recording fromJson(const QJsonObject &object, DecodeProblems *problems);
    QJsonObject toJson() const;
};

} // namespace recdesk
