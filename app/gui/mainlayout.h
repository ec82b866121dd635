#pragma once

#include <QCoreApplication>

class QDockWidget;
class QMainWindow;
class QSettings;
class QSplitter;
class QTabWidget;

namespace recdesk::gui {

class DemoBanner;
class DetailsPane;
class FilesView;
class MessageBar;
class PlayerPanel;
class RecordingsView;
class ReviewPanel;
class StatusSummary;
class TransfersPanel;

// The main window's widgets and how they are arranged (in the manner of a Designer form's Ui
// struct): the demo banner and message bar on top, the Recordings and Files tabs beside the
// details, the player and the review underneath, the status summary, and the transfers dock. Also remembers
// the arrangement (window geometry, splitters, columns) between runs.
struct MainLayout
{
    Q_DECLARE_TR_FUNCTIONS(MainLayout)
public:
    void setupUi(QMainWindow *window);
    void restore(QMainWindow *window) const;
    void save(const QMainWindow *window) const;

    DemoBanner *demoBanner = nullptr;
    MessageBar *messages = nullptr;
    QTabWidget *tabs = nullptr;
    RecordingsView *recordings = nullptr;
    FilesView *files = nullptr;
    DetailsPane *details = nullptr;
    PlayerPanel *player = nullptr;
    ReviewPanel *review = nullptr;
    QSplitter *playerSplitter = nullptr; // the player beside the review
    QSplitter *mainSplitter = nullptr;
    QSplitter *browseSplitter = nullptr;
    StatusSummary *summary = nullptr;
    TransfersPanel *transfers = nullptr;
    QDockWidget *transfersDock = nullptr;
};

} // namespace recdesk::gui
