#pragma once

#include "domain/enums.h"
#include "domain/timestamp.h"

#include <optional>
#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace recdesk {

class FileTableModel;

// Sorts a FileTableModel (by SortRole order: sizes in bytes, times that have not happened last in
// either direction) and filters it in the client. Every filter is off by default; each setter
// re-filters only when its value changes.
class FileFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FileFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the name, file name, detail, id, owner or reference id.
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    std::optional<FileReferenceType> referenceType() const { return m_referenceType; }
    void setReferenceType(std::optional<FileReferenceType> type);
    // A null id: any owner.
    QUuid ownerId() const { return m_ownerId; }
    void setOwnerId(const QUuid &ownerId);
    // On the creation time, inclusive; an invalid QDateTime leaves that end open.
    void setCreatedRange(const QDateTime &from, const QDateTime &to);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<FileTableModel> m_model;
    QString m_text;
    std::optional<FileReferenceType> m_referenceType;
    QUuid m_ownerId;
    std::optional<Timestamp> m_from;
    std::optional<Timestamp> m_to;
};

} // namespace recdesk
