#include "recordingfilterproxy.h"

#include "filterbounds.h"
#include "recordingtablemodel.h"

namespace recdesk {

using filterbounds::bound;
using filterbounds::idContains;

namespace {
// The digits of a phone number, for matching however it was written.
QString digitsOf(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}
} // namespace

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

void RecordingFilterProxy::setReviewState(std::optional<ReviewState> state)
{
    if (state == m_reviewState)
        return;
    m_reviewState = state;
    invalidateFilter();
}

void RecordingFilterProxy::setPinnedRecording(const QUuid &recordingId)
{
    if (recordingId == m_pinned)
        return;
    m_pinned = recordingId;
    if (m_reviewState)
        invalidateFilter(); // the recording pinned before may leave the list now
}

void RecordingFilterProxy::setDirection(std::optional<CallDirection> direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
}

void RecordingFilterProxy::setAgentText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_agent)
        return;
    m_agent = trimmed;
    invalidateFilter();
}

void RecordingFilterProxy::setCustomerNumber(const QString &number)
{
    const QString digits = digitsOf(number);
    if (digits == m_customer)
        return;
    m_customer = digits;
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
    m_direction.reset();
    m_reviewState.reset();
    m_agent.clear();
    m_customer.clear();
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
    if (m_reviewState && m_model->reviewStateOf(r) != *m_reviewState &&
        (m_pinned.isNull() || r.id != m_pinned))
        return false;
    if (m_direction) {
        const Call *call = m_model->callOf(r);
        if (!call || call->direction != *m_direction)
            return false;
    }
    if (!m_agent.isEmpty()) {
        const Agent *agent = m_model->agentOf(r);
        const bool matches = agent ? agent->displayName().contains(m_agent, Qt::CaseInsensitive) ||
                                         agent->username.contains(m_agent, Qt::CaseInsensitive)
                                   : idContains(r.ownerId, m_agent);
        if (!matches)
            return false;
    }
    if (!m_customer.isEmpty()) {
        const Call *call = m_model->callOf(r);
        if (!call || !digitsOf(call->customer().number()).contains(m_customer))
            return false;
    }
    return m_text.isEmpty() || matchesText(r);
}

bool RecordingFilterProxy::matchesText(const Recording &r) const
{
    // Cheapest first: the words, then the ids' text, then who and what.
    if (displayName(r.status).contains(m_text, Qt::CaseInsensitive) ||
        displayName(r.referenceType).contains(m_text, Qt::CaseInsensitive) || idContains(r.id, m_text) ||
        idContains(r.ownerId, m_text) || idContains(r.referenceId, m_text))
        return true;
    if (const Agent *agent = m_model->agentOf(r)) {
        if (agent->displayName().contains(m_text, Qt::CaseInsensitive) ||
            agent->username.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (m_model->customerText(r).contains(m_text, Qt::CaseInsensitive))
        return true;
    const QString digits = digitsOf(m_text);
    if (const Call *call = m_model->callOf(r); call && !digits.isEmpty() && digits.size() == m_text.size())
        return digitsOf(call->customer().number()).contains(digits);
    return false;
}

bool RecordingFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const Recording &a = m_model->recordingAt(left.row());
    const Recording &b = m_model->recordingAt(right.row());
    const int column = left.column();
    const bool aMissing = m_model->isMissing(a, column);
    const bool bMissing = m_model->isMissing(b, column);
    // Missing values last whatever the order: in descending order the proxy reverses lessThan.
    if (aMissing != bMissing)
        return sortOrder() == Qt::AscendingOrder ? bMissing : aMissing;
    // Ties keep the source order (the proxy sorts stably): newest first, as the server lists.
    return m_model->compare(a, b, column) < 0;
}

} // namespace recdesk
