#include "statussummary.h"

#include <QHBoxLayout>
#include <QLabel>

namespace recdesk::gui {

StatusSummary::StatusSummary(QWidget *parent)
    : QWidget(parent)
{
    m_transfers = new QLabel(this);
    m_transfers->setAccessibleName(tr("Transfers summary"));
    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(16);
    layout->addWidget(m_transfers);
    layout->addWidget(m_connection);
}

void StatusSummary::setConnection(const QString &text, const QString &toolTip)
{
    m_connection->setText(text);
    m_connection->setToolTip(toolTip);
}

void StatusSummary::setTransfers(const QString &text)
{
    m_transfers->setText(text);
    m_transfers->setVisible(!text.isEmpty());
}

QString StatusSummary::connectionText() const
{
    return m_connection->text();
}
QString StatusSummary::transfersText() const
{
    return m_transfers->text();
}

} // namespace recdesk::gui
