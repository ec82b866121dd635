#include "slicedlisting.h"

#include "domain/page.h"
#include "pagesource.h"

#include <algorithm>
#include <QLoggingCategory>

namespace recdesk {

Q_LOGGING_CATEGORY(lcSlicedListing, "recdesk.models.sliced", QtInfoMsg)

SlicedListing::SlicedListing(const PageSource *prototype, TakePage take, Commit commit, QObject *parent)
    : QObject(parent)
    , m_prototype(prototype)
    , m_take(std::move(take))
    , m_commit(std::move(commit))
{}

SlicedListing::~SlicedListing()
{
    cancel();
}

QList<Timestamp> SlicedListing::sliceStarts(Timestamp floor, Timestamp top, int count)
{
    const std::int64_t span = top.microseconds() - floor.microseconds();
    if (span <= 1 || count <= 1 || !top.hasHappened())
        return {floor};
    const std::int64_t n = qMin<std::int64_t>(count, span);
    QList<Timestamp> starts;
    starts.reserve(n);
    for (std::int64_t i = 0; i < n; ++i)
        starts.append(Timestamp::fromMicroseconds(floor.microseconds() + span / n * i + span % n * i / n));
    return starts;
}

void SlicedListing::start(Timestamp floor, std::optional<Timestamp> upper, std::optional<Timestamp> top,
                          const QString &likeToken)
{
    cancel();
    m_slices.clear();
    m_idle.clear();
    m_head = 0;
    m_likeToken = likeToken;
    // The plan ends just above the newest item known (or the upper end, or now): slices above it
    // would be empty.
    const Timestamp planTop =
        upper ? *upper : (top ? Timestamp::fromMicroseconds(top->microseconds() + 1) : Timestamp::now());
    const QList<Timestamp> starts = sliceStarts(floor, planTop, m_workers * kSlicesPerWorker);
    for (qsizetype i = starts.size() - 1; i >= 0; --i) {
        Slice slice;
        slice.id = m_nextId++;
        slice.lo = starts.at(i);
        slice.hi = i + 1 < starts.size() ? std::optional<Timestamp>(starts.at(i + 1)) : upper;
        slice.cursor.reset(slice.hi ? pageTokenAt(*slice.hi, m_likeToken) : QString());
        m_slices.push_back(std::move(slice));
    }
    const int workers = qMin(m_workers, static_cast<int>(m_slices.size()));
    for (int i = 0; i < workers; ++i) {
        PageSource *worker = m_prototype ? m_prototype->createSibling(this) : nullptr;
        if (!worker)
            break;
        connect(worker, &PageSource::pageArrived, this,
                [this, worker](const QByteArray &json) { onPage(worker, json); });
        connect(worker, &PageSource::failed, this, &SlicedListing::fail);
        m_idle.append(worker);
    }
    m_running = true;
    qCDebug(lcSlicedListing) << "listing" << m_slices.size() << "slices with" << m_idle.size() << "workers";
    if (m_idle.isEmpty()) {
        fail(tr("This list cannot be loaded in parallel."));
        return;
    }
    schedule();
}

void SlicedListing::cancel()
{
    m_running = false;
    for (auto it = m_sliceOfWorker.cbegin(); it != m_sliceOfWorker.cend(); ++it)
        it.key()->cancel();
    m_sliceOfWorker.clear();
    for (Slice &slice : m_slices)
        slice.worker = nullptr;
}

QString SlicedListing::resumeToken() const
{
    if (m_head >= static_cast<int>(m_slices.size()))
        return QString();
    return m_slices.at(static_cast<size_t>(m_head)).cursor.token();
}

SlicedListing::Slice *SlicedListing::sliceById(int id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_slices[static_cast<size_t>(index)];
}

int SlicedListing::indexOf(int id) const
{
    for (size_t i = 0; i < m_slices.size(); ++i) {
        if (m_slices[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void SlicedListing::schedule()
{
    while (m_running && !m_idle.isEmpty()) {
        PageSource *worker = m_idle.first();
        auto next = std::find_if(m_slices.begin(), m_slices.end(), [](const Slice &s) { return !s.started; });
        if (next != m_slices.end()) {
            run(*next, worker);
            continue;
        }
        if (!splitBusiest(worker))
            break;
    }
}

bool SlicedListing::splitBusiest(PageSource *worker)
{
    int busiest = -1;
    std::int64_t widest = 1;
    for (size_t i = 0; i < m_slices.size(); ++i) {
        const Slice &s = m_slices[i];
        if (s.done || !s.worker || !s.reached)
            continue;
        const std::int64_t left = s.reached->microseconds() - s.lo.microseconds();
        if (left > widest) {
            widest = left;
            busiest = static_cast<int>(i);
        }
    }
    if (busiest < 0)
        return false;
    // The running slice keeps the newer half; its page on the way may reach below the new start,
    // and TakePage drops what does (it belongs to the new slice).
    Slice older;
    older.id = m_nextId++;
    older.lo = m_slices[static_cast<size_t>(busiest)].lo;
    older.hi = Timestamp::fromMicroseconds(older.lo.microseconds() + widest / 2);
    older.cursor.reset(pageTokenAt(*older.hi, m_likeToken));
    m_slices[static_cast<size_t>(busiest)].lo = *older.hi;
    const auto at = m_slices.insert(m_slices.begin() + busiest + 1, std::move(older));
    run(*at, worker);
    return true;
}

void SlicedListing::run(Slice &slice, PageSource *worker)
{
    slice.started = true;
    slice.worker = worker;
    m_sliceOfWorker.insert(worker, slice.id);
    m_idle.removeOne(worker);
    ++m_requests;
    worker->fetch(slice.cursor.token(), m_pageSize);
}

void SlicedListing::onPage(PageSource *worker, const QByteArray &json)
{
    if (!m_running || !m_sliceOfWorker.contains(worker))
        return;
    const int id = m_sliceOfWorker.take(worker);
    Slice *slice = sliceById(id);
    if (!slice)
        return;
    slice->worker = nullptr;
    const PageDigest digest = m_take(id, json, slice->lo);
    if (!digest.ok) {
        fail(digest.problem);
        return;
    }
    const bool last = digest.reachedFloor || isLastPage(digest.received, m_pageSize, digest.nextToken);
    if (!last) {
        m_likeToken = digest.nextToken;
        const QString problem = slice->cursor.advance(nextToken(*slice, digest.nextToken));
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
    }
    slice->done = last;
    if (indexOf(id) == m_head) {
        m_commit(id);
        if (!m_running)
            return;
    }
    if (!last) {
        run(*sliceById(id), worker);
        return;
    }
    m_idle.append(worker);
    advanceHead();
    schedule();
}

QString SlicedListing::nextToken(Slice &slice, const QString &serverToken)
{
    Timestamp last;
    if (Timestamp::parse(serverToken, &last) != Timestamp::ParseResult::Ok) {
        slice.reached.reset();
        return serverToken;
    }
    slice.reached = last;
    // From just after the page's last item rather than before it: items created at that same
    // microsecond that did not fit on the page come with the next one (the model keeps one copy of
    // each), so neither a page boundary nor the slice's start loses them. Not when the whole page
    // was that one microsecond (the cursor would not move): the contract cannot do better there.
    const QString overlapping =
        pageTokenAt(Timestamp::fromMicroseconds(last.microseconds() + 1), serverToken);
    Timestamp previous;
    if (Timestamp::parse(slice.cursor.token(), &previous) == Timestamp::ParseResult::Ok &&
        !(last.microseconds() + 1 < previous.microseconds()))
        return serverToken;
    return overlapping;
}

void SlicedListing::advanceHead()
{
    const int count = static_cast<int>(m_slices.size());
    while (m_running && m_head < count && m_slices[static_cast<size_t>(m_head)].done) {
        ++m_head;
        // The next slice's rows so far go in now; its later pages stream in as they come.
        if (m_head < count)
            m_commit(m_slices[static_cast<size_t>(m_head)].id);
    }
    if (m_running && m_head == count) {
        m_running = false;
        qCDebug(lcSlicedListing) << "listed in" << m_requests << "requests," << count << "slices";
        emit finished();
    }
}

void SlicedListing::fail(const QString &message)
{
    if (!m_running)
        return;
    cancel();
    emit failed(message);
}

} // namespace recdesk
