#pragma once

#include "dragexport.h"
#include "mainactions.h"
#include "mainlayout.h"
#include "net/session.h"
#include "settings/profile.h"
#include "transfer/uploadbatch.h"
#include "uploaddialog.h"
#include "workspace/workspace.h"

#include <memory>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QTabWidget;

namespace recdesk {
class DemoHost;
class ProfileStore;
class ReviewStore;
class SecretStore;
class TransferQueue;
struct TransferSummary;
} // namespace recdesk

namespace recdesk::gui {

class DemoBanner;
class DesktopNotifier;
class DetailsPane;
class FilesView;
class ListPane;
class MainActions;
class UploadFlow;
class MessageBar;
class PlayerPanel;
class ProfilesDialog;
class RecordingsView;
class ReviewPanel;
class StatusSummary;
class TransfersPanel;

// The main window: Recordings and Files tabs with a details pane, the player underneath, the
// demo banner and the message bar on top, and window-wide drop of files to upload. It wires these
// widgets to the Workspace, which runs the application (connection, transfers, audio).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    DemoHost *demoHost() const { return m_demoHost; }
    Session *session() const { return m_workspace->session(); }
    bool isDemo() const { return m_workspace->isDemo(); }
    TransferQueue *transferQueue() const { return m_workspace->transferQueue(); }

    // Starts the built-in sandbox in the background and connects to it (sessionChanged() then);
    // dataDir empty: the one default demo folder.
    void startDemoAsync(const QString &dataDir = QString());
    // First start or --demo: the demo; otherwise the current stored profile (secrets from the
    // keychain, asynchronously).
    void startWithStoredProfile(bool forceDemo);
    void connectProfile(const Profile &profile, const ProfileSecrets &secrets);
    // Opens the profiles dialog (non-modal); newProfile starts an empty one.
    ProfilesDialog *openProfilesDialog(bool newProfile = false);
    // Connects to a session (the workspace takes ownership); demo marks it as the sandbox's.
    void setSession(Session *session, const QString &label, bool demo);

    // Opens (or adds to) the upload form for these local files; returns the open form.
    UploadDialog *openUploadDialog(const QStringList &paths);
    UploadDialog *uploadDialog() const;
    // Queues every item of a batch for each of its destinations.
    void enqueueUploads(const UploadBatch &batch);
    // Queues the selection (ended recordings, files) for download into folder; returns how many.
    int downloadSelectionTo(const QString &folder);
    // Writes every review of the connection to a file (CSV or JSON by its extension, see
    // docs/REVIEWS.md); false with the reason shown in the message bar.
    bool exportReviewsTo(const QString &path);
    TransfersPanel *transfersPanel() const { return m_ui.transfers; }
    DesktopNotifier *notifier() const { return m_notifier; }
    QDockWidget *transfersDock() const { return m_ui.transfersDock; }

    RecordingsView *recordingsView() const { return m_ui.recordings; }
    FilesView *filesView() const { return m_ui.files; }
    DetailsPane *detailsPane() const { return m_ui.details; }
    PlayerPanel *playerPanel() const { return m_ui.player; }
    ReviewPanel *reviewPanel() const { return m_ui.review; }
    // The connection's reviews (null while not connected, or if its file could not be opened).
    ReviewStore *reviewStore() const { return m_reviews; }
    MessageBar *messageBar() const { return m_ui.messages; }
    DemoBanner *demoBanner() const { return m_ui.demoBanner; }
    StatusSummary *statusSummary() const { return m_ui.summary; }
    QTabWidget *tabs() const { return m_ui.tabs; }

    QAction *refreshAction() const { return m_actions->refresh; }
    QAction *downloadAction() const { return m_actions->download; }
    QAction *uploadAction() const { return m_actions->upload; }
    QAction *sendToAnalyticsAction() const { return m_actions->sendToAnalytics; }

    void showError(const QString &message, const QString &details = QString());
    // The drag payload for these items (fetching starts at once, into a fresh folder).
    QMimeData *makeDragExport(const QList<DragExport::Entry> &entries) const;

signals:
    void sessionChanged();
    // Every transfer of a batch has finished (text: what the user was told).
    void batchFinished(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void onSessionChanged();
    void onBatchFinished(const TransferSummary &summary);
    void updateSelection();
    void refreshRecordingDetails();
    void showNotice(const QString &text);
    void dismissListErrorOnceAnswered(const ListPane *pane);
    void updateActions();
    void requestAudio(const QUuid &recordingId);
    void openReviews();
    void showCurrentReviewSubject();
    void selectNextUnreviewed();
    void onAudioFailed(const recdesk::ApiError &error);
    void chooseDownloadFolder();
    void chooseReviewExportFile();
    void showTransfers();
    void copyIds();
    bool isRecordingsTab() const;

    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets = nullptr;
    DemoHost *m_demoHost = nullptr;
    Workspace *m_workspace = nullptr;

    MainLayout m_ui;
    MainActions *m_actions = nullptr;
    UploadFlow *m_uploads = nullptr;
    QPointer<ProfilesDialog> m_profilesDialog;
    DesktopNotifier *m_notifier = nullptr;
    QHash<const ListPane *, QString> m_listErrors; // each list's failure last shown in the bar
    ReviewStore *m_reviews = nullptr;              // the connection's; replaced with it
};

} // namespace recdesk::gui
