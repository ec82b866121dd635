#pragma once

#include "reviewnote.h"
#include "reviewstate.h"
#include "reviewsubject.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recdesk {

class ReviewStore;

// Which reviews an export holds. Every part is optional.
struct ReviewExportFilter
{
    std::optional<ReviewState> state; // only recordings in this state
    QDateTime from;                   // only recordings started at or after this (invalid: open)
    QDateTime until;                  // ... and before this (invalid: open); a recording whose
                                      // start is unknown is left out of a bounded range
};

// One line of an export: a note, or a recording that has a state but no notes.
struct ReviewExportRow
{
    ReviewSubject subject;
    ReviewState state = ReviewState::NotReviewed;
    std::optional<ReviewNote> note;
};

// The reviews of a profile as CSV or JSON for other tools (docs/REVIEWS.md is the format's
// reference; scripts rely on it: columns are only ever added at the end).
class ReviewExport
{
public:
    enum class Format { Csv, Json };

    // recording_id, call_id, agent, customer, start, offset, note, author, state
    static QStringList columns();

    // The rows, ordered by start (unknown last), then recording id, then offset, then note id. On
    // a read error of the store, *error says why (and the rows are what could be read).
    static QList<ReviewExportRow> rows(const ReviewStore &store, const ReviewExportFilter &filter = {},
                                       QString *error = nullptr);

    // RFC 4180: a header row, CRLF line ends, UTF-8 without a byte order mark.
    static QByteArray toCsv(const QList<ReviewExportRow> &rows);
    // {"format": "recdesk-reviews", "version": 1, "profile", "exported", "reviews": [...]};
    // profile: null when it is a null string (demo mode).
    static QByteArray toJson(const QList<ReviewExportRow> &rows, const QString &profile,
                             const QDateTime &exported);
    static QByteArray toBytes(Format format, const QList<ReviewExportRow> &rows, const QString &profile,
                              const QDateTime &exported);

    // A note's offset as the export writes it: seconds with milliseconds, "12.345".
    static QString offsetText(qint64 offsetMs);
    // A time as the export writes it: ISO 8601 in UTC with milliseconds, "2026-11-24T09:15:02.250Z".
    static QString timeText(const QDateTime &time);
};

} // namespace recdesk
