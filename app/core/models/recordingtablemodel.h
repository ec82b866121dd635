#pragma once

#include "domain/recording.h"
#include "pagedrowmodel.h"

#include <QMetaType>

namespace recdesk {

// The platform's recordings (GET /recordings), page by page from a PageSource. Sort and filter
// through RecordingFilterProxy.
class RecordingTableModel : public PagedRowModel<Recording>
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        EndedColumn,
        DurationColumn,
        StatusColumn,
        ReferenceTypeColumn,
        OwnerColumn,
        FormatColumn,
        CreatedColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RecordingTableModel(PageSource *source, QObject *parent = nullptr);

    const Recording &recordingAt(int row) const { return itemAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorting without QVariants (RecordingFilterProxy): <0, 0, >0 as a before, equal to, after b
    // in ascending order. Values that are not there (a time that has not happened, an unknown
    // duration) are "missing": the proxy puts them last in either order.
    static int compare(const Recording &a, const Recording &b, int column);
    static bool isMissing(const Recording &recording, int column);

protected:
    QString listName() const override;
    bool scanPage(const QByteArray &json, Page<Recording> *page) const override;
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::Recording)
