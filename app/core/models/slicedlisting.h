#pragma once

#include "domain/pagecursor.h"
#include "domain/timestamp.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <vector>

namespace recdesk {

class PageSource;

// Loads a platform list between two creation times with several cursors at once. The platform's
// cursor is a creation time, so the span splits into slices [lo, hi), each listed on its own:
// its first page with page_token = hi (items created strictly before hi), newest first, until an
// item older than lo arrives (dropped: it belongs to the next slice) or the list ends. Half-open,
// so an item created exactly at a boundary belongs to exactly one slice; the top slice may be
// open (no token: from the newest item). Each next page is asked for from 1 µs after the last
// item, so items sharing its creation time are not lost at a page boundary (one item a page comes
// twice; the model keeps one copy).
//
// There are more slices than workers (concurrent requests), handed out newest
// first, so slices of uneven density even out; when none is left, an idle worker takes the older
// half of the running slice with the most time left (its cursor says where it is), so the last
// slices do not run on one worker alone.
//
// Rows reach the table newest first and whole: the owner decodes each page into the slice's own
// buffer (TakePage) and is told when a slice's rows may go in (Commit): the newest unfinished slice
// is committed as its pages arrive, older ones wait until every newer slice is done. The first
// failure cancels everything and is reported once.
class SlicedListing : public QObject
{
    Q_OBJECT
public:
    struct PageDigest
    {
        bool ok = true;
        QString problem;           // when !ok
        int received = 0;          // items the server sent, readable or not
        QString nextToken;         // the page's next_page_token
        bool reachedFloor = false; // an item was older than the slice's start: the slice is done
    };
    // Decode a slice's page and keep its items created at or after `floor`.
    using TakePage = std::function<PageDigest(int slice, const QByteArray &json, Timestamp floor)>;
    // Move what the slice has kept into the table, after every newer slice's rows.
    using Commit = std::function<void(int slice)>;

    // QNAM opens 6 connections per host over HTTP/1.1; two more requests wait in its queue and go
    // out the moment a connection is free, rather than after the answer before has been decoded
    // (measured: 4 % faster, docs/BENCHMARKS.md). Over HTTP/2 all 8 are on the wire.
    static constexpr int kDefaultWorkers = 8;
    static constexpr int kSlicesPerWorker = 2;

    // Pages come from siblings of `prototype` (PageSource::createSibling), one per worker.
    SlicedListing(const PageSource *prototype, TakePage take, Commit commit, QObject *parent = nullptr);
    ~SlicedListing() override;

    void setWorkers(int workers) { m_workers = qMax(1, workers); }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Lists [floor, upper); nullopt upper: everything from floor up, newest first. `top` (the
    // newest item, when known) is where the slices' plan ends; by default upper or now.
    void start(Timestamp floor, std::optional<Timestamp> upper, std::optional<Timestamp> top = std::nullopt,
               const QString &likeToken = QString());
    // Drops every request in flight; no signal and no TakePage/Commit follows.
    void cancel();

    bool isRunning() const { return m_running; }
    int requests() const { return m_requests; }
    int sliceCount() const { return static_cast<int>(m_slices.size()); }
    // Where the committed rows end: the page_token a one-cursor listing would continue with.
    QString resumeToken() const;

    // The slices' starts, oldest first: `count` even steps from floor towards top (fewer when the
    // span has fewer microseconds). Slice i is [starts[i], starts[i + 1]); the last reaches upper.
    static QList<Timestamp> sliceStarts(Timestamp floor, Timestamp top, int count);

signals:
    void finished();
    void failed(const QString &message);

private:
    struct Slice
    {
        int id = 0;
        Timestamp lo;
        std::optional<Timestamp> hi; // nullopt: open (the newest first page)
        PageCursor cursor;
        std::optional<Timestamp> reached; // the oldest creation time asked for so far (the cursor)
        PageSource *worker = nullptr;     // while one of its pages is on the way
        bool started = false;
        bool done = false;
    };

    Slice *sliceById(int id);
    int indexOf(int id) const;
    void schedule();
    bool splitBusiest(PageSource *worker);
    void run(Slice &slice, PageSource *worker);
    void onPage(PageSource *worker, const QByteArray &json);
    // The token of the slice's next page after one whose next_page_token is serverToken.
    QString nextToken(Slice &slice, const QString &serverToken);
    void advanceHead();
    void fail(const QString &message);

    const PageSource *m_prototype;
    TakePage m_take;
    Commit m_commit;
    std::vector<Slice> m_slices; // newest first
    QList<PageSource *> m_idle;
    QHash<PageSource *, int> m_sliceOfWorker;
    QString m_likeToken;
    int m_workers = kDefaultWorkers;
    int m_pageSize = 100;
    int m_head = 0; // the first slice whose rows are not all committed
    int m_nextId = 0;
    int m_requests = 0;
    bool m_running = false;
};

} // namespace recdesk
