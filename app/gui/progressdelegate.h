#pragma once

#include <QStyledItemDelegate>

namespace recdesk::gui {

// Paints a transfer's progress (ProgressRole, 0..100; -1 or missing: unknown) as the style's
// progress bar, busy-looking when the total is unknown.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace recdesk::gui
