#include "recordingtablemodel.h"

#include "recordingpagescanner.h"
#include "review/reviewstore.h"
#include "rowcompare.h"
#include "util/displayformat.h"

#include <limits>

namespace recdesk {
using rowcompare::compareUuid;
using rowcompare::threeWay;

RecordingTableModel::RecordingTableModel(PageSource *source, QObject *parent)
    : PagedRowModel<Recording>(source, parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { wantRows(first, last); });
    // A refresh updates rows in place: what was live may have ended, a failed look-up may work now
    // (the source asks only for what is stale).
    connect(this, &PagedTableModel::refreshFinished, this, [this] { wantRows(0, rowCount() - 1); });
}

void RecordingTableModel::setContextSource(RecordingContextSource *source)
{
    if (m_context == source)
        return;
    if (m_context)
        m_context->disconnect(this);
    m_context = source;
    if (source) {
        connect(source, &RecordingContextSource::updated, this, &RecordingTableModel::contextUpdated);
        wantRows(0, rowCount() - 1);
    }
    contextUpdated();
}

void RecordingTableModel::wantRows(int first, int last)
{
    if (!m_context || first > last)
        return;
    m_context->want(items().mid(first, last - first + 1));
}

void RecordingTableModel::contextUpdated()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, AgentColumn), index(rowCount() - 1, OutcomeColumn),
                         {Qt::DisplayRole, SortRole});
}

void RecordingTableModel::setReviewStore(ReviewStore *store)
{
    if (m_reviews == store)
        return;
    if (m_reviews)
        m_reviews->disconnect(this);
    m_reviews = store;
    m_reviewStates = store ? store->states() : QHash<QUuid, ReviewState>();
    if (store)
        connect(store, &ReviewStore::stateChanged, this, &RecordingTableModel::reviewStateChanged);
    if (rowCount() > 0)
        emit dataChanged(index(0, ReviewColumn), index(rowCount() - 1, ReviewColumn),
                         {Qt::DisplayRole, SortRole});
}

ReviewState RecordingTableModel::reviewStateOf(const Recording &recording) const
{
    return m_reviewStates.value(recording.id, ReviewState::NotReviewed);
}

void RecordingTableModel::reviewStateChanged(const QUuid &recordingId, ReviewState state)
{
    if (state == ReviewState::NotReviewed)
        m_reviewStates.remove(recordingId);
    else
        m_reviewStates.insert(recordingId, state);
    // One recording changed (a person pressed a key): its rows, found by a scan.
    for (int row = 0; row < rowCount(); ++row) {
        if (recordingAt(row).id == recordingId)
            emit dataChanged(index(row, ReviewColumn), index(row, ReviewColumn), {Qt::DisplayRole, SortRole});
    }
}

const Agent *RecordingTableModel::agentOf(const Recording &recording) const
{
    return m_context && !recording.ownerId.isNull() ? m_context->agent(recording.ownerId) : nullptr;
}

const Call *RecordingTableModel::callOf(const Recording &recording) const
{
    if (!m_context || recording.referenceType != RecordingReferenceType::Call)
        return nullptr;
    return m_context->call(recording.referenceId);
}

const Conference *RecordingTableModel::conferenceOf(const Recording &recording) const
{
    if (!m_context || recording.referenceType != RecordingReferenceType::Confbridge)
        return nullptr;
    return m_context->conference(recording.referenceId);
}

int RecordingTableModel::callValue(const Recording &recording, int column) const
{
    static_assert(int(CallDirection::None) == 0 && int(HangupReason::None) == 0, "unknown sorts as None");
    const Call *call = callOf(recording);
    if (!call)
        return 0;
    return column == DirectionColumn ? static_cast<int>(call->direction)
                                     : static_cast<int>(call->hangupReason);
}

QString RecordingTableModel::agentText(const Recording &recording) const
{
    if (const Agent *agent = agentOf(recording))
        return agent->displayName();
    return recording.ownerId.isNull() ? QString() : DisplayFormat::id(recording.ownerId);
}

QString RecordingTableModel::customerText(const Recording &recording) const
{
    if (const Conference *conference = conferenceOf(recording))
        return conference->name;
    const Call *call = callOf(recording);
    if (!call)
        return QString();
    const Address &customer = call->customer();
    const QString name = customer.displayName();
    const QString number = customer.number();
    if (name.isEmpty() || name == number)
        return number;
    if (number.isEmpty())
        return name;
    return tr("%1 (%2)", "customer: name (number)").arg(name, number);
}

int RecordingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Recording &r = recordingAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return r.started.toDisplayString();
        case EndedColumn:
            return r.ended.toDisplayString();
        case DurationColumn:
            return DisplayFormat::duration(r.durationMs());
        case StatusColumn:
            return displayName(r.status);
        case AgentColumn:
            return agentText(r);
        case CustomerColumn:
            return customerText(r);
        case DirectionColumn: {
            const Call *call = callOf(r);
            return call ? displayName(call->direction) : QString();
        }
        case OutcomeColumn: {
            const Call *call = callOf(r);
            return call ? displayName(call->hangupReason) : QString();
        }
        case ReviewColumn: {
            const ReviewState state = reviewStateOf(r);
            return state == ReviewState::NotReviewed ? QString() : ReviewStateText::displayName(state);
        }
        case ReferenceTypeColumn:
            return displayName(r.referenceType);
        case FormatColumn:
            return displayName(r.format);
        case CreatedColumn:
            return r.created.toDisplayString();
        case IdColumn:
            return DisplayFormat::id(r.id);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AgentColumn) {
            if (const Agent *agent = agentOf(r))
                return tr("%1, user name %2").arg(agent->displayName(), agent->username);
        } else if (index.column() == OutcomeColumn) {
            const Call *call = callOf(r);
            if (call && call->hangupBy != HangupBy::None)
                return tr("Hung up by: %1").arg(displayName(call->hangupBy));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case SortRole:
        switch (index.column()) {
        case StartedColumn:
            return qint64(r.started.microseconds());
        case EndedColumn:
            return qint64(r.ended.microseconds());
        case DurationColumn: {
            const std::int64_t ms = r.durationMs();
            return qint64(ms < 0 ? std::numeric_limits<qint64>::max() : ms);
        }
        case StatusColumn:
            return static_cast<int>(r.status);
        case AgentColumn:
            return agentText(r);
        case CustomerColumn:
            return customerText(r);
        case DirectionColumn:
        case OutcomeColumn:
            return callValue(r, index.column());
        case ReviewColumn:
            return static_cast<int>(reviewStateOf(r));
        case ReferenceTypeColumn:
            return static_cast<int>(r.referenceType);
        case FormatColumn:
            return static_cast<int>(r.format);
        case CreatedColumn:
            return qint64(r.created.microseconds());
        case IdColumn:
            return DisplayFormat::id(r.id);
        }
        break;
    case IdRole:
        return r.id;
    case ItemRole:
        return QVariant::fromValue(r);
    case StatusRole:
        return static_cast<int>(r.status);
    default:
        break;
    }
    return QVariant();
}

QVariant RecordingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case AgentColumn:
        return tr("Agent");
    case CustomerColumn:
        return tr("Customer");
    case DirectionColumn:
        return tr("Direction");
    case OutcomeColumn:
        return tr("Outcome");
    case ReviewColumn:
        return tr("Review");
    case ReferenceTypeColumn:
        return tr("Type");
    case FormatColumn:
        return tr("Format");
    case CreatedColumn:
        return tr("Created");
    case IdColumn:
        return tr("ID");
    }
    return QVariant();
}

bool RecordingTableModel::isMissing(const Recording &recording, int column) const
{
    switch (column) {
    case StartedColumn:
        return !recording.started.hasHappened();
    case EndedColumn:
        return !recording.ended.hasHappened();
    case DurationColumn:
        return recording.durationMs() < 0;
    case CreatedColumn:
        return !recording.created.hasHappened();
    case AgentColumn:
        return recording.ownerId.isNull();
    case CustomerColumn:
        return customerText(recording).isEmpty();
    case DirectionColumn:
    case OutcomeColumn:
        return callValue(recording, column) == 0; // not known, or None
    }
    return false;
}

int RecordingTableModel::compare(const Recording &a, const Recording &b, int column) const
{
    switch (column) {
    case StartedColumn:
        return threeWay(a.started, b.started);
    case EndedColumn:
        return threeWay(a.ended, b.ended);
    case DurationColumn:
        return threeWay(a.durationMs(), b.durationMs());
    case StatusColumn:
        return threeWay(static_cast<int>(a.status), static_cast<int>(b.status));
    case AgentColumn:
        return agentText(a).compare(agentText(b), Qt::CaseInsensitive);
    case CustomerColumn:
        return customerText(a).compare(customerText(b), Qt::CaseInsensitive);
    case DirectionColumn:
    case OutcomeColumn:
        return threeWay(callValue(a, column), callValue(b, column));
    case ReviewColumn:
        return threeWay(static_cast<int>(reviewStateOf(a)), static_cast<int>(reviewStateOf(b)));
    case ReferenceTypeColumn:
        return threeWay(static_cast<int>(a.referenceType), static_cast<int>(b.referenceType));
    case FormatColumn:
        return threeWay(static_cast<int>(a.format), static_cast<int>(b.format));
    case CreatedColumn:
        return threeWay(a.created, b.created);
    case IdColumn:
        return compareUuid(a.id, b.id);
    }
    return 0;
}

QString RecordingTableModel::listName() const
{
    return QStringLiteral("recordings page");
}

bool RecordingTableModel::scanPage(const QByteArray &json, Page<Recording> *page) const
{
    return scanRecordingPage(json, page);
}

} // namespace recdesk
