#pragma once

#include <QWidget>

class QAction;
class QSlider;
class QToolButton;

namespace recdesk::gui {

// The "Voices" row of the player for a two-leg recording: per leg a mute button and a volume
// slider, and a balance slider. It only reports changes; the player panel hands them to the
// review engine, which applies them from the next block it plays (no gap, no restart).
class VoicesBar : public QWidget
{
    Q_OBJECT
public:
    explicit VoicesBar(QWidget *parent = nullptr);

    // What the app calls the legs: it does not know which is the agent and which the customer.
    static QString legName(int leg);

    // leg: 1 or 2. Volume 0 to 1, balance -1 to +1.
    float legVolume(int leg) const;
    bool isLegMuted(int leg) const;
    float balance() const;
    void setLegMuted(int leg, bool muted);

    QToolButton *muteButton(int leg) const;
    QSlider *volumeSlider(int leg) const;
    QSlider *balanceSlider() const { return m_balance; }
    // Keys 1 and 2 toggle the mute of leg 1 and leg 2 (window-wide, like the player's keys).
    QAction *muteAction(int leg) const;

signals:
    void legVolumeChanged(int leg, float volume);
    void legMutedChanged(int leg, bool muted);
    void balanceChanged(float balance);

private:
    struct Leg
    {
        QAction *mute = nullptr;
        QToolButton *muteButton = nullptr;
        QSlider *volume = nullptr;
    };
    void addLeg(int leg);
    const Leg &legAt(int leg) const;

    Leg m_legs[2];
    QSlider *m_balance = nullptr;
};

} // namespace recdesk::gui
