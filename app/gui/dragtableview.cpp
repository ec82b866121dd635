#include "dragtableview.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>

namespace recdesk::gui {

DragTableView::DragTableView(QWidget *parent)
    : QTableView(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
}

void DragTableView::startDrag(Qt::DropActions)
{
    if (!m_provider)
        return;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return;
    QMimeData *data = m_provider(rows);
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void DragTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit enterPressed(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace recdesk::gui
