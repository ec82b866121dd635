#pragma once

#include "domain/pagecursor.h"
#include "listingrange.h"
#include "pagesource.h"
#include "slicedlisting.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

namespace recdesk {

class HistoryProbe;

// The paging state machine shared by the platform list models: asks its PageSource for one page
// at a time (never two in flight), follows next_page_token, knows when the list has ended, and
// reports loading and errors. The rows themselves live in PagedRowModel<T>.
//
// refresh() asks for the list again from the first page while the old rows stay on screen: each
// page that arrives is merged into the rows by id, so rows (and persistent indexes, hence the
// selection) of ids still present survive, new ids are inserted and vanished ids removed. It keeps
// fetching until it has covered as many rows as were loaded before, or the list ends.
//
// A range (setRange) bounds the listing by creation time on the server's own cursor: the first
// page is asked for with page_token = the range's end, and the listing ends at the first item older
// than its start (rows outside the range are never added). loadEverything() loads the rest of the
// range, or of the whole history, with several cursors at once (SlicedListing; HistoryProbe finds
// where an open range's history starts).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)

public:
    // Custom roles, the same in every platform list model.
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: qint64 times (µs; not happened = max) and sizes, int enums
        IdRole,                      // QUuid of the row's item
        ItemRole,                    // the whole item (Recording or PlatformFile) as a QVariant
        StatusRole,                  // recordings: RecordingStatus as int
    };
    Q_ENUM(Role)

    static constexpr int kMaxPageSize = 100;

    explicit PagedTableModel(PageSource *source, QObject *parent = nullptr);
    ~PagedTableModel() override;

    PageSource *source() const { return m_source; }
    int pageSize() const { return m_pageSize; }
    // 1..100 (the platform's range); applies to the next request.
    void setPageSize(int size);

    bool isLoading() const { return m_loading; }
    bool isRefreshing() const { return m_refreshing; }
    // The whole list has been loaded (the last page said so).
    bool isComplete() const { return m_atEnd; }
    // The last failure as a sentence for people; empty after a successful page.
    QString lastError() const { return m_lastError; }

    // Which creation times the model lists (open by default: the whole list, newest first).
    const ListingRange &range() const { return m_range; }
    // A new range drops every row and every request on the way; the next fetch starts at its end.
    void setRange(const ListingRange &range);
    // Concurrent requests of loadEverything() (default SlicedListing::kDefaultWorkers).
    void setParallelism(int workers) { m_parallelism = qMax(1, workers); }
    // Requests loadEverything() has made so far in its current or last run (probes included).
    int parallelRequests() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Reload from the first page, keeping rows (and the selection) of ids still present.
    void refresh();
    // Keep asking for pages until the list ends (e.g. before filtering the whole list).
    void fetchAll();
    // Like fetchAll(), but several slices of the remaining time at once (see SlicedListing); falls
    // back to fetchAll() where the source cannot list in parallel or a refresh is going on.
    void loadEverything();
    // After an error: ask again for the page that failed.
    void retry();
    // Drop every row and start over with nothing loaded.
    void clear();

signals:
    void rangeChanged(const recdesk::ListingRange &range);
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    // A page has been merged into the rows; received = items it carried.
    void pageLoaded(int received);
    void refreshFinished();

protected:
    struct PageOutcome
    {
        bool ok = true;
        QString problem; // when !ok: why the page could not be used
        bool last = false;
        int received = 0;
        QString nextToken;
        bool reachedFloor = false; // an item was older than the range's start (and was dropped)
    };

    // Decode one list body and merge its items into the rows (see PagedRowModel); items created
    // before range().from are left out.
    virtual PageOutcome mergePage(const QByteArray &json) = 0;
    // Parallel loading (SlicedListing): decode a slice's page into that slice's buffer, keeping
    // items created at or after `floor`; merge a slice's buffer into the rows; forget the buffers.
    virtual SlicedListing::PageDigest takeSlicePage(int slice, const QByteArray &json, Timestamp floor) = 0;
    virtual void commitSlice(int slice) = 0;
    virtual void dropSlices() = 0;
    // The list has been read to its end: rows left over from before a refresh that no page
    // confirmed are gone.
    virtual void dropUnconfirmedRows() = 0;
    // Rows known to be current: the first page of a refresh starts this at 0.
    virtual int confirmedRowCount() const = 0;
    virtual void restartConfirmation() = 0;
    virtual void clearRows() = 0;

    // The contract: a list ends with an empty page, a page shorter than asked, or no token.
    bool isLastPage(int received, const QString &nextToken) const;

private:
    void requestPage();
    void onPageArrived(const QByteArray &json);
    void onFailed(const QString &message);
    void setLoading(bool loading);
    void finishRefreshIfDone();
    // Stops the page request, probe or sliced listing on the way (no answer arrives after it) and
    // forgets the slices' rows not committed yet.
    void cancelRequests();
    void stopRequests(); // the same, without touching the rows
    // Where a listing from the first page starts: the range's end, or "" (the newest item).
    QString startToken() const;
    void startSlices(Timestamp floor, std::optional<Timestamp> upper, std::optional<Timestamp> top);
    void onSlicesFinished();
    void onParallelFailed(const QString &message);

    QPointer<PageSource> m_source;
    ListingRange m_range;
    SlicedListing *m_slices = nullptr;
    HistoryProbe *m_probe = nullptr;
    QString m_likeToken; // a next_page_token of this server: the form our own tokens take
    int m_parallelism = SlicedListing::kDefaultWorkers;
    int m_parallelRequests = 0;
    PageCursor m_cursor; // the next page's token; refuses one that would never end the list
    QString m_lastError;
    int m_pageSize = kMaxPageSize;
    int m_fetchUntil = 0; // keep fetching while fewer rows than this are confirmed
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_refreshing = false;
    bool m_retryInParallel = false; // the failure ended a loadEverything(): retry() goes on with it
};

} // namespace recdesk
