#include "transferspanel.h"

#include "appicons.h"
#include "progressdelegate.h"
#include "transfer/transferqueue.h"
#include "transfer/transfersummary.h"
#include "transfer/transfertablemodel.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace recdesk::gui {

namespace {
QToolButton *makeButton(const QString &icon, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(AppIcons::symbolic(icon));
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAccessibleName(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

TransfersPanel::TransfersPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Transfers"));
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Transfers list"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setShowGrid(false);
    // The corner "select all" button is a control too: it gets a name.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all"));
    m_table->setAlternatingRowColors(true);
    // New transfers come at the end: the list follows them, as a log does, while it shows its
    // last row; scrolled up to an older one, it stays there.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followEnd = value == bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followEnd)
            bar->setValue(max);
    });
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_cancel = makeButton(QStringLiteral("cancel"), tr("Cancel"), tr("Stop the selected transfers"), this);
    m_retry = makeButton(QStringLiteral("retry"), tr("Retry"), tr("Try the selected transfers again"), this);
    m_clear = makeButton(QStringLiteral("clear"), tr("Clear finished"),
                         tr("Remove finished transfers from the list"), this);
    connect(m_cancel, &QToolButton::clicked, this, &TransfersPanel::cancelSelected);
    connect(m_retry, &QToolButton::clicked, this, &TransfersPanel::retrySelected);
    connect(m_clear, &QToolButton::clicked, this, &TransfersPanel::clearFinished);

    m_empty = new QLabel(tr("Downloads and uploads appear here."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void TransfersPanel::setQueue(TransferQueue *queue)
{
    if (queue == m_queue)
        return; // the workspace keeps one queue across sessions: its model and columns stay
    m_queue = queue;
    delete m_model;
    m_model = queue ? new TransferTableModel(queue, this) : nullptr;
    m_followEnd = true;
    m_table->setModel(m_model);
    if (m_model) {
        m_table->setItemDelegateForColumn(TransferTableModel::ProgressColumn,
                                          new ProgressDelegate(TransferTableModel::ProgressRole, m_table));
        const QFontMetrics fm = m_table->fontMetrics();
        m_table->setColumnWidth(TransferTableModel::NameColumn, fm.averageCharWidth() * 34);
        m_table->setColumnWidth(TransferTableModel::DirectionColumn,
                                fm.horizontalAdvance(tr("Download")) + 24);
        m_table->setColumnWidth(TransferTableModel::DestinationColumn, fm.averageCharWidth() * 16);
        m_table->setColumnWidth(TransferTableModel::StateColumn, fm.averageCharWidth() * 12);
        m_table->setColumnWidth(TransferTableModel::ProgressColumn, 150);
        m_table->setColumnWidth(TransferTableModel::BytesColumn, fm.averageCharWidth() * 20);
        m_table->setColumnWidth(TransferTableModel::SpeedColumn, fm.averageCharWidth() * 12);
        m_table->setColumnWidth(TransferTableModel::TimeLeftColumn, fm.averageCharWidth() * 10);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &TransfersPanel::updateButtons);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, [this] {
                updateButtons();
                updateSummary();
            });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            updateButtons();
            updateSummary();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, &TransfersPanel::updateSummary);
    }
    updateButtons();
    updateSummary();
}

QList<QUuid> TransfersPanel::selectedIds() const
{
    QList<QUuid> ids;
    if (!m_model)
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(TransferTableModel::IdRole).toUuid());
    return ids;
}

void TransfersPanel::cancelSelected()
{
    if (!m_queue)
        return;
    for (const QUuid &id : selectedIds())
        m_queue->cancel(id);
}

void TransfersPanel::retrySelected()
{
    if (!m_queue)
        return;
    for (const QUuid &id : selectedIds()) {
        const int row = m_queue->indexOf(id);
        if (row >= 0) {
            const auto state = m_queue->at(row).state;
            if (state == TransferItem::State::Failed || state == TransferItem::State::Cancelled)
                m_queue->retry(id);
        }
    }
}

void TransfersPanel::clearFinished()
{
    if (m_queue)
        m_queue->clearFinished();
}

void TransfersPanel::updateButtons()
{
    bool canCancel = false, canRetry = false, anyFinished = false;
    if (m_queue) {
        for (const QUuid &id : selectedIds()) {
            const int row = m_queue->indexOf(id);
            if (row < 0)
                continue;
            const TransferItem &item = m_queue->at(row);
            canCancel = canCancel || !item.isFinished();
            canRetry = canRetry || item.state == TransferItem::State::Failed ||
                       item.state == TransferItem::State::Cancelled;
        }
        for (const TransferItem &item : m_queue->items())
            anyFinished = anyFinished || item.isFinished();
    }
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    m_clear->setEnabled(anyFinished);
    m_empty->setVisible(!m_queue || m_queue->count() == 0);
}

QString TransfersPanel::summaryText() const
{
    return m_queue ? TransferSummary::of(m_queue->items()).statusText() : QString();
}

void TransfersPanel::updateSummary()
{
    emit summaryChanged(summaryText());
}

} // namespace recdesk::gui
