#include "filefilterproxy.h"

#include "filetablemodel.h"
#include "filterbounds.h"

namespace recdesk {

using filterbounds::bound;
using filterbounds::idContains;

FileFilterProxy::FileFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
}

void FileFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<FileTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FileFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void FileFilterProxy::setReferenceType(std::optional<FileReferenceType> type)
{
    if (type == m_referenceType)
        return;
    m_referenceType = type;
    invalidateFilter();
}

void FileFilterProxy::setOwnerId(const QUuid &ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    invalidateFilter();
}

void FileFilterProxy::setCreatedRange(const QDateTime &from, const QDateTime &to)
{
    const std::optional<Timestamp> newFrom = bound(from, false);
    const std::optional<Timestamp> newTo = bound(to, true);
    if (newFrom == m_from && newTo == m_to)
        return;
    m_from = newFrom;
    m_to = newTo;
    invalidateFilter();
}

void FileFilterProxy::clearFilters()
{
    m_text.clear();
    m_referenceType.reset();
    m_ownerId = QUuid();
    m_from.reset();
    m_to.reset();
    invalidateFilter();
}

bool FileFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const PlatformFile &f = m_model->fileAt(sourceRow);
    if (m_referenceType && f.referenceType != *m_referenceType)
        return false;
    if (!m_ownerId.isNull() && f.ownerId != m_ownerId)
        return false;
    if (m_from || m_to) {
        if (!f.created.hasHappened() || (m_from && f.created < *m_from) || (m_to && *m_to < f.created))
            return false;
    }
    if (!m_text.isEmpty()) {
        return f.name.contains(m_text, Qt::CaseInsensitive) ||
               f.filename.contains(m_text, Qt::CaseInsensitive) ||
               f.detail.contains(m_text, Qt::CaseInsensitive) || idContains(f.id, m_text) ||
               idContains(f.ownerId, m_text) || idContains(f.referenceId, m_text);
    }
    return true;
}

bool FileFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const PlatformFile &a = m_model->fileAt(left.row());
    const PlatformFile &b = m_model->fileAt(right.row());
    const int column = left.column();
    const bool aMissing = FileTableModel::isMissing(a, column);
    const bool bMissing = FileTableModel::isMissing(b, column);
    // Missing values last whatever the order: in descending order the proxy reverses lessThan.
    if (aMissing != bMissing)
        return sortOrder() == Qt::AscendingOrder ? bMissing : aMissing;
    return FileTableModel::compare(a, b, column) < 0;
}

} // namespace recdesk
