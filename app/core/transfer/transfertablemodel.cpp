#include "transfertablemodel.h"

#include "transferqueue.h"
#include "util/displayformat.h"

#include <QFileInfo>
#include <QLocale>

namespace recdesk {

TransferTableModel::TransferTableModel(TransferQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(queue, &TransferQueue::itemAboutToBeAdded, this,
            [this](int row) { beginInsertRows(QModelIndex(), row, row); });
    connect(queue, &TransferQueue::itemAdded, this, [this] { endInsertRows(); });
    connect(queue, &TransferQueue::itemAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(queue, &TransferQueue::itemRemoved, this, [this] { endRemoveRows(); });
    connect(queue, &TransferQueue::itemChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int TransferTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_queue ? 0 : m_queue->count();
}

int TransferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_queue)
        return QVariant();
    const TransferItem &item = m_queue->at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case ProgressRole:
        return item.progressPercent();
    case BytesDoneRole:
        return item.bytesDone;
    case BytesTotalRole:
        return item.bytesTotal;
    case ErrorDetailsRole:
        return item.errorDetails;
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn ? QVariant(item.errorDetails) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= ProgressColumn && index.column() <= TimeLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    const bool running = item.state == TransferItem::State::Running;
    switch (index.column()) {
    case NameColumn:
        // Once a download has chosen its file, its name says more than a recording's id.
        if (item.direction == TransferItem::Direction::Download && !item.targetPath.isEmpty())
            return QFileInfo(item.targetPath).fileName();
        return item.name;
    case DirectionColumn:
        return TransferItem::directionName(item.direction);
    case DestinationColumn:
        if (item.direction == TransferItem::Direction::Download)
            return item.targetPath.isEmpty() ? item.folder : item.targetPath;
        return TransferItem::destinationName(item.destination);
    case StateColumn:
        return TransferItem::stateName(item.state);
    case ProgressColumn:
        return tr("%1%").arg(item.progressPercent());
    case BytesColumn:
        if (item.bytesTotal >= 0)
            return tr("%1 of %2")
                .arg(DisplayFormat::size(item.bytesDone), DisplayFormat::size(item.bytesTotal));
        return DisplayFormat::size(item.bytesDone);
    case SpeedColumn:
        return running && item.bytesPerSecond > 0
                   ? tr("%1/s").arg(DisplayFormat::size(qint64(item.bytesPerSecond)))
                   : QString();
    case TimeLeftColumn:
        return running ? DisplayFormat::timeLeft(item.secondsLeft) : QString();
    case ErrorColumn:
        return item.error;
    default:
        return QVariant();
    }
}

QVariant TransferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case DestinationColumn:
        return tr("Destination");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case BytesColumn:
        return tr("Bytes");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case ErrorColumn:
        return tr("Error");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TransferTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "transferId");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(BytesDoneRole, "bytesDone");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(ErrorDetailsRole, "errorDetails");
    return names;
}

} // namespace recdesk
