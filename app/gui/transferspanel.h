#pragma once

#include "transfer/transferqueue.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace recdesk {
class TransferTableModel;
} // namespace recdesk

namespace recdesk::gui {

// The transfers: one row per download or upload with a progress bar, speed and time left;
// cancel and retry the selected rows, clear the finished ones. summaryText() is the one-line
// state for the status bar.
class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPanel(QWidget *parent = nullptr);

    void setQueue(TransferQueue *queue);
    TransferQueue *queue() const { return m_queue; }
    TransferTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QToolButton *cancelButton() const { return m_cancel; }
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *clearButton() const { return m_clear; }

    // "2 running, 1 waiting · 45%"; empty when there is nothing to say.
    QString summaryText() const;

public slots:
    void cancelSelected();
    void retrySelected();
    void clearFinished();

signals:
    void summaryChanged(const QString &text);

private:
    QList<QUuid> selectedIds() const;
    void updateButtons();
    void updateSummary();

    QPointer<TransferQueue> m_queue;
    bool m_followEnd = true; // the list showed its last row when transfers were added
    TransferTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace recdesk::gui
