#pragma once

#include "domain/analyticsmetadata.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace recdesk {

// Where an upload goes; one file may go to several.
enum class UploadDestination {
    PlatformFiles = 0x1,
    Analytics = 0x2,
    Assistant = 0x4,
};
Q_DECLARE_FLAGS(UploadDestinations, UploadDestination)
Q_DECLARE_OPERATORS_FOR_FLAGS(UploadDestinations)

// One file of a batch: a local file, or a platform recording the analytics service fetches
// itself by its signed URL ("Send to analytics"). metadata.fileName is the per-file name.
struct UploadItem
{
    QString localPath;
    QUrl signedUrl;    // shown while the form is open; the queue asks for a fresh one when it runs
    QUuid recordingId; // set when the item is a platform recording
    qint64 size = -1;
    AnalyticsMetadata metadata; // for the analytics service
    // For the platform's files: the name shown there (empty: the file's own name) and a detail.
    QString platformName;
    QString platformDetail;
};

// What the upload form (or `recdeskctl upload`) asks for; Workspace::enqueueUploads fans it out.
struct UploadBatch
{
    UploadDestinations destinations;
    QList<UploadItem> items;
};

} // namespace recdesk
