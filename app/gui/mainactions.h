#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace recdesk::gui {

class PlayerPanel;
class ReviewPanel;

// The main window's commands (text, icon, shortcut, tool tip) and where they appear: the menu
// bar, the tool bar and the lists' context menus. The window connects what they do.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    // Builds the menu bar and the tool bar; the transfers dock's own toggle and the player's
    // shortcuts go in too.
    void install(QMainWindow *window, QDockWidget *transfersDock, const PlayerPanel *player,
                 const ReviewPanel *review);
    QList<QAction *> recordingContextMenu() const;
    QList<QAction *> fileContextMenu() const;
    static QString downloadToolTip();
    static void showAbout(QWidget *parent);

    QAction *refresh = nullptr;
    QAction *download = nullptr;
    QAction *upload = nullptr;
    QAction *sendToAnalytics = nullptr;
    QAction *play = nullptr;
    QAction *copyId = nullptr;
    QAction *profiles = nullptr;
    QAction *quit = nullptr;
    QAction *about = nullptr;
    QAction *focusSearch = nullptr;
    QAction *shortcuts = nullptr; // the keyboard shortcuts overlay (?)
    QAction *exportReviews = nullptr;
};

} // namespace recdesk::gui
