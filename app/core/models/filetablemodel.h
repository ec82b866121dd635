#pragma once

#include "domain/platformfile.h"
#include "pagedrowmodel.h"

#include <QMetaType>

namespace recdesk {

// The platform's files (GET /files or its live twins), page by page from a PageSource. Sort and
// filter through FileFilterProxy.
class FileTableModel : public PagedRowModel<PlatformFile>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,     // name, else the file name
        FileNameColumn, // filename
        SizeColumn,     // humanised; SortRole gives bytes
        ReferenceColumn,
        OwnerColumn,
        CreatedColumn,
        ExpiresColumn, // when the download link expires
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FileTableModel(PageSource *source, QObject *parent = nullptr);

    const PlatformFile &fileAt(int row) const { return itemAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the name column shows: the name, else the file name.
    static QString displayName(const PlatformFile &file);
    // See RecordingTableModel::compare / isMissing.
    static int compare(const PlatformFile &a, const PlatformFile &b, int column);
    static bool isMissing(const PlatformFile &file, int column);

protected:
    QString listName() const override;
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::PlatformFile)
