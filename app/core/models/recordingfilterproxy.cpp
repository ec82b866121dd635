#include "recordingfilterproxy.h"

#include "filterbounds.h"
#include "recordingtablemodel.h"

namespace recdesk {

using filterbounds::bound;
using filterbounds::idContains;

RecordingFilterProxy::RecordingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
}

void RecordingFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<RecordingTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordingFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

QList<RecordingStatus> RecordingFilterProxy::statuses() const
{
    QList<RecordingStatus> result;
    for (int i = 0; i <= static_cast<int>(RecordingStatus::Unknown); ++i) {
        if (m_statusMask & (1u << i))
            result.append(static_cast<RecordingStatus>(i));
    }
    return result;
}

void RecordingFilterProxy::setStatuses(const QList<RecordingStatus> &statuses)
{
    quint32 mask = 0;
    for (RecordingStatus s : statuses)
        mask |= 1u << static_cast<int>(s);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    invalidateFilter();
}

void RecordingFilterProxy::setReferenceType(std::optional<RecordingReferenceType> type)
{
    if (type == m_referenceType)
        return;
    m_referenceType = type;
    invalidateFilter();
}

void RecordingFilterProxy::setOwnerId(const QUuid &ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    invalidateFilter();
}

void RecordingFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to, DateField field)
{
    const std::optional<Timestamp> newFrom = bound(from, false);
    const std::optional<Timestamp> newTo = bound(to, true);
    if (newFrom == m_from && newTo == m_to && field == m_dateField)
        return;
    m_from = newFrom;
    m_to = newTo;
    m_dateField = field;
    invalidateFilter();
}

void RecordingFilterProxy::clearFilters()
{
    m_text.clear();
    m_statusMask = 0;
    m_referenceType.reset();
    m_ownerId = QUuid();
    m_from.reset();
    m_to.reset();
    invalidateFilter();
}

bool RecordingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const Recording &r = m_model->recordingAt(sourceRow);
    if (m_statusMask && !(m_statusMask & (1u << static_cast<int>(r.status))))
        return false;
    if (m_referenceType && r.referenceType != *m_referenceType)
        return false;
    if (!m_ownerId.isNull() && r.ownerId != m_ownerId)
        return false;
    if (m_from || m_to) {
        const Timestamp t = m_dateField == DateField::Started ? r.started : r.created;
        if (!t.hasHappened() || (m_from && t < *m_from) || (m_to && *m_to < t))
            return false;
    }
    if (!m_text.isEmpty()) {
        // Cheapest first: the words, then the ids' text.
        return displayName(r.status).contains(m_text, Qt::CaseInsensitive) ||
               displayName(r.referenceType).contains(m_text, Qt::CaseInsensitive) ||
               idContains(r.id, m_text) || idContains(r.ownerId, m_text) || idContains(r.referenceId, m_text);
    }
    return true;
}

bool RecordingFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const Recording &a = m_model->recordingAt(left.row());
    const Recording &b = m_model->recordingAt(right.row());
    const int column = left.column();
    const bool aMissing = RecordingTableModel::isMissing(a, column);
    const bool bMissing = RecordingTableModel::isMissing(b, column);
    // Missing values last whatever the order: in descending order the proxy reverses lessThan.
    if (aMissing != bMissing)
        return sortOrder() == Qt::AscendingOrder ? bMissing : aMissing;
    // Ties keep the source order (the proxy sorts stably): newest first, as the server lists.
    return RecordingTableModel::compare(a, b, column) < 0;
}

} // namespace recdesk
