#include "demobanner.h"

#include "appicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace recdesk::gui {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setAccessibleName(tr("Demo mode"));

    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcons::symbolic(QStringLiteral("info")).pixmap(18, 18));
    m_text =
        new QLabel(tr("<b>Demo mode.</b> You are looking at sample recordings and files served by Recdesk's "
                      "built-in sandbox on this computer. Nothing here reaches a real service."),
                   this);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Demo mode explanation"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_addProfile = new QPushButton(AppIcons::symbolic(QStringLiteral("profile")), tr("Add a profile…"), this);
    m_addProfile->setAccessibleName(tr("Add a real profile"));
    m_addProfile->setToolTip(tr("Connect Recdesk to your telephony platform and analytics services"));
    connect(m_addProfile, &QPushButton::clicked, this, &DemoBanner::addProfileRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_addProfile);
}

QString DemoBanner::text() const
{
    return m_text->text();
}

void DemoBanner::paintEvent(QPaintEvent *)
{
    // Highlight colour at low strength: visible, never alarming.
    const QColor base = palette().color(QPalette::Window);
    const QColor accent = palette().color(QPalette::Highlight);
    const qreal a = 0.12;
    const QColor bg = QColor::fromRgbF(base.redF() * (1 - a) + accent.redF() * a,
                                       base.greenF() * (1 - a) + accent.greenF() * a,
                                       base.blueF() * (1 - a) + accent.blueF() * a);
    QPainter p(this);
    p.fillRect(rect(), bg);
    p.setPen(QPen(accent, 1));
    p.drawLine(rect().bottomLeft(), rect().bottomRight());
}

} // namespace recdesk::gui
