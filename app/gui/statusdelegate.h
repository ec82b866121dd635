#pragma once

#include <QStyledItemDelegate>

namespace recdesk::gui {

// The recordings' status column: the status word with a small coloured dot in front (green
// ended, red recording, amber starting/stopping), so the state reads at a glance without
// relying on colour alone.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The colour cue of a RecordingStatus (as int); invalid for unknown values.
    static QColor colorFor(int status);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace recdesk::gui
