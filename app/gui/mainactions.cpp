#include "mainactions.h"

#include "appicons.h"
#include "playerpanel.h"
#include "recdesk/version.h"
#include "reviewpanel.h"
#include "shortcutsoverlay.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QWidget>

namespace recdesk::gui {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    refresh = new QAction(AppIcons::symbolic(QStringLiteral("refresh")), tr("&Refresh"), window);
    refresh->setShortcuts(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the list again (F5)"));

    download = new QAction(AppIcons::symbolic(QStringLiteral("download")), tr("&Download…"), window);
    download->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    download->setToolTip(downloadToolTip());

    upload = new QAction(AppIcons::symbolic(QStringLiteral("upload")), tr("&Upload…"), window);
    upload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    upload->setToolTip(tr("Upload audio or chat files (Ctrl+U); you can also drop files on the window"));

    sendToAnalytics =
        new QAction(AppIcons::symbolic(QStringLiteral("analytics")), tr("Send to &analytics…"), window);
    sendToAnalytics->setToolTip(tr("Send the selected recording to speech analytics by link"));

    play = new QAction(AppIcons::symbolic(QStringLiteral("play")), tr("&Play"), window);

    copyId = new QAction(tr("Copy &id"), window);
    copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    profiles = new QAction(AppIcons::symbolic(QStringLiteral("profile")), tr("&Profiles…"), window);
    profiles->setToolTip(tr("Add or change the services Recdesk connects to"));

    quit = new QAction(tr("&Quit"), window);
    quit->setShortcuts(QKeySequence::Quit);

    about = new QAction(tr("&About Recdesk"), window);

    focusSearch = new QAction(tr("&Search"), window);
    focusSearch->setShortcuts(QKeySequence::Find);

    exportReviews = new QAction(tr("&Export reviews…"), window);
    exportReviews->setToolTip(
        tr("Write the notes and review states of this connection to a CSV or JSON file"));

    shortcuts = new QAction(tr("&Keyboard shortcuts"), window);
    shortcuts->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
}

QString MainActions::downloadToolTip()
{
    return tr("Save the selected items to a folder (Ctrl+D)");
}

void MainActions::showAbout(QWidget *parent)
{
    QMessageBox::about(
        parent, tr("About Recdesk"),
        tr("<h3>Recdesk %1</h3><p>Browse, play, download and upload contact-center recordings.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Recdesk is free software under the MIT license. It uses Qt (LGPL-3.0), QtKeychain "
           "(BSD-3-Clause), QuaZip (LGPL-2.1 with a static linking exception) and SoundTouch (LGPL-2.1); "
           "their license texts "
           "come with your Qt and operating-system packages. Help ▸ About Qt shows Qt's own.</p>")
            .arg(QStringLiteral(RECDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

QList<QAction *> MainActions::recordingContextMenu() const
{
    return {play, download, sendToAnalytics, nullptr, copyId, nullptr, refresh};
}

QList<QAction *> MainActions::fileContextMenu() const
{
    return {download, nullptr, copyId, nullptr, refresh};
}

void MainActions::install(QMainWindow *window, QDockWidget *transfersDock, const PlayerPanel *player,
                          const ReviewPanel *review)
{
    // Player and review shortcuts work anywhere in the window (a text field keeps its own keys).
    window->addActions(player->shortcutActions());
    window->addActions(review->shortcutActions());
    window->addAction(shortcuts);

    QMenuBar *menus = window->menuBar();
    QMenu *file = menus->addMenu(tr("&File"));
    file->addActions({upload, download, sendToAnalytics});
    file->addSeparator();
    file->addAction(exportReviews);
    file->addSeparator();
    file->addAction(profiles);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menus->addMenu(tr("&View"));
    view->addActions({refresh, focusSearch, copyId});
    view->addSeparator();
    QAction *transfers = transfersDock->toggleViewAction();
    transfers->setText(tr("&Transfers"));
    transfers->setIcon(AppIcons::symbolic(QStringLiteral("transfers")));
    transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(transfers);

    QMenu *playback = menus->addMenu(tr("&Playback"));
    playback->addActions(player->shortcutActions());
    QMenu *reviewMenu = menus->addMenu(tr("R&eview"));
    reviewMenu->addActions(review->shortcutActions());
    reviewMenu->addSeparator();
    reviewMenu->addActions(review->noteActions());

    connect(about, &QAction::triggered, window, [window] { showAbout(window); });
    const QList<ShortcutsOverlay::Group> groups{
        {tr("Playback"), player->shortcutActions()},
        {tr("Review"), review->shortcutActions() + review->noteActions()},
        {tr("Window"), {refresh, focusSearch, download, upload, copyId, transfers, shortcuts, quit}}};
    connect(shortcuts, &QAction::triggered, window,
            [window, groups] { ShortcutsOverlay::toggle(window, groups); });
    QMenu *help = menus->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(refresh);
    bar->addSeparator();
    bar->addActions({download, upload, sendToAnalytics});
    bar->addSeparator();
    bar->addAction(transfers);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(profiles);
}

} // namespace recdesk::gui
