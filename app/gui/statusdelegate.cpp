#include "statusdelegate.h"

#include "domain/enums.h"
#include "models/pagedtablemodel.h"

#include <QApplication>
#include <QPainter>

namespace recdesk::gui {

QColor StatusDelegate::colorFor(int status)
{
    switch (RecordingStatus(status)) {
    case RecordingStatus::Ended:
        return QColor(0x2f, 0x9e, 0x44);
    case RecordingStatus::Recording:
        return QColor(0xe0, 0x31, 0x31);
    case RecordingStatus::Initiating:
    case RecordingStatus::Stopping:
        return QColor(0xe6, 0x9b, 0x00);
    case RecordingStatus::Unknown:
        break;
    }
    return QColor();
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant status = index.data(PagedTableModel::StatusRole);
    const QColor color = status.isValid() ? colorFor(status.toInt()) : QColor();
    if (!color.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int dot = qMax(7, opt.fontMetrics.height() / 2);
    const int pad = 4;
    // Let the style draw background, selection and text, shifted right to make room for the dot.
    QStyleOptionViewItem textOpt = opt;
    textOpt.rect.adjust(dot + 2 * pad, 0, 0, 0);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem bgOpt = opt;
    bgOpt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &bgOpt, painter, widget);
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QRectF r(opt.rect.left() + pad + 0.5, opt.rect.center().y() - dot / 2.0 + 0.5, dot, dot);
    painter->drawEllipse(r);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() / 2 + 10;
    return s;
}

} // namespace recdesk::gui
