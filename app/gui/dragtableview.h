#pragma once

#include <functional>
#include <QTableView>

class QMimeData;

namespace recdesk::gui {

// A table whose selected rows can be dragged out to a file manager or the desktop. What the
// drag carries is asked from a provider (the main window), which knows how to turn rows into
// files; without a provider, or when it returns nothing, no drag starts.
class DragTableView : public QTableView
{
    Q_OBJECT
public:
    using MimeProvider = std::function<QMimeData *(const QModelIndexList &rows)>;

    explicit DragTableView(QWidget *parent = nullptr);
    void setMimeProvider(MimeProvider provider) { m_provider = std::move(provider); }

signals:
    void enterPressed(const QModelIndex &index);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    MimeProvider m_provider;
};

} // namespace recdesk::gui
