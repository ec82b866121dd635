#include "extendedmetadatatable.h"

#include "appicons.h"

#include <algorithm>
#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace recdesk::gui {

ExtendedMetadataTable::ExtendedMetadataTable(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Extended metadata"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setAccessibleName(tr("Extended metadata values"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // The corner "select all" button is a control too: it gets a name.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    connect(m_table, &QTableWidget::itemChanged, this, &ExtendedMetadataTable::changed);

    m_add = new QToolButton(this);
    m_add->setIcon(AppIcons::symbolic(QStringLiteral("add")));
    m_add->setToolTip(tr("Add a key and value"));
    m_add->setAccessibleName(tr("Add extended value"));
    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    m_remove = new QToolButton(this);
    m_remove->setIcon(AppIcons::symbolic(QStringLiteral("remove")));
    m_remove->setToolTip(tr("Remove the selected rows"));
    m_remove->setAccessibleName(tr("Remove extended values"));
    connect(m_remove, &QToolButton::clicked, this, &ExtendedMetadataTable::removeSelected);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

int ExtendedMetadataTable::rowCount() const
{
    return m_table->rowCount();
}

void ExtendedMetadataTable::addRow(const QString &key, const QString &value)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    emit changed();
}

void ExtendedMetadataTable::setValues(const QList<QPair<QString, QString>> &values)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    for (const auto &kv : values)
        addRow(kv.first, kv.second);
    emit changed();
}

QList<QPair<QString, QString>> ExtendedMetadataTable::values() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        out.append({key, value});
    }
    return out;
}

void ExtendedMetadataTable::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    emit changed();
}

} // namespace recdesk::gui
