#include "mainwindow.h"

#include "appicons.h"
#include "demobanner.h"
#include "demomode.h"
#include "desktopnotifier.h"
#include "detailspane.h"
#include "dragexport.h"
#include "filesview.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "messagebar.h"
#include "models/filetablemodel.h"
#include "models/recordingtablemodel.h"
#include "net/apierror.h"
#include "net/apireply.h"
#include "net/platformpagesource.h"
#include "net/session.h"
#include "playerpanel.h"
#include "profilesdialog.h"
#include "proxycredentialsdialog.h"
#include "recdesk/version.h"
#include "recordingsview.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "statussummary.h"
#include "transfer/transferqueue.h"
#include "transferspanel.h"
#include "uploaddialog.h"
#include "waveformloader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace recdesk::gui {

namespace {
QStringList localFilesOf(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_secrets(new SecretStore(QStringLiteral("Recdesk"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Recdesk"));
    setWindowIcon(AppIcons::application());
    setAcceptDrops(true);
    setAccessibleName(tr("Recdesk main window"));

    m_demoBanner = new DemoBanner(this);
    m_demoBanner->hide();
    connect(m_demoBanner, &DemoBanner::addProfileRequested, this, [this] { openProfilesDialog(true); });
    m_messages = new MessageBar(this);

    m_recordings = new RecordingsView(this);
    m_files = new FilesView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Lists"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_recordings, tr("&Recordings"));
    m_tabs->addTab(m_files, tr("&Files"));

    m_details = new DetailsPane(this);
    m_details->setMinimumWidth(240);
    m_player = new PlayerPanel(this);

    m_browseSplitter = new QSplitter(Qt::Horizontal, this);
    m_browseSplitter->setObjectName(QStringLiteral("browseSplitter"));
    m_browseSplitter->addWidget(m_tabs);
    m_browseSplitter->addWidget(m_details);
    m_browseSplitter->setStretchFactor(0, 3);
    m_browseSplitter->setStretchFactor(1, 1);
    m_browseSplitter->setChildrenCollapsible(false);
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_browseSplitter);
    m_mainSplitter->addWidget(m_player);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 0);
    m_mainSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 6, 8, 4);
    body->setSpacing(6);
    body->addWidget(m_messages);
    body->addWidget(m_mainSplitter, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_summary = new StatusSummary(this);
    statusBar()->addPermanentWidget(m_summary);
    m_summary->setConnection(tr("Not connected"));

    m_transfers = new TransfersPanel(this);
    m_transfersDock = new QDockWidget(tr("Transfers"), this);
    m_transfersDock->setObjectName(QStringLiteral("transfersDock"));
    m_transfersDock->setAccessibleName(tr("Transfers"));
    m_transfersDock->setWidget(m_transfers);
    m_transfersDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    m_transfersDock->hide();
    connect(m_transfers, &TransfersPanel::summaryChanged, m_summary, &StatusSummary::setTransfers);

    createActions();
    createMenus();
    createToolBar();

    connect(m_recordings, &ListPane::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_files, &ListPane::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSelection);
    connect(m_recordings, &ListPane::rowActivated, this, [this] { m_player->play(); });
    for (ListPane *pane : {static_cast<ListPane *>(m_recordings), static_cast<ListPane *>(m_files)}) {
        connect(pane, &ListPane::errorOccurred, this, [this](const QString &message) { showError(message); });
        connect(pane, &ListPane::modelStateChanged, this, &MainWindow::updateActions);
    }
    connect(m_player, &PlayerPanel::audioRequested, this, &MainWindow::requestAudio);
    connect(m_player, &PlayerPanel::errorOccurred, this,
            [this](const QString &message, const QString &details) { showError(message, details); });

    m_recordings->setDragProvider([this](const QList<int> &rows) -> QMimeData * {
        QList<DragExport::Entry> entries;
        for (int row : rows) {
            const auto r = m_recordings->recordingAtSourceRow(row);
            if (!r || !r->isPlayable())
                continue; // only ended recordings have audio
            DragExport::Entry e;
            e.kind = DragExport::Entry::Kind::Recording;
            e.id = r->id;
            e.fileName = QStringLiteral("recording-%1.wav").arg(r->id.toString(QUuid::WithoutBraces));
            entries.append(e);
        }
        return entries.isEmpty() ? nullptr : makeDragExport(entries);
    });
    m_files->setDragProvider([this](const QList<int> &rows) -> QMimeData * {
        QList<DragExport::Entry> entries;
        for (int row : rows) {
            if (const auto f = m_files->fileAtSourceRow(row)) {
                DragExport::Entry e;
                e.kind = DragExport::Entry::Kind::File;
                e.id = f->id;
                e.fileName = f->filename.isEmpty() ? f->name : f->filename;
                entries.append(e);
            }
        }
        return entries.isEmpty() ? nullptr : makeDragExport(entries);
    });

    restoreLayout();
    updateSelection();
}

QMimeData *MainWindow::makeDragExport(const QList<DragExport::Entry> &entries) const
{
    if (!m_session)
        return nullptr;
    // A fresh folder per drag, so that names never clash with an earlier drag's files.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .filePath(QStringLiteral("recdesk-drag-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    return new DragExport(m_session, entries, folder);
}

MainWindow::~MainWindow()
{
    // The player and loaders talk to the session's network manager: stop them first.
    delete m_waveformLoader;
    m_waveformLoader = nullptr;
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(AppIcons::symbolic(QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcuts(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the list again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);

    m_downloadAction = new QAction(AppIcons::symbolic(QStringLiteral("download")), tr("&Download…"), this);
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_downloadAction->setToolTip(tr("Save the selected items to a folder (Ctrl+D)"));
    connect(m_downloadAction, &QAction::triggered, this, &MainWindow::chooseDownloadFolder);

    m_uploadAction = new QAction(AppIcons::symbolic(QStringLiteral("upload")), tr("&Upload…"), this);
    m_uploadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadAction->setToolTip(
        tr("Upload audio or chat files (Ctrl+U); you can also drop files on the window"));
    connect(m_uploadAction, &QAction::triggered, this, [this] { openUploadDialog({}); });

    m_sendToAnalyticsAction =
        new QAction(AppIcons::symbolic(QStringLiteral("analytics")), tr("Send to &analytics…"), this);
    m_sendToAnalyticsAction->setToolTip(tr("Send the selected recording to speech analytics by link"));
    connect(m_sendToAnalyticsAction, &QAction::triggered, this, &MainWindow::sendCurrentToAnalytics);

    m_playAction = new QAction(AppIcons::symbolic(QStringLiteral("play")), tr("&Play"), this);
    connect(m_playAction, &QAction::triggered, this, [this] { m_player->play(); });

    m_copyIdAction = new QAction(tr("Copy &id"), this);
    m_copyIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copyIds);

    m_profilesAction = new QAction(AppIcons::symbolic(QStringLiteral("profile")), tr("&Profiles…"), this);
    m_profilesAction->setToolTip(tr("Add or change the services Recdesk connects to"));
    connect(m_profilesAction, &QAction::triggered, this, [this] { openProfilesDialog(false); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Recdesk"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_focusSearchAction = new QAction(tr("&Search"), this);
    m_focusSearchAction->setShortcuts(QKeySequence::Find);
    connect(m_focusSearchAction, &QAction::triggered, this, [this] {
        ListPane *pane = isRecordingsTab() ? static_cast<ListPane *>(m_recordings) : m_files;
        pane->filterBar()->textEdit()->setFocus(Qt::ShortcutFocusReason);
        pane->filterBar()->textEdit()->selectAll();
    });

    // Player shortcuts work anywhere in the window (a text field keeps its own keys).
    addActions(m_player->shortcutActions());

    const QList<QAction *> recordingMenu = {m_playAction,   m_downloadAction, m_sendToAnalyticsAction,
                                            nullptr,        m_copyIdAction,   nullptr,
                                            m_refreshAction};
    m_recordings->setContextActions(recordingMenu);
    m_files->setContextActions({m_downloadAction, nullptr, m_copyIdAction, nullptr, m_refreshAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_uploadAction);
    file->addAction(m_downloadAction);
    file->addAction(m_sendToAnalyticsAction);
    file->addSeparator();
    file->addAction(m_profilesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_focusSearchAction);
    view->addAction(m_copyIdAction);
    view->addSeparator();
    QAction *transfers = m_transfersDock->toggleViewAction();
    transfers->setText(tr("&Transfers"));
    transfers->setIcon(AppIcons::symbolic(QStringLiteral("transfers")));
    transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(transfers);

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->addActions(m_player->shortcutActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_refreshAction);
    bar->addSeparator();
    bar->addAction(m_downloadAction);
    bar->addAction(m_uploadAction);
    bar->addAction(m_sendToAnalyticsAction);
    bar->addSeparator();
    bar->addAction(m_transfersDock->toggleViewAction());
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_profilesAction);
}

bool MainWindow::isRecordingsTab() const
{
    return m_tabs->currentWidget() == m_recordings;
}

void MainWindow::setSession(Session *session, const QString &label, bool demo)
{
    if (m_session && m_session != session)
        m_session->deleteLater();
    m_session = session;
    m_demo = demo;
    m_sessionLabel = label;
    m_player->clear();
    delete m_waveformLoader;
    m_waveformLoader = nullptr;
    if (session) {
        session->setParent(this);
        // Owned by the session: they go with it when another profile is chosen.
        m_recordings->setSource(session->createPageSource(PlatformClient::ListKind::Recordings, session));
        m_files->setSource(session->createPageSource(PlatformClient::ListKind::Files, session));
        if (!m_queue) {
            // Demo transfers are kept apart from a real profile's.
            const QString store = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                      .filePath(demo ? QStringLiteral("demo-transfers.json")
                                                     : QStringLiteral("transfers.json"));
            m_queue = new TransferQueue(session, store, this);
            connect(m_queue, &TransferQueue::idle, this, &MainWindow::onQueueIdle);
            m_transfers->setQueue(m_queue);
        } else {
            m_queue->setSession(session);
        }
        m_waveformLoader = new WaveformLoader(this);
        connect(m_waveformLoader, &WaveformLoader::peaksReady, this,
                [this](const QUuid &id, const QList<WaveformChannel> &channels) {
                    if (id == m_player->recordingId())
                        m_player->waveform()->setChannels(channels);
                });
        connect(m_waveformLoader, &WaveformLoader::failed, this,
                [this](const QUuid &id, const QString &message, const QString &) {
                    if (id == m_player->recordingId())
                        m_player->waveform()->setFailed(message);
                });
    }
    m_demoBanner->setVisible(demo);
    setWindowTitle(demo              ? tr("Recdesk — demo")
                   : label.isEmpty() ? tr("Recdesk")
                                     : tr("Recdesk — %1").arg(label));
    m_summary->setConnection(
        session ? (demo ? tr("Demo sandbox on this computer") : tr("Connected to %1").arg(label))
                : tr("Not connected"),
        session ? session->config().platform.baseUrl.toDisplayString() : QString());
    updateSelection();
    emit sessionChanged();
}

QString MainWindow::demoDataDir(const QString &requested) const
{
    const QString dir =
        requested.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo")
            : requested;
    QDir().mkpath(dir);
    return dir;
}

bool MainWindow::startDemo(const QString &dataDir)
{
    if (!m_demoMode)
        m_demoMode = new DemoMode(this);
    m_demoWanted = true;
    QString error;
    if (!m_demoMode->isRunning() && !m_demoMode->start(demoDataDir(dataDir), &error)) {
        showError(tr("The demo could not start."), error);
        return false;
    }
    setSession(new Session(m_demoMode->sessionConfig()), tr("Demo"), true);
    return true;
}

void MainWindow::startDemoAsync(const QString &dataDir)
{
    if (!m_demoMode)
        m_demoMode = new DemoMode(this);
    m_demoWanted = true;
    if (m_demoMode->isRunning()) {
        setSession(new Session(m_demoMode->sessionConfig()), tr("Demo"), true);
        return;
    }
    m_summary->setConnection(tr("Starting the demo sandbox…"));
    connect(
        m_demoMode, &DemoMode::started, this,
        [this](bool ok, const QString &error) {
            if (!m_demoWanted)
                return; // a profile was chosen while the demo was starting: it stays
            if (!ok) {
                m_summary->setConnection(tr("Not connected"));
                showError(tr("The demo could not start."), error);
                return;
            }
            setSession(new Session(m_demoMode->sessionConfig()), tr("Demo"), true);
        },
        Qt::SingleShotConnection);
    m_demoMode->startAsync(demoDataDir(dataDir));
}

void MainWindow::startWithStoredProfile(bool forceDemo)
{
    const QString name = m_profiles->currentName();
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_profiles->load(name);
    if (forceDemo || !profile) {
        startDemoAsync();
        return;
    }
    m_summary->setConnection(tr("Connecting to %1…").arg(name));
    m_secrets->readAll(name, [this, p = *profile](const ProfileSecrets &secrets, const QString &error) {
        if (!error.isEmpty())
            showError(tr("The credentials of \"%1\" could not be read from the keychain.").arg(p.name),
                      error);
        connectProfile(p, secrets);
    });
}

void MainWindow::connectProfile(const Profile &profile, const ProfileSecrets &secrets)
{
    auto *session = new Session(makeSessionConfig(profile, secrets));
    const QString name = profile.name;
    // A new sign-in token goes to the keychain, never to settings.
    connect(session->platform(), &PlatformClient::tokenChanged, this, [this, name](const QString &token) {
        m_secrets->write(name, SecretStore::Secret::PlatformToken, token, [](const QString &) {});
    });
    connect(session->platform(), &PlatformClient::filesPathDiscovered, this,
            [this, name](const QString &path) {
                if (auto stored = m_profiles->load(name)) {
                    stored->platformFilesPath = path;
                    m_profiles->save(*stored);
                }
            });
    // A proxy that wants credentials the profile lacks (or refuses them) asks the person; what
    // they type goes to the keychain, the user name to the profile.
    session->proxyAuthenticator()->setPrompt([this](const ProxyCredentialsRequest &request) {
        return ProxyCredentialsDialog::ask(request, this);
    });
    connect(session->proxyAuthenticator(), &ProxyAuthenticator::credentialsEntered, this,
            [this, name](const QString &user, const QString &password) {
                m_secrets->write(
                    name, SecretStore::Secret::ProxyPassword, password, [this](const QString &error) {
                        if (!error.isEmpty())
                            showError(tr("The proxy password could not be stored in the keychain."), error);
                    });
                if (auto stored = m_profiles->load(name)) {
                    stored->proxyUser = user;
                    m_profiles->save(*stored);
                }
            });
    m_profiles->setCurrentName(name);
    m_demoWanted = false;
    if (m_demoMode)
        m_demoMode->stop();
    m_messages->dismiss();
    setSession(session, name, false);
}

ProfilesDialog *MainWindow::openProfilesDialog(bool newProfile)
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_profiles.get(), m_secrets, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profilesDialog, &ProfilesDialog::profileActivated, this, &MainWindow::connectProfile);
        connect(m_profilesDialog, &ProfilesDialog::demoActivated, this, [this] {
            m_profiles->setCurrentName(QString());
            startDemoAsync();
        });
        m_profilesDialog->open();
    }
    if (newProfile)
        m_profilesDialog->startNewProfile();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

void MainWindow::showError(const QString &message, const QString &details)
{
    m_messages->showError(message, details);
}

void MainWindow::updateSelection()
{
    if (isRecordingsTab()) {
        const int count = m_recordings->selectedCount();
        const auto current = m_recordings->currentRecording();
        if (count == 1 && current)
            m_details->showRecording(*current);
        else if (count > 1)
            m_details->showNothing(count);
        else if (current)
            m_details->showRecording(*current);
        else
            m_details->showNothing();
        if (current)
            m_player->setRecording(*current);
    } else {
        const int count = m_files->selectedCount();
        const auto current = m_files->currentFile();
        if (count > 1)
            m_details->showNothing(count);
        else if (current)
            m_details->showFile(*current);
        else
            m_details->showNothing();
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool connected = !m_session.isNull();
    bool canDownload = false;
    QString why;
    if (isRecordingsTab()) {
        const QList<Recording> selected = m_recordings->selectedRecordings();
        int playable = 0;
        for (const Recording &r : selected)
            playable += r.isPlayable() ? 1 : 0;
        canDownload = playable > 0;
        if (!selected.isEmpty() && playable == 0)
            why = unavailableReason(selected.constFirst());
        const auto current = m_recordings->currentRecording();
        const bool currentPlayable = current && current->isPlayable();
        m_sendToAnalyticsAction->setEnabled(connected && currentPlayable && selected.size() <= 1);
        m_playAction->setEnabled(currentPlayable);
        m_copyIdAction->setEnabled(!selected.isEmpty());
    } else {
        canDownload = m_files->selectedCount() > 0;
        m_sendToAnalyticsAction->setEnabled(false);
        m_playAction->setEnabled(false);
        m_copyIdAction->setEnabled(canDownload);
    }
    m_downloadAction->setEnabled(connected && canDownload);
    m_downloadAction->setStatusTip(why);
    m_downloadAction->setToolTip(why.isEmpty() ? tr("Save the selected items to a folder (Ctrl+D)") : why);
    m_refreshAction->setEnabled(connected);
    m_uploadAction->setEnabled(connected);
}

void MainWindow::requestAudio(const QUuid &recordingId)
{
    RecordingAudioService *audioService = m_session ? m_session->recordingAudio() : nullptr;
    if (!audioService) {
        m_player->setSourceError(tr("Not connected."));
        return;
    }
    // One fetch into the profile's cache; the player, the waveform, drag-out and Save read it.
    RecordingAudio *audio = audioService->fetch(recordingId);
    connect(audio, &RecordingAudio::failed, this, &MainWindow::onAudioFailed, Qt::UniqueConnection);
    m_player->setAudio(audio);
    if (m_waveformLoader)
        m_waveformLoader->load(audio);
}

void MainWindow::onAudioFailed(const ApiError &error)
{
    const auto *audio = qobject_cast<RecordingAudio *>(sender());
    if (audio && audio->recordingId() == m_player->recordingId() && error.kind != ApiError::Kind::Cancelled)
        showError(error.toDisplayString(), error.details());
}

void MainWindow::sendCurrentToAnalytics()
{
    const auto current = m_recordings->currentRecording();
    if (!current || !m_session)
        return;
    if (!current->isPlayable()) {
        m_messages->showMessage(MessageBar::Kind::Info, unavailableReason(*current));
        return;
    }
    const Recording recording = *current;
    ApiReply *reply = m_session->platform()->recordingDownloadLocation(recording.id);
    connect(reply, &ApiReply::finished, this, [this, reply, recording] {
        // The reply deletes itself after finished(): read it here, never delete it.
        if (!reply->isOk() || !reply->redirectUrl().isValid()) {
            showError(reply->error().toDisplayString(), reply->error().details());
            return;
        }
        auto *dialog = new UploadDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setRecording(recording, reply->redirectUrl());
        connect(dialog, &QDialog::accepted, this, [this, dialog] { enqueueUploads(dialog->batch()); });
        dialog->open();
    });
}

UploadDialog *MainWindow::openUploadDialog(const QStringList &paths)
{
    if (!m_uploadDialog) {
        m_uploadDialog = new UploadDialog(this);
        m_uploadDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_uploadDialog, &QDialog::accepted, this, [this] {
            if (m_uploadDialog)
                enqueueUploads(m_uploadDialog->batch());
        });
        m_uploadDialog->open();
    }
    m_uploadDialog->addFiles(paths);
    m_uploadDialog->raise();
    m_uploadDialog->activateWindow();
    return m_uploadDialog;
}

void MainWindow::enqueueUploads(const UploadBatch &batch)
{
    if (!m_queue)
        return;
    int queued = 0;
    for (const UploadItem &item : batch.items) {
        if (batch.destinations.testFlag(UploadDestination::Analytics)) {
            if (!item.localPath.isEmpty())
                m_queue->enqueueUpload(item.localPath, TransferItem::Destination::Analytics,
                                       item.metadata.toJson());
            else if (!item.recordingId.isEmpty())
                m_queue->enqueueRecordingToAnalytics(QUuid::fromString(item.recordingId), item.metadata);
            ++queued;
        }
        if (item.localPath.isEmpty())
            continue; // a signed URL only goes to analytics
        if (batch.destinations.testFlag(UploadDestination::PlatformFiles)) {
            QJsonObject meta;
            meta.insert(QStringLiteral("name"), QFileInfo(item.localPath).fileName());
            m_queue->enqueueUpload(item.localPath, TransferItem::Destination::Platform, meta);
            ++queued;
        }
        if (batch.destinations.testFlag(UploadDestination::Assistant)) {
            m_queue->enqueueUpload(item.localPath, TransferItem::Destination::Assistant);
            ++queued;
        }
    }
    m_batchSize += queued;
    if (queued > 0)
        showTransfers();
}

void MainWindow::showTransfers()
{
    if (m_transfersDock->isVisible())
        return;
    m_transfersDock->show();
    // A modest strip: the lists stay the main thing on screen.
    resizeDocks({m_transfersDock}, {std::max(150, height() / 5)}, Qt::Vertical);
}

void MainWindow::chooseDownloadFolder()
{
    QSettings settings;
    const QString last = settings
                             .value(QStringLiteral("downloadFolder"),
                                    QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                             .toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download to folder"), last);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("downloadFolder"), folder);
    downloadSelectionTo(folder);
}

int MainWindow::downloadSelectionTo(const QString &folder)
{
    if (!m_queue)
        return 0;
    int queued = 0, skipped = 0;
    if (isRecordingsTab()) {
        for (const Recording &r : m_recordings->selectedRecordings()) {
            if (!r.isPlayable()) {
                ++skipped;
                continue;
            }
            m_queue->enqueueRecordingDownload(r.id, folder);
            ++queued;
        }
    } else {
        for (const PlatformFile &f : m_files->selectedFiles()) {
            m_queue->enqueueFileDownload(f.id, folder, f.filename);
            ++queued;
        }
    }
    if (skipped > 0)
        m_messages->showMessage(
            MessageBar::Kind::Info,
            tr("%Ln recording(s) were left out: only ended recordings can be downloaded.", nullptr, skipped));
    m_batchSize += queued;
    if (queued > 0)
        showTransfers();
    return queued;
}

void MainWindow::onQueueIdle()
{
    if (m_batchSize == 0 || !m_queue)
        return;
    m_batchSize = 0;
    int failed = 0, done = 0;
    for (const TransferItem &item : m_queue->items()) {
        failed += item.state == TransferItem::State::Failed ? 1 : 0;
        done += item.state == TransferItem::State::Completed ? 1 : 0;
    }
    const QString text =
        failed > 0
            ? tr("Transfers finished: %L1 done, %L2 failed. See the transfers panel.").arg(done).arg(failed)
            : tr("All transfers finished (%L1 done).").arg(done);
    notify(tr("Recdesk"), text);
    m_messages->showMessage(failed > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Info, text);
    emit batchFinished(text);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // The bar in the window always says it too; the desktop notification is for when the user
    // is elsewhere.
    if (!m_notifier)
        m_notifier = new DesktopNotifier(this);
    m_notifier->notify(title, text);
    QApplication::alert(this);
}

void MainWindow::refreshCurrent()
{
    if (isRecordingsTab())
        m_recordings->refresh();
    else
        m_files->refresh();
}

void MainWindow::copyIds()
{
    QStringList ids;
    if (isRecordingsTab()) {
        for (const Recording &r : m_recordings->selectedRecordings())
            ids.append(r.id.toString(QUuid::WithoutBraces));
    } else {
        for (const PlatformFile &f : m_files->selectedFiles())
            ids.append(f.id.toString(QUuid::WithoutBraces));
    }
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Recdesk"),
        tr("<h3>Recdesk %1</h3><p>Browse, play, download and upload contact-center recordings.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Recdesk is free software under the MIT license. It uses Qt (LGPL-3.0), QtKeychain "
           "(BSD-3-Clause) and QuaZip (LGPL-2.1 with a static linking exception); their license texts "
           "come with your Qt and operating-system packages. Help ▸ About Qt shows Qt's own.</p>")
            .arg(QStringLiteral(RECDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Our own rows dragged out must not come back as uploads.
    if (event->source() == nullptr && !localFilesOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() == nullptr && !localFilesOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFilesOf(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openUploadDialog(paths);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1600, 1000);
        resize(std::min(1360, screen.width() * 9 / 10), std::min(860, screen.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({620, 180});
    if (!m_browseSplitter->restoreState(settings.value(QStringLiteral("browseSplitter")).toByteArray()))
        m_browseSplitter->setSizes({940, 380});
    m_recordings->restoreLayout(settings);
    m_files->restoreLayout(settings);
    settings.endGroup();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("browseSplitter"), m_browseSplitter->saveState());
    m_recordings->saveLayout(settings);
    m_files->saveLayout(settings);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_player->pause();
    QMainWindow::closeEvent(event);
}

} // namespace recdesk::gui
