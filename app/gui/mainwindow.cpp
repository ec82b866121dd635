#include "mainwindow.h"

#include "accessibility.h"
#include "appicons.h"
#include "demobanner.h"
#include "demohost.h"
#include "desktopnotifier.h"
#include "detailspane.h"
#include "filesview.h"
#include "focusedcontrolkeys.h"
#include "mainactions.h"
#include "mainlayout.h"
#include "media/recordingaudio.h"
#include "messagebar.h"
#include "models/recordingfacts.h"
#include "models/recordingfilterproxy.h"
#include "models/recordingtablemodel.h"
#include "net/apierror.h"
#include "net/platformpagesource.h"
#include "net/recordingcontextresolver.h"
#include "playerpanel.h"
#include "profilesdialog.h"
#include "proxycredentialsdialog.h"
#include "recordingsview.h"
#include "review/reviewexport.h"
#include "review/reviewstore.h"
#include "reviewpanel.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "statussummary.h"
#include "transfer/transferqueue.h"
#include "transferspanel.h"
#include "uploadflow.h"
#include "util/displayformat.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>

namespace recdesk::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_secrets(new SecretStore(QStringLiteral("Recdesk"), this))
    , m_demoHost(new DemoHost(this))
    , m_workspace(new Workspace(m_profiles.get(), m_secrets, m_demoHost, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Recdesk"));
    setWindowIcon(AppIcons::application());
    setAccessibleName(tr("Recdesk main window"));
    m_workspace->setTransferStoreFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    m_ui.setupUi(this);
    m_uploads = new UploadFlow(m_workspace, this);
    m_actions = new MainActions(this);
    m_actions->install(this, m_ui.transfersDock, m_ui.player, m_ui.review);
    Accessibility::nameInternalButtons(this);
    new FocusedControlKeys(this); // a focused slider keeps its arrows, a button its Space
    m_ui.recordings->setContextActions(m_actions->recordingContextMenu());
    m_ui.files->setContextActions(m_actions->fileContextMenu());
    connectActions();
    m_ui.recordings->setDragProvider(
        [this](const QList<int> &rows) { return makeDragExport(m_ui.recordings->dragEntries(rows)); });
    m_ui.files->setDragProvider(
        [this](const QList<int> &rows) { return makeDragExport(m_ui.files->dragEntries(rows)); });

    connect(m_workspace, &Workspace::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_workspace, &Workspace::demoStarting, this,
            [this] { m_ui.summary->setConnection(tr("Starting the demo sandbox…")); });
    connect(m_workspace, &Workspace::demoFailed, this, [this](const QString &error) {
        m_ui.summary->setConnection(tr("Not connected"));
        showError(tr("The demo could not start."), error);
    });
    connect(m_workspace, &Workspace::problem, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::batchFinished, this, &MainWindow::onBatchFinished);

    connect(m_ui.recordings, &ListPane::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_ui.files, &ListPane::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_ui.tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSelection);
    connect(m_ui.recordings, &ListPane::rowActivated, this, [this](int row) {
        // Enter on the focused row plays that row, even where it is not the chosen one yet (the
        // neighbour a filter left current, a Ctrl+arrow move).
        if (row != m_ui.recordings->currentSourceRow())
            m_ui.recordings->selectSourceRow(row);
        m_ui.player->play();
    });
    for (ListPane *pane : {static_cast<ListPane *>(m_ui.recordings), static_cast<ListPane *>(m_ui.files)}) {
        connect(pane, &ListPane::errorOccurred, this, [this, pane](const QString &message) {
            m_listErrors.insert(pane, message);
            showError(message);
        });
        connect(pane, &ListPane::modelStateChanged, this, [this, pane] {
            updateActions();
            dismissListErrorOnceAnswered(pane);
        });
    }
    connect(m_ui.player, &PlayerPanel::audioRequested, this, &MainWindow::requestAudio);
    connect(m_ui.player, &PlayerPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_ui.review, &ReviewPanel::nextUnreviewedRequested, this, &MainWindow::selectNextUnreviewed);
    connect(m_ui.review, &ReviewPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_ui.demoBanner, &DemoBanner::addProfileRequested, this, [this] { openProfilesDialog(true); });
    connect(m_ui.transfers, &TransfersPanel::summaryChanged, m_ui.summary, &StatusSummary::setTransfers);

    connect(m_uploads, &UploadFlow::queued, this, &MainWindow::showTransfers);
    connect(m_uploads, &UploadFlow::errorOccurred, this, &MainWindow::showError);

    m_ui.restore(this);
    updateSelection();
}

MainWindow::~MainWindow()
{
    // The player reads the session's audio: it lets go before the session goes.
    m_ui.player->clear();
    delete m_workspace; // its sessions and queue before the demo server they may talk to
    m_workspace = nullptr;
}

void MainWindow::connectActions()
{
    connect(m_actions->refresh, &QAction::triggered, this,
            [this] { isRecordingsTab() ? m_ui.recordings->refresh() : m_ui.files->refresh(); });
    connect(m_actions->download, &QAction::triggered, this, &MainWindow::chooseDownloadFolder);
    connect(m_actions->upload, &QAction::triggered, this, [this] { openUploadDialog({}); });
    connect(m_actions->sendToAnalytics, &QAction::triggered, this, [this] {
        const auto current = m_ui.recordings->currentRecording();
        if (current && !current->isPlayable())
            m_ui.messages->showMessage(MessageBar::Kind::Info, unavailableReason(*current));
        else if (current)
            m_uploads->sendToAnalytics(*current);
    });
    connect(m_actions->play, &QAction::triggered, m_ui.player, &PlayerPanel::play);
    connect(m_actions->copyId, &QAction::triggered, this, &MainWindow::copyIds);
    connect(m_actions->exportReviews, &QAction::triggered, this, &MainWindow::chooseReviewExportFile);
    connect(m_actions->profiles, &QAction::triggered, this, [this] { openProfilesDialog(false); });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->focusSearch, &QAction::triggered, this, [this] {
        ListPane *pane = isRecordingsTab() ? static_cast<ListPane *>(m_ui.recordings) : m_ui.files;
        pane->filterBar()->textEdit()->setFocus(Qt::ShortcutFocusReason);
        pane->filterBar()->textEdit()->selectAll();
    });
}

QMimeData *MainWindow::makeDragExport(const QList<DragExport::Entry> &entries) const
{
    if (!session() || entries.isEmpty())
        return nullptr;
    // A fresh folder per drag, so that names never clash with an earlier drag's files.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .filePath(QStringLiteral("recdesk-drag-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    return new DragExport(session(), entries, folder);
}

bool MainWindow::isRecordingsTab() const
{
    return m_ui.tabs->currentWidget() == m_ui.recordings;
}

void MainWindow::setSession(Session *session, const QString &label, bool demo)
{
    m_workspace->setSession(session, label, demo);
}

void MainWindow::onSessionChanged()
{
    // Everything that read the previous session lets go of it now (it is deleted later).
    m_ui.player->clear();
    Session *session = m_workspace->session();
    const bool demo = m_workspace->isDemo();
    const QString label = m_workspace->label();
    if (session) {
        // A proxy that wants credentials the profile lacks (or refuses them) asks the person.
        session->proxyAuthenticator()->setPrompt([this](const ProxyCredentialsRequest &request) {
            return ProxyCredentialsDialog::ask(request, this);
        });
        // Owned by the session: they go with it when another profile is chosen.
        RecordingContextResolver *context = session->recordingContext();
        m_ui.recordings->setSource(session->createPageSource(PlatformClient::ListKind::Recordings, session),
                                   context);
        connect(context, &RecordingContextSource::notice, this, &MainWindow::showNotice,
                Qt::UniqueConnection);
        connect(context, &RecordingContextSource::updated, this, &MainWindow::refreshRecordingDetails,
                Qt::UniqueConnection);
        m_ui.files->setSource(session->createPageSource(PlatformClient::ListKind::Files, session));
        m_ui.transfers->setQueue(m_workspace->transferQueue());
    }
    openReviews();
    m_ui.demoBanner->setVisible(demo);
    // Qt adds the application's display name ("Demo — Recdesk") on Linux and Windows; macOS shows
    // it in the menu bar.
    setWindowTitle(demo ? tr("Demo") : label);
    m_ui.summary->setConnection(
        session ? (demo ? tr("Demo sandbox on this computer") : tr("Connected to %1").arg(label))
                : tr("Not connected"),
        session ? session->config().platform.baseUrl.toDisplayString() : QString());
    updateSelection();
    emit sessionChanged();
}

void MainWindow::openReviews()
{
    // The reviews belong to the connection: the profile's file, or the demo's beside its data.
    m_ui.review->setStore(nullptr);
    m_ui.recordings->setReviewStore(nullptr);
    delete m_reviews;
    m_reviews = nullptr;
    Session *current = session();
    if (!current)
        return;
    const QString path =
        isDemo() ? ReviewStore::demoPath(m_demoHost->dataDir().isEmpty() ? DemoHost::defaultDataDir()
                                                                         : m_demoHost->dataDir())
                 : ReviewStore::defaultPath(m_workspace->label());
    auto *store = new ReviewStore(this);
    QString error;
    if (!store->open(path, &error)) {
        delete store;
        showError(tr("Reviews cannot be kept for this connection: notes and review states are off."), error);
        return;
    }
    m_reviews = store;
    const QString user = current->config().platformCredentials.username;
    m_ui.review->setAuthor(user.isEmpty() ? m_workspace->label() : user);
    m_ui.review->setStore(store);
    m_ui.recordings->setReviewStore(store);
    updateActions();
}

void MainWindow::showCurrentReviewSubject()
{
    const auto current = isRecordingsTab() && m_ui.recordings->selectedCount() <= 1
                             ? m_ui.recordings->currentRecording()
                             : std::nullopt;
    if (RecordingFilterProxy *proxy = m_ui.recordings->proxy())
        proxy->setPinnedRecording(current ? current->id : QUuid());
    if (!current) {
        m_ui.review->setSubject({});
        return;
    }
    // What the export needs of the recording, as far as it is known now (kept with the review).
    const RecordingFacts facts = RecordingFacts::of(*current, m_ui.recordings->model()->contextSource());
    m_ui.review->setSubject(facts.reviewSubject(current->id));
}

void MainWindow::selectNextUnreviewed()
{
    if (!m_reviews)
        return;
    m_ui.tabs->setCurrentWidget(m_ui.recordings);
    const RecordingTableModel *model = m_ui.recordings->model();
    const int row = m_ui.recordings->nextSourceRowWhere([model](const Recording &r) {
        return r.isPlayable() && model->reviewStateOf(r) == ReviewState::NotReviewed;
    });
    if (row < 0) {
        m_ui.messages->showMessage(
            MessageBar::Kind::Info,
            tr("Every recording in the list is reviewed or flagged. Load more, or change the filters."));
        return;
    }
    m_ui.recordings->selectSourceRow(row);
}

void MainWindow::startDemoAsync(const QString &dataDir)
{
    m_workspace->startDemo(dataDir);
}

void MainWindow::startWithStoredProfile(bool forceDemo)
{
    const QString name = m_profiles->currentName();
    const std::optional<Profile> profile = name.isEmpty() ? std::nullopt : m_profiles->load(name);
    if (forceDemo || !profile) {
        startDemoAsync();
        return;
    }
    m_ui.summary->setConnection(tr("Connecting to %1…").arg(name));
    m_secrets->readAll(name, [this, p = *profile](const ProfileSecrets &secrets, const QString &error) {
        if (!error.isEmpty())
            showError(tr("The credentials of \"%1\" could not be read from the keychain.").arg(p.name),
                      error);
        connectProfile(p, secrets);
    });
}

void MainWindow::connectProfile(const Profile &profile, const ProfileSecrets &secrets)
{
    m_ui.messages->dismiss();
    m_workspace->connectProfile(profile, secrets);
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
    m_ui.messages->showError(message, details);
}

void MainWindow::updateSelection()
{
    if (isRecordingsTab()) {
        const int count = m_ui.recordings->selectedCount();
        const auto current = m_ui.recordings->currentRecording();
        if (count > 1)
            m_ui.details->showNothing(count);
        else if (current)
            m_ui.details->showRecording(*current, m_ui.recordings->model());
        else
            m_ui.details->showNothing();
        if (current)
            m_ui.player->setRecording(*current);
    } else {
        const int count = m_ui.files->selectedCount();
        const auto current = m_ui.files->currentFile();
        if (count > 1)
            m_ui.details->showNothing(count);
        else if (current)
            m_ui.details->showFile(*current);
        else
            m_ui.details->showNothing();
    }
    showCurrentReviewSubject();
    updateActions();
}

void MainWindow::dismissListErrorOnceAnswered(const ListPane *pane)
{
    // The list loads again (Try again, Refresh): the error it put in the bar is over. A newer
    // message in the bar (another failure, a notice) is left alone.
    const PagedTableModel *model = pane->pagedModel();
    const QString error = m_listErrors.value(pane);
    if (error.isEmpty() || !model || model->isLoading() || !model->lastError().isEmpty())
        return;
    m_listErrors.remove(pane);
    if (!m_ui.messages->isHidden() && m_ui.messages->kind() == MessageBar::Kind::Error &&
        m_ui.messages->text() == error)
        m_ui.messages->dismiss();
}

void MainWindow::showNotice(const QString &text)
{
    m_ui.messages->showMessage(MessageBar::Kind::Info, text);
}

void MainWindow::refreshRecordingDetails()
{
    // Who and what arrived after the row was selected: the details show it; the player is left alone.
    if (!isRecordingsTab() || m_ui.recordings->selectedCount() > 1)
        return;
    if (const auto current = m_ui.recordings->currentRecording())
        m_ui.details->showRecording(*current, m_ui.recordings->model());
    showCurrentReviewSubject(); // the agent and customer kept with its review
}

void MainWindow::updateActions()
{
    const bool connected = session() != nullptr;
    bool canDownload = false;
    QString why;
    if (isRecordingsTab()) {
        const QList<Recording> selected = m_ui.recordings->selectedRecordings();
        int playable = 0;
        for (const Recording &r : selected)
            playable += r.isPlayable() ? 1 : 0;
        canDownload = playable > 0;
        if (!selected.isEmpty() && playable == 0)
            why = unavailableReason(selected.constFirst());
        const auto current = m_ui.recordings->currentRecording();
        const bool currentPlayable = current && current->isPlayable();
        m_actions->sendToAnalytics->setEnabled(connected && currentPlayable && selected.size() <= 1);
        // Also what the player holds when nothing is chosen (a filter hid it): Play plays that.
        m_actions->play->setEnabled(currentPlayable || (!current && m_ui.player->canPlay()));
        m_actions->copyId->setEnabled(!selected.isEmpty());
    } else {
        canDownload = m_ui.files->selectedCount() > 0;
        m_actions->sendToAnalytics->setEnabled(false);
        m_actions->play->setEnabled(false);
        m_actions->copyId->setEnabled(canDownload);
    }
    m_actions->download->setEnabled(connected && canDownload);
    m_actions->download->setStatusTip(why);
    m_actions->download->setToolTip(why.isEmpty() ? MainActions::downloadToolTip() : why);
    m_actions->refresh->setEnabled(connected);
    m_actions->exportReviews->setEnabled(m_reviews != nullptr);
    m_actions->upload->setEnabled(connected);
}

void MainWindow::requestAudio(const QUuid &recordingId)
{
    // One fetch into the profile's cache; the player, the waveform, drag-out and Save read it.
    RecordingAudio *audio = m_workspace->recordingAudio(recordingId);
    if (!audio) {
        m_ui.player->setSourceError(tr("Not connected."));
        return;
    }
    // Once per handle, however often the recording is selected again.
    connect(audio, &RecordingAudio::failed, this, &MainWindow::onAudioFailed, Qt::UniqueConnection);
    m_ui.player->setAudio(audio);
}

void MainWindow::onAudioFailed(const ApiError &error)
{
    const auto *audio = qobject_cast<RecordingAudio *>(sender());
    if (audio && audio->recordingId() == m_ui.player->recordingId() &&
        error.kind != ApiError::Kind::Cancelled)
        showError(error.toDisplayString(), error.details());
}

UploadDialog *MainWindow::openUploadDialog(const QStringList &paths)
{
    return m_uploads->open(paths);
}

UploadDialog *MainWindow::uploadDialog() const
{
    return m_uploads->dialog();
}

void MainWindow::enqueueUploads(const UploadBatch &batch)
{
    m_uploads->enqueue(batch);
}

int MainWindow::downloadSelectionTo(const QString &folder)
{
    const Workspace::DownloadRequest request =
        isRecordingsTab() ? m_workspace->enqueueDownloads(m_ui.recordings->selectedRecordings(), {}, folder)
                          : m_workspace->enqueueDownloads({}, m_ui.files->selectedFiles(), folder);
    if (request.skipped > 0)
        m_ui.messages->showMessage(
            MessageBar::Kind::Info,
            tr("%Ln recording(s) were left out: only ended recordings can be downloaded.", nullptr,
               request.skipped));
    if (request.queued > 0)
        showTransfers();
    return request.queued;
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

void MainWindow::chooseReviewExportFile()
{
    if (!m_reviews) {
        showError(tr("There are no reviews to export: connect to a profile or start the demo first."));
        return;
    }
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("reviewExportFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString suggested = QDir(folder).filePath(
        tr("reviews-%1.csv", "file name").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString csvFilter = tr("CSV for spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Export reviews"), suggested,
                                                csvFilter + QStringLiteral(";;") + jsonFilter, &chosen);
    if (path.isEmpty())
        return;
    // The format is the file's extension: a name typed without one gets the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        path += chosen == jsonFilter ? QStringLiteral(".json") : QStringLiteral(".csv");
    settings.setValue(QStringLiteral("reviewExportFolder"), QFileInfo(path).absolutePath());
    exportReviewsTo(path);
}

bool MainWindow::exportReviewsTo(const QString &path)
{
    if (!m_reviews)
        return false;
    QString error;
    const QList<ReviewExportRow> rows = ReviewExport::rows(*m_reviews, {}, &error);
    if (!error.isEmpty()) {
        showError(tr("The reviews could not be read for the export."), error);
        return false;
    }
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    const QByteArray bytes =
        ReviewExport::toBytes(json ? ReviewExport::Format::Json : ReviewExport::Format::Csv, rows,
                              isDemo() ? QString() : m_workspace->label(), QDateTime::currentDateTimeUtc());
    // Whole or not at all: a spreadsheet never opens half an export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("The reviews could not be written to %1.").arg(QDir::toNativeSeparators(path)),
                  file.errorString());
        return false;
    }
    m_ui.messages->showMessage(MessageBar::Kind::Info,
                               tr("%n review row(s) exported to %1.", nullptr, int(rows.size()))
                                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::showTransfers()
{
    if (m_ui.transfersDock->isVisible())
        return;
    m_ui.transfersDock->show();
    // A modest strip: the lists stay the main thing on screen.
    resizeDocks({m_ui.transfersDock}, {std::max(150, height() / 5)}, Qt::Vertical);
}

void MainWindow::onBatchFinished(const TransferSummary &summary)
{
    const QString text = summary.finishedText();
    // The bar in the window always says it too; the desktop notification is for when the user
    // is elsewhere.
    if (!m_notifier)
        m_notifier = new DesktopNotifier(this);
    m_notifier->notify(tr("Recdesk"), text);
    QApplication::alert(this);
    m_ui.messages->showMessage(summary.failed > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Info, text);
    emit batchFinished(text);
}

void MainWindow::copyIds()
{
    QStringList ids;
    if (isRecordingsTab()) {
        for (const Recording &r : m_ui.recordings->selectedRecordings())
            ids.append(DisplayFormat::id(r.id));
    } else {
        for (const PlatformFile &f : m_ui.files->selectedFiles())
            ids.append(DisplayFormat::id(f.id));
    }
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_ui.save(this);
    m_ui.player->pause();
    QMainWindow::closeEvent(event);
}

} // namespace recdesk::gui
