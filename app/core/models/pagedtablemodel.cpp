#include "pagedtablemodel.h"

#include "domain/page.h"
#include "historyprobe.h"
#include "pagesource.h"

#include <limits>
#include <memory>
#include <QLoggingCategory>
#include <utility>

namespace recdesk {

Q_LOGGING_CATEGORY(lcPagedModel, "recdesk.models.paged", QtInfoMsg)

PagedTableModel::PagedTableModel(PageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    if (m_source) {
        connect(m_source, &PageSource::pageArrived, this, &PagedTableModel::onPageArrived);
        connect(m_source, &PageSource::failed, this, &PagedTableModel::onFailed);
        // The session (and with it the source) goes on sign-out: nothing will answer any more.
        connect(m_source, &QObject::destroyed, this, [this] {
            cancelRequests();
            setLoading(false);
        });
    }
}

PagedTableModel::~PagedTableModel()
{
    // Not cancelRequests(): the rows (a subclass) are gone by now.
    stopRequests();
}

void PagedTableModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, kMaxPageSize);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && !m_atEnd && !m_failed;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_loading)
        return;
    requestPage();
}

QHash<int, QByteArray> PagedTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "id");
    names.insert(ItemRole, "item");
    names.insert(StatusRole, "status");
    return names;
}

void PagedTableModel::setRange(const ListingRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    clear();
    emit rangeChanged(m_range);
}

int PagedTableModel::parallelRequests() const
{
    return m_parallelRequests;
}

QString PagedTableModel::startToken() const
{
    return m_range.until ? pageTokenAt(*m_range.until, m_likeToken) : QString();
}

void PagedTableModel::cancelRequests()
{
    stopRequests();
    dropSlices();
}

void PagedTableModel::stopRequests()
{
    if (m_source && m_source->isBusy())
        m_source->cancel();
    // Deleted later: this may run inside one of their own signals.
    if (m_slices) {
        m_slices->cancel();
        m_slices->disconnect(this);
        m_slices->deleteLater();
        m_slices = nullptr;
    }
    if (m_probe) {
        m_probe->cancel();
        m_probe->disconnect(this);
        m_probe->deleteLater();
        m_probe = nullptr;
    }
}

void PagedTableModel::refresh()
{
    if (!m_source)
        return;
    cancelRequests();
    m_cursor.reset(startToken());
    m_atEnd = false;
    m_failed = false;
    m_lastError.clear();
    m_refreshing = true;
    // Cover what the user has already seen, and at least the first page.
    m_fetchUntil = qMax(rowCount(), 1);
    restartConfirmation();
    requestPage();
}

void PagedTableModel::fetchAll()
{
    m_fetchUntil = std::numeric_limits<int>::max();
    if (!m_loading && canFetchMore(QModelIndex()))
        requestPage();
}

void PagedTableModel::loadEverything()
{
    if (!m_source || m_atEnd || m_slices || m_probe)
        return;
    const std::unique_ptr<PageSource> sibling(m_source->createSibling(nullptr));
    Timestamp cursorAt;
    const QString token = m_cursor.token();
    const bool tokenIsTime = Timestamp::parse(token, &cursorAt) == Timestamp::ParseResult::Ok;
    // A refresh merges pages into old rows in order; a cursor that is not a time cannot be sliced.
    if (!sibling || m_refreshing || (!token.isEmpty() && !tokenIsTime)) {
        m_failed = false;
        fetchAll();
        return;
    }
    cancelRequests(); // a page on the way is asked for again by the slices
    m_failed = false;
    m_lastError.clear();
    m_parallelRequests = 0;
    setLoading(true);
    // Below what is loaded already (the cursor: the range's end before the first page), or from
    // the newest item.
    const std::optional<Timestamp> upper =
        token.isEmpty() ? std::nullopt : std::optional<Timestamp>(cursorAt);
    if (m_range.from) {
        startSlices(*m_range.from, upper, std::nullopt);
        return;
    }
    m_probe = new HistoryProbe(m_source, m_parallelism, this);
    connect(m_probe, &HistoryProbe::finished, this,
            [this, upper](Timestamp floor, std::optional<Timestamp> newest) {
                m_parallelRequests += m_probe->requests();
                m_probe->deleteLater();
                m_probe = nullptr;
                if (!newest) {
                    onSlicesFinished(); // nothing below the cursor: the list has ended
                    return;
                }
                startSlices(floor, upper, newest);
            });
    connect(m_probe, &HistoryProbe::failed, this, &PagedTableModel::onParallelFailed);
    m_probe->start(upper, m_likeToken);
}

void PagedTableModel::startSlices(Timestamp floor, std::optional<Timestamp> upper,
                                  std::optional<Timestamp> top)
{
    m_slices = new SlicedListing(
        m_source,
        [this](int slice, const QByteArray &json, Timestamp sliceFloor) {
            return takeSlicePage(slice, json, sliceFloor);
        },
        [this](int slice) {
            const int before = rowCount();
            commitSlice(slice);
            emit pageLoaded(rowCount() - before);
        },
        this);
    m_slices->setWorkers(m_parallelism);
    m_slices->setPageSize(m_pageSize);
    connect(m_slices, &SlicedListing::finished, this, &PagedTableModel::onSlicesFinished);
    connect(m_slices, &SlicedListing::failed, this, &PagedTableModel::onParallelFailed);
    m_slices->start(floor, upper, top, m_likeToken);
}

void PagedTableModel::onSlicesFinished()
{
    if (m_slices) {
        m_parallelRequests += m_slices->requests();
        m_slices->deleteLater();
        m_slices = nullptr;
    }
    dropSlices();
    dropUnconfirmedRows();
    m_atEnd = true;
    m_fetchUntil = 0;
    setLoading(false);
    emit pageLoaded(0);
}

void PagedTableModel::onParallelFailed(const QString &message)
{
    // Everything committed so far is a whole, newest-first prefix: retry() goes on from its end
    // (in slices again).
    if (m_slices) {
        m_parallelRequests += m_slices->requests();
        m_cursor.reset(m_slices->resumeToken().isEmpty() ? m_cursor.token() : m_slices->resumeToken());
    } else if (m_probe) {
        m_parallelRequests += m_probe->requests();
    }
    cancelRequests();
    qCInfo(lcPagedModel) << "parallel listing failed:" << message;
    m_failed = true;
    m_retryInParallel = true;
    m_lastError = message;
    setLoading(false);
    emit errorOccurred(message);
}

void PagedTableModel::retry()
{
    if (!m_failed || !m_source)
        return;
    if (std::exchange(m_retryInParallel, false)) {
        loadEverything();
        return;
    }
    m_failed = false;
    m_lastError.clear();
    if (!m_loading)
        requestPage();
}

void PagedTableModel::clear()
{
    cancelRequests();
    setLoading(false);
    m_cursor.reset(startToken());
    m_lastError.clear();
    m_atEnd = false;
    m_failed = false;
    m_retryInParallel = false;
    m_refreshing = false;
    m_fetchUntil = 0;
    clearRows();
}

bool PagedTableModel::isLastPage(int received, const QString &nextToken) const
{
    return recdesk::isLastPage(received, m_pageSize, nextToken);
}

void PagedTableModel::requestPage()
{
    setLoading(true);
    m_source->fetch(m_cursor.token(), m_pageSize);
}

void PagedTableModel::onPageArrived(const QByteArray &json)
{
    if (!m_loading)
        return; // an answer we no longer wait for (cleared meanwhile)
    const PageOutcome outcome = mergePage(json);
    if (!outcome.ok) {
        onFailed(outcome.problem);
        return;
    }
    if (!outcome.nextToken.isEmpty())
        m_likeToken = outcome.nextToken;
    if (!outcome.last) {
        const QString problem = m_cursor.advance(outcome.nextToken);
        if (!problem.isEmpty()) {
            onFailed(problem);
            return;
        }
    }
    m_atEnd = outcome.last;
    setLoading(false);
    emit pageLoaded(outcome.received);
    if (!m_atEnd && confirmedRowCount() < m_fetchUntil) {
        requestPage();
        return;
    }
    finishRefreshIfDone();
}

void PagedTableModel::onFailed(const QString &message)
{
    if (!m_loading)
        return;
    qCInfo(lcPagedModel) << "page request failed:" << message;
    m_failed = true;
    m_retryInParallel = false;
    m_lastError = message;
    setLoading(false);
    // A failed refresh leaves the rows it had not reached as they were.
    m_refreshing = false;
    m_fetchUntil = 0;
    emit errorOccurred(message);
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedTableModel::finishRefreshIfDone()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    if (m_fetchUntil != std::numeric_limits<int>::max())
        m_fetchUntil = 0;
    emit refreshFinished();
}

} // namespace recdesk
