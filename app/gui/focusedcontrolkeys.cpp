#include "focusedcontrolkeys.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QScrollBar>

namespace recdesk::gui {

FocusedControlKeys::FocusedControlKeys(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool FocusedControlKeys::controlUsesKey(const QWidget *control, int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & ~Qt::KeypadModifier)
        return false; // Shift+Left and the like stay the window's
    if (qobject_cast<const QAbstractSlider *>(control) && !qobject_cast<const QScrollBar *>(control)) {
        switch (key) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            return true;
        default:
            return false;
        }
    }
    if (qobject_cast<const QAbstractButton *>(control))
        return key == Qt::Key_Space;
    if (qobject_cast<const QComboBox *>(control))
        return key == Qt::Key_Space || key == Qt::Key_Up || key == Qt::Key_Down;
    return false;
}

bool FocusedControlKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (widget->window() == m_window && controlUsesKey(widget, key->key(), key->modifiers()))
            event->accept(); // the key goes to the control, not to a shortcut
    }
    return QObject::eventFilter(watched, event);
}

} // namespace recdesk::gui
