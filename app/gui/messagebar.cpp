#include "messagebar.h"

#include "appicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace recdesk::gui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::NoFrame);

    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Message text"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_detailsButton, &QToolButton::toggled, this, &MessageBar::toggleDetails);

    m_closeButton = new QToolButton(this);
    m_closeButton->setIcon(AppIcons::symbolic(QStringLiteral("close")));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);

    m_detailsView = new QPlainTextEdit(this);
    m_detailsView->setReadOnly(true);
    m_detailsView->setAccessibleName(tr("Message details"));
    m_detailsView->setMaximumHeight(110);
    m_detailsView->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_detailsView);
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

bool MessageBar::detailsVisible() const
{
    return !m_detailsView->isHidden();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_details = details;
    m_text->setText(text);
    m_detailsView->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_detailsView->hide();
    const QString iconName = kind == Kind::Info ? QStringLiteral("info") : QStringLiteral("warning");
    const int size = 18;
    m_icon->setPixmap(AppIcons::symbolic(iconName).pixmap(size, size));
    update();
    show();
}

void MessageBar::dismiss()
{
    hide();
    m_text->clear();
    m_details.clear();
}

void MessageBar::toggleDetails()
{
    m_detailsView->setVisible(m_detailsButton->isChecked());
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}

QColor MessageBar::accentColor() const
{
    switch (m_kind) {
    case Kind::Info:
        return QColor(0x2b, 0x6c, 0xb0);
    case Kind::Warning:
        return QColor(0xc0, 0x7b, 0x00);
    case Kind::Error:
        break;
    }
    return QColor(0xc5, 0x30, 0x30);
}

void MessageBar::paintEvent(QPaintEvent *)
{
    // A soft tint of the kind's colour over the window colour, so the bar reads well in both
    // light and dark palettes.
    const QColor accent = accentColor();
    const QColor base = palette().color(QPalette::Window);
    const qreal a = 0.16;
    const QColor bg = QColor::fromRgbF(base.redF() * (1 - a) + accent.redF() * a,
                                       base.greenF() * (1 - a) + accent.greenF() * a,
                                       base.blueF() * (1 - a) + accent.blueF() * a);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accent, 1));
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace recdesk::gui
