#pragma once

#include "analyticsmetadata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace recdesk {

// One problem with one field, as a sentence saying what is wrong and what to do.
struct MetadataProblem
{
    QString field; // the JSON key, e.g. "LocaleId"; the UI maps it to its widget
    QString message;
};

// The service's rules for Upload Media metadata, checked before anything is sent so that the
// user sees every problem at once, next to the field.
class MetadataValidator
{
    Q_DECLARE_TR_FUNCTIONS(MetadataValidator)
public:
    static constexpr std::int64_t kMaxUploadBytes = 2'500'000'000LL; // "At most 2.5 GB"

    // uploadFileName: the local file being sent (empty when sending a signedUrl).
    // uploadSize: its size in bytes, or -1 when unknown.
    static QList<MetadataProblem> validate(const AnalyticsMetadata &metadata,
                                           const QString &uploadFileName = QString(),
                                           std::int64_t uploadSize = -1);
    static bool isInteractionDate(const QString &text);
    static bool isPlausibleEmail(const QString &text);
    static bool isPlausiblePhone(const QString &text);
};

} // namespace recdesk
