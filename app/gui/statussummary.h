#pragma once

#include <QWidget>

class QLabel;

namespace recdesk::gui {

// The status bar's right side: where the data comes from and what the transfers are doing.
class StatusSummary : public QWidget
{
    Q_OBJECT
public:
    explicit StatusSummary(QWidget *parent = nullptr);

    void setConnection(const QString &text, const QString &toolTip = QString());
    void setTransfers(const QString &text);
    QString connectionText() const;
    QString transfersText() const;

private:
    QLabel *m_connection = nullptr;
    QLabel *m_transfers = nullptr;
};

} // namespace recdesk::gui
