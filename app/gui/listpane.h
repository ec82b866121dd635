#pragma once

#include "filterbar.h"
#include "models/pagedtablemodel.h"

#include <functional>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>

class QAction;
class QLabel;
class QMimeData;
class QSettings;
class QTableView;
class QToolButton;

namespace recdesk::gui {

class DragTableView;

// What the Recordings and Files tabs share: a filter bar, a sortable multi-select table over a
// paged platform model (more pages load while scrolling), a footer saying what is loaded, a
// context menu and a remembered column layout. Subclasses map the filter to their proxy and
// the selection to their domain type.
class ListPane : public QWidget
{
    Q_OBJECT
public:
    ListPane(FilterBar::Mode mode, const QString &settingsKey, QWidget *parent = nullptr);

    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *tableView() const;
    PagedTableModel *pagedModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

    // Source-model rows of the selected rows, in view order.
    QList<int> selectedSourceRows() const;
    int selectedCount() const;
    // Source-model row of the row the user chose (the current row while selected, else the one
    // selected row), or -1.
    int currentSourceRow() const;
    void selectSourceRow(int row);

    // What a drag of the selected rows carries (source-model rows); null: no drag.
    void setDragProvider(std::function<QMimeData *(const QList<int> &sourceRows)> provider);

    // Actions of the row context menu (shared with the toolbar).
    void setContextActions(const QList<QAction *> &actions);

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);
    QString footerText() const;

public slots:
    void refresh();
    // Loads the rest of the list (or of the date range) now, several parts at once.
    void loadEverything();

signals:
    void selectionChanged();
    // Enter or double-click on a row.
    void rowActivated(int sourceRow);
    void errorOccurred(const QString &message);
    void modelStateChanged();

protected:
    // Called once the subclass has made its model and proxy.
    void attach(PagedTableModel *model, QSortFilterProxyModel *proxy, int defaultSortColumn);
    virtual void applyFilter(const FilterState &state) = 0;
    // Singular and plural noun for the footer ("%n recording(s)").
    virtual QString countText(int shown, int loaded) const = 0;
    virtual void setDefaultColumnWidths() {}
    void updateFooter();

private:
    void showHeaderMenu(const QPoint &pos);
    // Loads the rest when a client-side filter or another order is on (a partial answer is wrong).
    void loadWholeListIfNeeded();
    void fillViewport();
    // "Showing 3 Nov 2026 – 5 Nov 2026" for a bounded range, else empty.
    QString rangeText() const;

    QString m_settingsKey;
    FilterBar *m_filterBar = nullptr;
    DragTableView *m_table = nullptr;
    QLabel *m_footer = nullptr; // "<range> · <rows> · <state>"
    QToolButton *m_retry = nullptr;
    QToolButton *m_loadAll = nullptr;
    QPointer<PagedTableModel> m_model;
    QPointer<QSortFilterProxyModel> m_proxy;
    QList<QAction *> m_contextActions;
    QByteArray m_savedHeader;
    int m_defaultSortColumn = 0; // the server's order (newest first) is this column, descending
};

} // namespace recdesk::gui
