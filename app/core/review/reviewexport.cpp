#include "reviewexport.h"

#include "reviewstore.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace recdesk {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool inFilter(const ReviewSubject &subject, ReviewState state, const ReviewExportFilter &filter)
{
    if (filter.state && *filter.state != state)
        return false;
    if ((filter.from.isValid() || filter.until.isValid()) && !subject.start.isValid())
        return false;
    if (filter.from.isValid() && subject.start < filter.from)
        return false;
    return !filter.until.isValid() || subject.start < filter.until;
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection: a note or an
// agent's name such as "=HYPERLINK(...)" would become a live link or worse when the file is
// opened). A leading apostrophe makes the cell text there; the export's JSON stays exact.
QString guardFormula(const QString &cell)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && kFormulaStarts.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &value)
{
    const QString cell = guardFormula(value);
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    if (std::none_of(cell.begin(), cell.end(), [](QChar c) { return kSpecial.contains(c); }))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QStringList ReviewExport::columns()
{
    return {QStringLiteral("recording_id"), QStringLiteral("call_id"), QStringLiteral("agent"),
            QStringLiteral("customer"),     QStringLiteral("start"),   QStringLiteral("offset"),
            QStringLiteral("note"),         QStringLiteral("author"),  QStringLiteral("state")};
}

QString ReviewExport::offsetText(qint64 offsetMs)
{
    // Integer arithmetic, not a double: 12.345 stays exactly "12.345".
    return QStringLiteral("%1.%2").arg(offsetMs / 1000).arg(offsetMs % 1000, 3, 10, QLatin1Char('0'));
}

QString ReviewExport::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QList<ReviewExportRow> ReviewExport::rows(const ReviewStore &store, const ReviewExportFilter &filter,
                                          QString *error)
{
    QList<ReviewExportRow> rows;
    const auto failed = [&store, error] {
        if (store.lastError().isEmpty())
            return false;
        if (error)
            *error = store.lastError();
        return true;
    };
    const QHash<QUuid, ReviewState> states = store.states();
    if (failed())
        return rows;
    QList<ReviewSubject> subjects = store.subjects();
    if (failed())
        return rows;
    std::sort(subjects.begin(), subjects.end(), [](const ReviewSubject &a, const ReviewSubject &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid(); // unknown starts last
        if (a.start != b.start)
            return a.start < b.start;
        return idText(a.recordingId) < idText(b.recordingId);
    });
    for (const ReviewSubject &subject : std::as_const(subjects)) {
        const ReviewState state = states.value(subject.recordingId, ReviewState::NotReviewed);
        if (!inFilter(subject, state, filter))
            continue;
        const QList<ReviewNote> notes = store.notes(subject.recordingId); // by offset, then id
        if (failed())
            return rows;
        for (const ReviewNote &note : notes)
            rows.append({subject, state, note});
        // A recording with a state but no notes still says its state; one with neither (its
        // notes removed, its state set back) has nothing to say.
        if (notes.isEmpty() && state != ReviewState::NotReviewed)
            rows.append({subject, state, std::nullopt});
    }
    return rows;
}

QByteArray ReviewExport::toCsv(const QList<ReviewExportRow> &rows)
{
    QByteArray bytes;
    QTextStream out(&bytes); // UTF-8, and no byte order mark unless asked for
    const QString lineEnd = QStringLiteral("\r\n");
    out << columns().join(QLatin1Char(',')) << lineEnd;
    for (const ReviewExportRow &row : rows) {
        const ReviewSubject &s = row.subject;
        const QStringList cells = {idText(s.recordingId),
                                   s.callId,
                                   s.agent,
                                   s.customer,
                                   timeText(s.start),
                                   row.note ? offsetText(row.note->offsetMs) : QString(),
                                   row.note ? row.note->text : QString(),
                                   row.note ? row.note->author : QString(),
                                   reviewStateKey(row.state)};
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(csvField(cell));
        out << fields.join(QLatin1Char(',')) << lineEnd;
    }
    out.flush();
    return bytes;
}

QByteArray ReviewExport::toJson(const QList<ReviewExportRow> &rows, const QString &profile,
                                const QDateTime &exported)
{
    QJsonArray reviews;
    for (const ReviewExportRow &row : rows) {
        const ReviewSubject &s = row.subject;
        const QJsonValue none(QJsonValue::Null);
        // The CSV's columns by name (QJsonObject writes its keys in alphabetical order).
        reviews.append(QJsonObject{
            {QStringLiteral("recording_id"), idText(s.recordingId)},
            {QStringLiteral("call_id"), textOrNull(s.callId)},
            {QStringLiteral("agent"), textOrNull(s.agent)},
            {QStringLiteral("customer"), textOrNull(s.customer)},
            {QStringLiteral("start"), textOrNull(timeText(s.start))},
            {QStringLiteral("offset"), row.note ? QJsonValue(double(row.note->offsetMs) / 1000.0) : none},
            {QStringLiteral("note"), row.note ? QJsonValue(row.note->text) : none},
            {QStringLiteral("author"), row.note ? textOrNull(row.note->author) : none},
            {QStringLiteral("state"), reviewStateKey(row.state)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("recdesk-reviews")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("profile"), profile.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile)},
        {QStringLiteral("exported"), timeText(exported)},
        {QStringLiteral("reviews"), reviews},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ReviewExport::toBytes(Format format, const QList<ReviewExportRow> &rows, const QString &profile,
                                 const QDateTime &exported)
{
    return format == Format::Json ? toJson(rows, profile, exported) : toCsv(rows);
}

} // namespace recdesk
