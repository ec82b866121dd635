#include "recordingtablemodel.h"

#include "recordingpagescanner.h"
#include "rowcompare.h"
#include "util/displayformat.h"

#include <limits>

namespace recdesk {
using rowcompare::compareUuid;
using rowcompare::threeWay;

RecordingTableModel::RecordingTableModel(PageSource *source, QObject *parent)
    : PagedRowModel<Recording>(source, parent)
{}

int RecordingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Recording &r = recordingAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return r.started.toDisplayString();
        case EndedColumn:
            return r.ended.toDisplayString();
        case DurationColumn:
            return DisplayFormat::duration(r.durationMs());
        case StatusColumn:
            return displayName(r.status);
        case ReferenceTypeColumn:
            return displayName(r.referenceType);
        case OwnerColumn:
            return DisplayFormat::id(r.ownerId);
        case FormatColumn:
            return displayName(r.format);
        case CreatedColumn:
            return r.created.toDisplayString();
        case IdColumn:
            return DisplayFormat::id(r.id);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SortRole:
        switch (index.column()) {
        case StartedColumn:
            return qint64(r.started.microseconds());
        case EndedColumn:
            return qint64(r.ended.microseconds());
        case DurationColumn: {
            const std::int64_t ms = r.durationMs();
            return qint64(ms < 0 ? std::numeric_limits<qint64>::max() : ms);
        }
        case StatusColumn:
            return static_cast<int>(r.status);
        case ReferenceTypeColumn:
            return static_cast<int>(r.referenceType);
        case OwnerColumn:
            return DisplayFormat::id(r.ownerId);
        case FormatColumn:
            return static_cast<int>(r.format);
        case CreatedColumn:
            return qint64(r.created.microseconds());
        case IdColumn:
            return DisplayFormat::id(r.id);
        }
        break;
    case IdRole:
        return r.id;
    case ItemRole:
        return QVariant::fromValue(r);
    case StatusRole:
        return static_cast<int>(r.status);
    default:
        break;
    }
    return QVariant();
}

QVariant RecordingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case ReferenceTypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case FormatColumn:
        return tr("Format");
    case CreatedColumn:
        return tr("Created");
    case IdColumn:
        return tr("ID");
    }
    return QVariant();
}

bool RecordingTableModel::isMissing(const Recording &recording, int column)
{
    switch (column) {
    case StartedColumn:
        return !recording.started.hasHappened();
    case EndedColumn:
        return !recording.ended.hasHappened();
    case DurationColumn:
        return recording.durationMs() < 0;
    case CreatedColumn:
        return !recording.created.hasHappened();
    case OwnerColumn:
        return recording.ownerId.isNull();
    }
    return false;
}

int RecordingTableModel::compare(const Recording &a, const Recording &b, int column)
{
    switch (column) {
    case StartedColumn:
        return threeWay(a.started, b.started);
    case EndedColumn:
        return threeWay(a.ended, b.ended);
    case DurationColumn:
        return threeWay(a.durationMs(), b.durationMs());
    case StatusColumn:
        return threeWay(static_cast<int>(a.status), static_cast<int>(b.status));
    case ReferenceTypeColumn:
        return threeWay(static_cast<int>(a.referenceType), static_cast<int>(b.referenceType));
    case OwnerColumn:
        return compareUuid(a.ownerId, b.ownerId);
    case FormatColumn:
        return threeWay(static_cast<int>(a.format), static_cast<int>(b.format));
    case CreatedColumn:
        return threeWay(a.created, b.created);
    case IdColumn:
        return compareUuid(a.id, b.id);
    }
    return 0;
}

QString RecordingTableModel::listName() const
{
    return QStringLiteral("recordings page");
}

bool RecordingTableModel::scanPage(const QByteArray &json, Page<Recording> *page) const
{
    return scanRecordingPage(json, page);
}

} // namespace recdesk
