#include "filetablemodel.h"

#include "domain/safetext.h"
#include "rowcompare.h"
#include "util/displayformat.h"

namespace recdesk {
using rowcompare::compareUuid;
using rowcompare::threeWay;

FileTableModel::FileTableModel(PageSource *source, QObject *parent)
    : PagedRowModel<PlatformFile>(source, parent)
{}

int FileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FileTableModel::displayName(const PlatformFile &file)
{
    return file.name.isEmpty() ? file.filename : file.name;
}

QVariant FileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PlatformFile &f = fileAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        // Names come from the server: shown without control or bidi characters (safeText).
        case NameColumn:
            return safeText(displayName(f));
        case FileNameColumn:
            return safeText(f.filename);
        case SizeColumn:
            return DisplayFormat::size(f.filesize);
        case ReferenceColumn:
            return recdesk::displayName(f.referenceType);
        case OwnerColumn:
            return DisplayFormat::id(f.ownerId);
        case CreatedColumn:
            return f.created.toDisplayString();
        case ExpiresColumn:
            return f.downloadExpires.toDisplayString();
        case IdColumn:
            return DisplayFormat::id(f.id);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !f.detail.isEmpty())
            return safeText(f.detail, true);
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(f);
        case FileNameColumn:
            return f.filename;
        case SizeColumn:
            return qint64(f.filesize);
        case ReferenceColumn:
            return static_cast<int>(f.referenceType);
        case OwnerColumn:
            return DisplayFormat::id(f.ownerId);
        case CreatedColumn:
            return qint64(f.created.microseconds());
        case ExpiresColumn:
            return qint64(f.downloadExpires.microseconds());
        case IdColumn:
            return DisplayFormat::id(f.id);
        }
        break;
    case IdRole:
        return f.id;
    case ItemRole:
        return QVariant::fromValue(f);
    default:
        break;
    }
    return QVariant();
}

QVariant FileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FileNameColumn:
        return tr("File name");
    case SizeColumn:
        return tr("Size");
    case ReferenceColumn:
        return tr("Reference");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Link expires");
    case IdColumn:
        return tr("ID");
    }
    return QVariant();
}

bool FileTableModel::isMissing(const PlatformFile &file, int column)
{
    switch (column) {
    case NameColumn:
        return displayName(file).isEmpty();
    case FileNameColumn:
        return file.filename.isEmpty();
    case OwnerColumn:
        return file.ownerId.isNull();
    case CreatedColumn:
        return !file.created.hasHappened();
    case ExpiresColumn:
        return !file.downloadExpires.hasHappened();
    }
    return false;
}

int FileTableModel::compare(const PlatformFile &a, const PlatformFile &b, int column)
{
    switch (column) {
    case NameColumn:
        return displayName(a).compare(displayName(b), Qt::CaseInsensitive);
    case FileNameColumn:
        return a.filename.compare(b.filename, Qt::CaseInsensitive);
    case SizeColumn:
        return threeWay(a.filesize, b.filesize);
    case ReferenceColumn:
        return threeWay(static_cast<int>(a.referenceType), static_cast<int>(b.referenceType));
    case OwnerColumn:
        return compareUuid(a.ownerId, b.ownerId);
    case CreatedColumn:
        return threeWay(a.created, b.created);
    case ExpiresColumn:
        return threeWay(a.downloadExpires, b.downloadExpires);
    case IdColumn:
        return compareUuid(a.id, b.id);
    }
    return 0;
}

QString FileTableModel::listName() const
{
    return QStringLiteral("files page");
}

} // namespace recdesk
