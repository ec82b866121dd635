#pragma once

#include "domain/callenums.h"
#include "domain/enums.h"
#include "domain/timestamp.h"
#include "review/reviewstate.h"

#include <optional>
#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace recdesk {

class RecordingTableModel;
struct Recording;

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

    // Case-insensitive substring of the id, owner, reference id, status or type words, the
    // agent's name or user name, or the customer's name or number (digits match "+34 600..."
    // however the number is spaced).
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    // Only these statuses; empty: any.
    QList<RecordingStatus> statuses() const;
    void setStatuses(const QList<RecordingStatus> &statuses);
    std::optional<RecordingReferenceType> referenceType() const { return m_referenceType; }
    void setReferenceType(std::optional<RecordingReferenceType> type);
    // Only calls in this direction (rows whose call is not known yet are left out); nullopt: any.
    std::optional<CallDirection> direction() const { return m_direction; }
    void setDirection(std::optional<CallDirection> direction);
    // Only recordings in this local review state (RecordingTableModel::reviewStateOf).
    std::optional<ReviewState> reviewState() const { return m_reviewState; }
    void setReviewState(std::optional<ReviewState> state);
    // A recording that stays in the list whatever its review state: the one under review, so that
    // marking it under a "Not reviewed" filter does not pull it from under the reviewer.
    void setPinnedRecording(const QUuid &recordingId);
    // Agent: a case-insensitive substring of the agent's name or user name (or its id while the
    // agent is not known). Empty: any.
    QString agentText() const { return m_agent; }
    void setAgentText(const QString &text);
    // Customer number: its digits (and a leading +) must appear in the customer's number; other
    // characters are ignored. Empty: any.
    QString customerNumber() const { return m_customer; }
    void setCustomerNumber(const QString &number);
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
    bool matchesText(const Recording &r) const;

private:
    QPointer<RecordingTableModel> m_model;
    QString m_text;
    quint32 m_statusMask = 0; // bit per RecordingStatus; 0: any
    std::optional<RecordingReferenceType> m_referenceType;
    QUuid m_ownerId;
    std::optional<CallDirection> m_direction;
    std::optional<ReviewState> m_reviewState;
    QUuid m_pinned;
    QString m_agent;
    QString m_customer; // digits only
    std::optional<Timestamp> m_from;
    std::optional<Timestamp> m_to;
    DateField m_dateField = DateField::Created;
};

} // namespace recdesk
