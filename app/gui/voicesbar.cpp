#include "voicesbar.h"

#include "appicons.h"

#include <algorithm>
#include <cstdlib>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

namespace recdesk::gui {

namespace {
constexpr int kBalanceDetent = 8; // within this of the centre (of ±100) the balance snaps to 0
}

VoicesBar::VoicesBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Voices"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Voices:"), this);
    title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    addLeg(1);
    layout->addSpacing(12);
    addLeg(2);
    layout->addSpacing(12);

    auto *balanceLabel = new QLabel(tr("Balance"), this);
    m_balance = new QSlider(Qt::Horizontal, this);
    m_balance->setAccessibleName(tr("Balance"));
    m_balance->setToolTip(tr("Balance: moves both voices towards the left or the right ear; the centre plays "
                             "leg 1 left and leg 2 right, as recorded"));
    m_balance->setRange(-100, 100);
    m_balance->setValue(0);
    m_balance->setSingleStep(10);
    m_balance->setPageStep(25);
    m_balance->setTickPosition(QSlider::TicksBelow);
    m_balance->setTickInterval(100);
    m_balance->setMaximumWidth(110);
    balanceLabel->setBuddy(m_balance);
    connect(m_balance, &QSlider::valueChanged, this, [this](int v) {
        if (v != 0 && std::abs(v) < kBalanceDetent) {
            m_balance->setValue(0); // comes back here with 0
            return;
        }
        emit balanceChanged(float(v) / 100.f);
    });
    layout->addWidget(balanceLabel);
    layout->addWidget(m_balance);
    layout->addStretch(1);
}

QString VoicesBar::legName(int leg)
{
    return leg == 1 ? tr("Leg 1 (in)") : tr("Leg 2 (out)");
}

void VoicesBar::addLeg(int leg)
{
    Leg &l = m_legs[leg - 1];
    l.mute = new QAction(AppIcons::symbolic(QStringLiteral("volume")), tr("Mute %1").arg(legName(leg)), this);
    l.mute->setIconText(legName(leg)); // what the button shows; checked (pressed) = muted
    l.mute->setCheckable(true);
    l.mute->setShortcut(QKeySequence(leg == 1 ? Qt::Key_1 : Qt::Key_2));
    l.mute->setShortcutContext(Qt::WindowShortcut);
    l.mute->setToolTip(tr("Mute %1 (%2)").arg(legName(leg)).arg(leg));
    connect(l.mute, &QAction::toggled, this, [this, leg](bool muted) { emit legMutedChanged(leg, muted); });

    l.muteButton = new QToolButton(this);
    l.muteButton->setDefaultAction(l.mute);
    l.muteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    l.muteButton->setAutoRaise(true);
    l.muteButton->setIconSize(QSize(16, 16));
    l.muteButton->setAccessibleName(tr("Mute leg %1").arg(leg));
    l.muteButton->setFocusPolicy(Qt::StrongFocus); // tool buttons take no Tab focus by default

    l.volume = new QSlider(Qt::Horizontal, this);
    l.volume->setAccessibleName(tr("Leg %1 volume").arg(leg));
    l.volume->setToolTip(tr("Volume of %1").arg(legName(leg)));
    l.volume->setRange(0, 100);
    l.volume->setValue(100);
    l.volume->setMaximumWidth(90);
    connect(l.volume, &QSlider::valueChanged, this,
            [this, leg](int v) { emit legVolumeChanged(leg, float(v) / 100.f); });

    auto *row = static_cast<QHBoxLayout *>(layout());
    row->addWidget(l.muteButton);
    row->addWidget(l.volume);
}

const VoicesBar::Leg &VoicesBar::legAt(int leg) const
{
    return m_legs[std::clamp(leg, 1, 2) - 1];
}

float VoicesBar::legVolume(int leg) const
{
    return float(legAt(leg).volume->value()) / 100.f;
}

bool VoicesBar::isLegMuted(int leg) const
{
    return legAt(leg).mute->isChecked();
}

float VoicesBar::balance() const
{
    return float(m_balance->value()) / 100.f;
}

void VoicesBar::setLegMuted(int leg, bool muted)
{
    legAt(leg).mute->setChecked(muted);
}

QToolButton *VoicesBar::muteButton(int leg) const
{
    return legAt(leg).muteButton;
}

QSlider *VoicesBar::volumeSlider(int leg) const
{
    return legAt(leg).volume;
}

QAction *VoicesBar::muteAction(int leg) const
{
    return legAt(leg).mute;
}

} // namespace recdesk::gui
