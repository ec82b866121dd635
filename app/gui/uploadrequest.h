#pragma once

#include "domain/analyticsmetadata.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QUrl>

namespace recdesk::gui {

// Where an upload goes; one file may go to several.
enum class UploadDestination {
    PlatformFiles = 0x1,
    Analytics = 0x2,
    Assistant = 0x4,
};
Q_DECLARE_FLAGS(UploadDestinations, UploadDestination)
Q_DECLARE_OPERATORS_FOR_FLAGS(UploadDestinations)

// One file of a batch: a local file, or (for "Send to analytics") a signed URL the analytics
// service fetches itself. metadata.fileName is the per-file name the user chose.
struct UploadItem
{
    QString localPath;
    QUrl signedUrl;
    QString recordingId; // set when the item is a platform recording
    qint64 size = -1;
    AnalyticsMetadata metadata;
};

struct UploadBatch
{
    UploadDestinations destinations;
    QList<UploadItem> items;
};

} // namespace recdesk::gui
