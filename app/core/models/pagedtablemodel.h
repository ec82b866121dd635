#pragma once

#include "domain/pagecursor.h"
#include "pagesource.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

namespace recdesk {

// The paging state machine shared by the platform list models: asks its PageSource for one page
// at a time (never two in flight), follows next_page_token, knows when the list has ended, and
// reports loading and errors. The rows themselves live in PagedRowModel<T>.
//
// refresh() asks for the list again from the first page while the old rows stay on screen: each
// page that arrives is merged into the rows by id, so rows (and persistent indexes, hence the
// selection) of ids still present survive, new ids are inserted and vanished ids removed. It keeps
// fetching until it has covered as many rows as were loaded before, or the list ends.
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

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Reload from the first page, keeping rows (and the selection) of ids still present.
    void refresh();
    // Keep asking for pages until the list ends (e.g. before filtering the whole list).
    void fetchAll();
    // After an error: ask again for the page that failed.
    void retry();
    // Drop every row and start over with nothing loaded.
    void clear();

signals:
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
    };

    // Decode one list body and merge its items into the rows (see PagedRowModel).
    virtual PageOutcome mergePage(const QByteArray &json) = 0;
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

    QPointer<PageSource> m_source;
    PageCursor m_cursor; // the next page's token; refuses one that would never end the list
    QString m_lastError;
    int m_pageSize = kMaxPageSize;
    int m_fetchUntil = 0; // keep fetching while fewer rows than this are confirmed
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_refreshing = false;
};

} // namespace recdesk
