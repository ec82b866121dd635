#pragma once

#include <QObject>

class QWidget;

namespace recdesk::gui {

// The window's one-key shortcuts (Space to play, the arrows to skip) must not take a key from the
// control that has the keyboard and needs it: a slider moves with the arrows, a button or a check
// box is pressed with Space, a combo box opens with Space and changes with Up and Down. Watches
// the application's shortcut overrides for the widgets of one window and lets such a control
// keep such a key.
class FocusedControlKeys : public QObject
{
    Q_OBJECT
public:
    // Installed on the application; goes with window.
    explicit FocusedControlKeys(QWidget *window);

    // Whether the control uses this key itself (no shortcut should take it).
    static bool controlUsesKey(const QWidget *control, int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace recdesk::gui
