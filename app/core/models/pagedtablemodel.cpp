#include "pagedtablemodel.h"

#include "domain/page.h"
#include "pagesource.h"

#include <limits>
#include <QLoggingCategory>

namespace recdesk {

Q_LOGGING_CATEGORY(lcPagedModel, "recdesk.models.paged", QtInfoMsg)

PagedTableModel::PagedTableModel(PageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    if (m_source) {
        connect(m_source, &PageSource::pageArrived, this, &PagedTableModel::onPageArrived);
        connect(m_source, &PageSource::failed, this, &PagedTableModel::onFailed);
    }
}

PagedTableModel::~PagedTableModel() = default;

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

void PagedTableModel::refresh()
{
    if (!m_source)
        return;
    if (m_loading)
        m_source->cancel();
    m_cursor.reset();
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

void PagedTableModel::retry()
{
    if (!m_failed || !m_source)
        return;
    m_failed = false;
    m_lastError.clear();
    if (!m_loading)
        requestPage();
}

void PagedTableModel::clear()
{
    if (m_source && m_loading)
        m_source->cancel();
    setLoading(false);
    m_cursor.reset();
    m_lastError.clear();
    m_atEnd = false;
    m_failed = false;
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
