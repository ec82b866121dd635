#pragma once

#include "domain/recording.h"
#include "pagedrowmodel.h"
#include "recordingcontextsource.h"
#include "review/reviewstate.h"

#include <QHash>
#include <QMetaType>
#include <QPointer>

namespace recdesk {

class ReviewStore;

// The platform's recordings (GET /recordings), page by page from a PageSource. Sort and filter
// through RecordingFilterProxy. With a RecordingContextSource, each row also shows who and what
// it is about (agent, customer, direction, outcome): rows that load are handed to the source to
// look up, and the columns fill in as its answers arrive; until then the agent shows as an id and
// the other columns are empty. With a ReviewStore, the Review column shows the local review state.
class RecordingTableModel : public PagedRowModel<Recording>
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        EndedColumn,
        DurationColumn,
        StatusColumn,
        AgentColumn,    // the owner agent's name (its id while unknown)
        CustomerColumn, // the call's customer (name and number), or the conference's name
        DirectionColumn,
        OutcomeColumn, // how the call ended (hangup_reason)
        ReviewColumn,  // the local review state (ReviewStore): empty while not reviewed
        ReferenceTypeColumn,
        FormatColumn,
        CreatedColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RecordingTableModel(PageSource *source, QObject *parent = nullptr);

    const Recording &recordingAt(int row) const { return itemAt(row); }

    // Where who-and-what comes from; nullptr: ids only. Not owned.
    void setContextSource(RecordingContextSource *source);
    RecordingContextSource *contextSource() const { return m_context; }
    // Where review states come from (the profile's ReviewStore); nullptr: none. Not owned.
    void setReviewStore(ReviewStore *store);
    ReviewState reviewStateOf(const Recording &recording) const;

    // What is known behind a recording (nullptr while unknown).
    const Agent *agentOf(const Recording &recording) const;
    const Call *callOf(const Recording &recording) const;
    const Conference *conferenceOf(const Recording &recording) const;
    // The texts the columns show, also used by the filter.
    QString agentText(const Recording &recording) const;
    QString customerText(const Recording &recording) const;
    // The Direction or Outcome column's enum as an int, for sorting; 0 (None) while unknown.
    int callValue(const Recording &recording, int column) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorting without QVariants (RecordingFilterProxy): <0, 0, >0 as a before, equal to, after b
    // in ascending order. Values that are not there (a time that has not happened, an unknown
    // duration) are "missing": the proxy puts them last in either order.
    int compare(const Recording &a, const Recording &b, int column) const;
    bool isMissing(const Recording &recording, int column) const;

protected:
    QString listName() const override;
    bool scanPage(const QByteArray &json, Page<Recording> *page) const override;

private:
    void wantRows(int first, int last);
    void contextUpdated();
    void reviewStateChanged(const QUuid &recordingId, ReviewState state);

    QPointer<RecordingContextSource> m_context;
    QPointer<ReviewStore> m_reviews;
    QHash<QUuid, ReviewState> m_reviewStates; // those not NotReviewed, mirrored from the store
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::Recording)
