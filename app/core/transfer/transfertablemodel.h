#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace recdesk {

class TransferQueue;

// The transfer queue as a table: one row per item, in queue order.
class TransferTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DirectionColumn,
        DestinationColumn,
        StateColumn,
        ProgressColumn,
        BytesColumn,
        SpeedColumn,
        TimeLeftColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        StateRole,                 // int(TransferItem::State)
        ProgressRole,              // 0..100
        BytesDoneRole,
        BytesTotalRole,
        ErrorDetailsRole
    };

    explicit TransferTableModel(TransferQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<TransferQueue> m_queue;
};

} // namespace recdesk
