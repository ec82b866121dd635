#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QTreeWidget;

namespace recdesk::gui {

// An action whose text changes with its state sets this property to the name the shortcuts list
// shows for it.
inline constexpr char kOverlayTextProperty[] = "recdeskOverlayText";

// The keyboard shortcuts, listed over the window (Help ▸ Keyboard shortcuts, or ?): made from the
// actions themselves, so the list always says what the keys really do. Esc or ? closes it and
// gives the keyboard back to where it was.
class ShortcutsOverlay : public QWidget
{
    Q_OBJECT
public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    // window: the overlay covers it and follows its size.
    ShortcutsOverlay(QWidget *window, const QList<Group> &groups);

    // Shows the overlay (made once per window), or hides it when it is shown.
    static ShortcutsOverlay *toggle(QWidget *window, const QList<Group> &groups);
    QTreeWidget *list() const { return m_list; }
    void open();
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fill(const QList<Group> &groups);

    QTreeWidget *m_list = nullptr;
    QPointer<QWidget> m_focusBefore;
};

} // namespace recdesk::gui
