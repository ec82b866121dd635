#include "listpane.h"

#include "appicons.h"
#include "dragtableview.h"
#include "models/listingrange.h"
#include "models/pagedtablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace recdesk::gui {

ListPane::ListPane(FilterBar::Mode mode, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
{
    m_filterBar = new FilterBar(mode, this);
    connect(m_filterBar, &FilterBar::changed, this, [this](const FilterState &state) {
        // The creation days go to the server's cursor: the list starts at the range's end (a new
        // range drops the rows loaded so far; the same range keeps them).
        if (m_model)
            m_model->setRange(ListingRange::ofLocalDays(state.from, state.to));
        applyFilter(state);
        loadWholeListIfNeeded();
        updateFooter();
    });

    m_table = new DragTableView(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    // The corner "select all" button is a control too: it gets a name.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ListPane::showHeaderMenu);
    // Pages come newest first. Sorted any other way, a partly loaded list would put the oldest
    // loaded row first and insert older ones above it while scrolling: like a filter, another
    // order needs the whole list (or range).
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ListPane::loadWholeListIfNeeded);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_contextActions.isEmpty())
            return;
        QMenu menu(this);
        for (QAction *a : std::as_const(m_contextActions)) {
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid() && m_proxy)
            emit rowActivated(m_proxy->mapToSource(index).row());
    };
    connect(m_table, &QTableView::doubleClicked, this, activate);
    connect(m_table, &DragTableView::enterPressed, this, activate);
    // Lazy loading: the view asks for more at the bottom; a short list is topped up at once.
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] { fillViewport(); });

    m_footer = new QLabel(this);
    m_footer->setAccessibleName(tr("List status"));
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_retry = new QToolButton(this);
    m_retry->setText(tr("Try again"));
    m_retry->setAccessibleName(tr("Try loading again"));
    m_retry->setIcon(AppIcons::symbolic(QStringLiteral("retry")));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_retry->setAutoRaise(true);
    m_retry->hide();
    connect(m_retry, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->retry();
    });
    m_loadAll = new QToolButton(this);
    m_loadAll->setText(tr("Load everything"));
    m_loadAll->setToolTip(tr("Load the rest of the list now, several parts at once"));
    m_loadAll->setAccessibleName(tr("Load everything"));
    m_loadAll->setAutoRaise(true);
    m_loadAll->hide();
    connect(m_loadAll, &QToolButton::clicked, this, &ListPane::loadEverything);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(2, 0, 2, 0);
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_loadAll);
    footer->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 2);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
}

QTableView *ListPane::tableView() const
{
    return m_table;
}

void ListPane::attach(PagedTableModel *model, QSortFilterProxyModel *proxy, int defaultSortColumn)
{
    m_model = model;
    m_proxy = proxy;
    proxy->setSourceModel(model);
    m_table->setModel(proxy);
    m_defaultSortColumn = defaultSortColumn;
    setDefaultColumnWidths();
    if (!m_savedHeader.isEmpty())
        m_table->horizontalHeader()->restoreState(m_savedHeader);
    // Columns are remembered, not the order: another order loads the whole history, which a
    // start or a profile switch should not do unasked.
    m_table->sortByColumn(defaultSortColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPane::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPane::selectionChanged);
    connect(model, &PagedTableModel::loadingChanged, this, &ListPane::updateFooter);
    connect(model, &PagedTableModel::pageLoaded, this, &ListPane::updateFooter);
    connect(model, &PagedTableModel::refreshFinished, this, &ListPane::updateFooter);
    connect(model, &PagedTableModel::errorOccurred, this, [this](const QString &message) {
        updateFooter();
        emit errorOccurred(message);
    });
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ListPane::updateFooter);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ListPane::updateFooter);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ListPane::updateFooter);
    // Emptied (another range, Refresh after a clear) while a filter or another order is on: the
    // whole list again, once the model has finished resetting.
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { QTimer::singleShot(0, this, &ListPane::loadWholeListIfNeeded); });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &ListPane::updateFooter);
    const FilterState filter = m_filterBar->state();
    model->setRange(ListingRange::ofLocalDays(filter.from, filter.to));
    if (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    updateFooter();
}

void ListPane::fillViewport()
{
    if (!m_model || !m_proxy || m_model->isLoading())
        return;
    if (m_table->verticalScrollBar()->maximum() == 0 && m_proxy->canFetchMore(QModelIndex()))
        QTimer::singleShot(0, this, [this] {
            if (m_proxy && m_proxy->canFetchMore(QModelIndex()))
                m_proxy->fetchMore(QModelIndex());
        });
}

void ListPane::updateFooter()
{
    if (!m_model || !m_proxy) {
        m_footer->setText(tr("Not connected"));
        return;
    }
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = countText(shown, loaded);
    const bool failed = !m_model->lastError().isEmpty() && !m_model->isLoading();
    const QString range = rangeText();
    if (m_model->isLoading())
        text = loaded == 0 ? tr("Loading…") : tr("%1 · loading more…").arg(text);
    else if (failed)
        text = tr("%1 · loading stopped: %2").arg(text, m_model->lastError());
    else if (!m_model->isComplete() && loaded > 0)
        text = tr("%1 · more load as you scroll").arg(text);
    else if (m_model->isComplete() && !range.isEmpty())
        text = tr("%1 · complete").arg(text);
    if (!range.isEmpty())
        text = tr("%1 · %2", "range · rows and state").arg(range, text);
    m_footer->setText(text);
    m_footer->setToolTip(failed ? m_model->lastError() : QString());
    m_retry->setVisible(failed);
    m_loadAll->setVisible(!m_model->isComplete() && !failed);
    m_loadAll->setEnabled(!m_model->isLoading());
    emit modelStateChanged();
}

QString ListPane::footerText() const
{
    return m_footer->text();
}

QString ListPane::rangeText() const
{
    const ListingRange &range = m_model->range();
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    const QString first = range.from ? locale.toString(range.firstLocalDay(), format) : QString();
    const QString last = range.until ? locale.toString(range.lastLocalDay(), format) : QString();
    if (range.from && range.until)
        return first == last ? tr("Showing %1").arg(first) : tr("Showing %1 – %2").arg(first, last);
    if (range.from)
        return tr("Showing from %1").arg(first);
    if (range.until)
        return tr("Showing until %1").arg(last);
    return QString();
}

void ListPane::loadWholeListIfNeeded()
{
    // Filters other than the date range, and orders other than the server's (newest first),
    // happen in the client: on part of the list they would give a wrong answer.
    if (!m_model || m_model->isComplete())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    const bool serverOrder = header->sortIndicatorSection() == m_defaultSortColumn &&
                             header->sortIndicatorOrder() == Qt::DescendingOrder;
    if (!m_filterBar->state().isEmpty() || !serverOrder)
        loadEverything();
}

void ListPane::loadEverything()
{
    if (m_model)
        m_model->loadEverything();
    updateFooter();
}

QList<int> ListPane::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_proxy || !m_table->selectionModel())
        return rows;
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

int ListPane::selectedCount() const
{
    return m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
}

int ListPane::currentSourceRow() const
{
    if (!m_proxy)
        return -1;
    // The row the user chose: the current row only while it is selected. A filter that hides the
    // selected row moves the view's current index to a neighbour without selecting it; the details,
    // the player and the review keys must not follow it to a recording nobody chose.
    // (A mouse press also makes a row current just before selecting it: the row selected until
    // then must not be chosen again for that moment, so a current row that is not selected means
    // nothing is chosen.)
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection)
        return -1;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return selection->isRowSelected(current.row(), current.parent()) ? m_proxy->mapToSource(current).row()
                                                                         : -1;
    const QModelIndexList selected = selection->selectedRows();
    return selected.size() == 1 ? m_proxy->mapToSource(selected.constFirst()).row() : -1;
}

void ListPane::selectSourceRow(int row)
{
    if (!m_proxy || !m_model)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ListPane::setDragProvider(std::function<QMimeData *(const QList<int> &sourceRows)> provider)
{
    m_table->setMimeProvider([this, provider](const QModelIndexList &rows) -> QMimeData * {
        if (!provider || !m_proxy)
            return nullptr;
        QList<int> sourceRows;
        for (const QModelIndex &index : rows)
            sourceRows.append(m_proxy->mapToSource(index).row());
        return provider(sourceRows);
    });
}

void ListPane::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ListPane::refresh()
{
    if (m_model)
        m_model->refresh();
}

void ListPane::showHeaderMenu(const QPoint &pos)
{
    auto *header = m_table->horizontalHeader();
    if (!m_table->model())
        return;
    QMenu menu(this);
    for (int section = 0; section < header->count(); ++section) {
        const QString name = m_table->model()->headerData(section, Qt::Horizontal).toString();
        QAction *a = menu.addAction(name);
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(section));
        connect(a, &QAction::toggled, this,
                [header, section](bool on) { header->setSectionHidden(section, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this, header] {
        for (int section = 0; section < header->count(); ++section) {
            header->setSectionHidden(section, false);
            header->moveSection(header->visualIndex(section), section);
        }
        setDefaultColumnWidths();
    });
    menu.exec(header->mapToGlobal(pos));
}

void ListPane::saveLayout(QSettings &settings) const
{
    if (!m_table->model())
        return; // no columns yet: keep what was saved before
    settings.setValue(m_settingsKey + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
}

void ListPane::restoreLayout(const QSettings &settings)
{
    // Applied now if the columns exist, else when a model is attached.
    m_savedHeader = settings.value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (!m_savedHeader.isEmpty() && m_table->model())
        m_table->horizontalHeader()->restoreState(m_savedHeader);
}

} // namespace recdesk::gui
