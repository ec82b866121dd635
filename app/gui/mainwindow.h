#pragma once

#include "dragexport.h"
#include "net/session.h"
#include "settings/profile.h"
#include "uploaddialog.h"
#include "uploadrequest.h"

#include <memory>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QSplitter;
class QTabWidget;

namespace recdesk {
class ProfileStore;
class SecretStore;
class TransferQueue;
} // namespace recdesk

namespace recdesk::gui {

class TransfersPanel;
class ProfilesDialog;
class DemoBanner;
class DesktopNotifier;
class DemoMode;
class DetailsPane;
class FilesView;
class MessageBar;
class PlayerPanel;
class RecordingsView;
class StatusSummary;
class WaveformLoader;

// The main window: Recordings and Files tabs with a details pane, the player underneath, the
// demo banner and the message bar on top, and window-wide drop of files to upload.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the built-in sandbox and connects to it; false (and a message in the window) when
    // it cannot start.
    bool startDemo(const QString &dataDir = QString());
    // The same without blocking the window (the first start seeds the data); sessionChanged()
    // follows when connected.
    void startDemoAsync(const QString &dataDir = QString());
    // First start or --demo: the demo; otherwise the current stored profile (secrets from the
    // keychain, asynchronously).
    void startWithStoredProfile(bool forceDemo);
    void connectProfile(const Profile &profile, const ProfileSecrets &secrets);
    // Opens the profiles dialog (non-modal); newProfile starts an empty one.
    ProfilesDialog *openProfilesDialog(bool newProfile = false);
    // Connects to a session (the window takes ownership); demo marks it as the sandbox's.
    void setSession(Session *session, const QString &label, bool demo);
    Session *session() const { return m_session; }
    bool isDemo() const { return m_demo; }
    DemoMode *demoMode() const { return m_demoMode; }

    // Opens (or adds to) the upload form for these local files; returns the open form.
    UploadDialog *openUploadDialog(const QStringList &paths);
    UploadDialog *uploadDialog() const { return m_uploadDialog; }
    // Queues every item of a batch for each of its destinations.
    void enqueueUploads(const UploadBatch &batch);
    // Queues the selection (ended recordings, files) for download into folder; returns how many.
    int downloadSelectionTo(const QString &folder);
    TransferQueue *transferQueue() const { return m_queue; }
    TransfersPanel *transfersPanel() const { return m_transfers; }
    DesktopNotifier *notifier() const { return m_notifier; }
    QDockWidget *transfersDock() const { return m_transfersDock; }

    RecordingsView *recordingsView() const { return m_recordings; }
    FilesView *filesView() const { return m_files; }
    DetailsPane *detailsPane() const { return m_details; }
    PlayerPanel *playerPanel() const { return m_player; }
    MessageBar *messageBar() const { return m_messages; }
    DemoBanner *demoBanner() const { return m_demoBanner; }
    StatusSummary *statusSummary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *downloadAction() const { return m_downloadAction; }
    QAction *uploadAction() const { return m_uploadAction; }
    QAction *sendToAnalyticsAction() const { return m_sendToAnalyticsAction; }

    void showError(const QString &message, const QString &details = QString());
    // The drag payload for these items (the files are fetched when dropped).
    QMimeData *makeDragExport(const QList<DragExport::Entry> &entries) const;

signals:
    void sessionChanged();
    // Every transfer of a batch has finished (text: what to tell the user).
    void batchFinished(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreLayout();
    void saveLayout();
    void updateSelection();
    void updateActions();
    void requestAudio(const QUuid &recordingId);
    void onAudioFailed(const recdesk::ApiError &error);
    void sendCurrentToAnalytics();
    void refreshCurrent();
    QString demoDataDir(const QString &requested) const;
    void copyIds();
    void showAbout();
    void chooseDownloadFolder();
    void showTransfers();
    void onQueueIdle();
    void notify(const QString &title, const QString &text);
    bool isRecordingsTab() const;

    QPointer<Session> m_session;
    DemoMode *m_demoMode = nullptr;
    bool m_demoWanted = false; // the last choice was the demo (a late demo start must not win)
    bool m_demo = false;
    QString m_sessionLabel;

    DemoBanner *m_demoBanner = nullptr;
    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordingsView *m_recordings = nullptr;
    FilesView *m_files = nullptr;
    DetailsPane *m_details = nullptr;
    PlayerPanel *m_player = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_browseSplitter = nullptr;
    StatusSummary *m_summary = nullptr;
    WaveformLoader *m_waveformLoader = nullptr;
    QPointer<UploadDialog> m_uploadDialog;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets = nullptr;
    QPointer<ProfilesDialog> m_profilesDialog;
    TransferQueue *m_queue = nullptr;
    TransfersPanel *m_transfers = nullptr;
    QDockWidget *m_transfersDock = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    int m_batchSize = 0; // transfers queued since the queue was last idle

    QAction *m_refreshAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_uploadAction = nullptr;
    QAction *m_sendToAnalyticsAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
};

} // namespace recdesk::gui
