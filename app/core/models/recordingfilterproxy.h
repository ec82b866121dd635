#pragma once

#include "domain/enums.h"
#include "domain/timestamp.h"

#include <optional>
#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace recdesk {

class RecordingTableModel;

// Sorts a RecordingTableModel (by SortRole order; times that have not happened last in either
// direction) and filters it in the client, since the platform has no server-side filters. Every
// filter is off by default; each setter re-filters only when its value changes.
class RecordingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class DateField { Created, Started };
    Q_ENUM(DateField)

    explicit RecordingFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the id, owner, reference id, status or type words.
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    // Only these statuses; empty: any.
    QList<RecordingStatus> statuses() const;
    void setStatuses(const QList<RecordingStatus> &statuses);
    std::optional<RecordingReferenceType> referenceType() const { return m_referenceType; }
    void setReferenceType(std::optional<RecordingReferenceType> type);
    // A null id: any owner.
    QUuid ownerId() const { return m_ownerId; }
    void setOwnerId(const QUuid &ownerId);
    // Inclusive; an invalid QDateTime leaves that end open. A row whose time has not happened is
    // left out while either end is set.
    void setDateRange(const QDateTime &from, const QDateTime &to, DateField field = DateField::Created);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<RecordingTableModel> m_model;
    QString m_text;
    quint32 m_statusMask = 0; // bit per RecordingStatus; 0: any
    std::optional<RecordingReferenceType> m_referenceType;
    QUuid m_ownerId;
    std::optional<Timestamp> m_from;
    std::optional<Timestamp> m_to;
    DateField m_dateField = DateField::Created;
};

} // namespace recdesk
