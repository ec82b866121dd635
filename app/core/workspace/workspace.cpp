#include "workspace.h"

#include "demolauncher.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "transfer/transferqueue.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace recdesk {

Workspace::Workspace(ProfileStore *profiles, SecretStore *secrets, DemoLauncher *demo, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_demoLauncher(demo)
{
    if (!m_demoLauncher)
        return;
    connect(m_demoLauncher, &DemoLauncher::started, this, [this](bool ok, const QString &error) {
        if (!m_demoWanted)
            return; // a profile was chosen while the demo was starting: it stays
        if (!ok) {
            if (!error.isEmpty())
                emit demoFailed(error);
            return;
        }
        setSession(new Session(m_demoLauncher->sessionConfig()), tr("Demo"), true);
    });
}

Workspace::~Workspace()
{
    // The queue's jobs talk to the session's network manager: they go first.
    delete m_queue;
    m_queue = nullptr;
    delete m_session;
}

void Workspace::connectProfile(const Profile &profile, const ProfileSecrets &secrets)
{
    auto *session = new Session(makeSessionConfig(profile, secrets));
    const QString name = profile.name;
    if (m_secrets) {
        // A new sign-in token goes to the keychain, never to the settings.
        connect(session->platform(), &PlatformClient::tokenChanged, this, [this, name](const QString &token) {
            m_secrets->write(name, SecretStore::Secret::PlatformToken, token, [](const QString &) {});
        });
        // Proxy credentials the person typed: the password to the keychain, the user to the profile.
        connect(session->proxyAuthenticator(), &ProxyAuthenticator::credentialsEntered, this,
                [this, name](const QString &user, const QString &password) {
                    m_secrets->write(name, SecretStore::Secret::ProxyPassword, password,
                                     [this](const QString &error) {
                                         if (!error.isEmpty())
                                             emit problem(tr("The proxy password could not be stored in "
                                                             "the keychain."),
                                                          error);
                                     });
                    if (m_profiles) {
                        if (auto stored = m_profiles->load(name)) {
                            stored->proxyUser = user;
                            m_profiles->save(*stored);
                        }
                    }
                });
    }
    if (m_profiles) {
        // The files path found by discovery is remembered, so that the next start asks no more.
        connect(session->platform(), &PlatformClient::filesPathDiscovered, this,
                [this, name](const QString &path) {
                    if (auto stored = m_profiles->load(name)) {
                        stored->platformFilesPath = path;
                        m_profiles->save(*stored);
                    }
                });
        m_profiles->setCurrentName(name);
    }
    m_demoWanted = false;
    if (m_demoLauncher)
        m_demoLauncher->stop();
    setSession(session, name, false);
}

void Workspace::startDemo(const QString &dataDir)
{
    if (!m_demoLauncher) {
        emit demoFailed(tr("This program was built without the demo."));
        return;
    }
    m_demoWanted = true;
    if (m_demoLauncher->isRunning()) {
        setSession(new Session(m_demoLauncher->sessionConfig()), tr("Demo"), true);
        return;
    }
    emit demoStarting();
    m_demoLauncher->startAsync(dataDir);
}

void Workspace::setSession(Session *session, const QString &label, bool demo)
{
    if (m_session && m_session != session)
        m_session->deleteLater(); // whoever still holds its objects lets go on sessionChanged()
    m_session = session;
    m_label = label;
    m_demo = session && demo;
    if (session) {
        session->setParent(this);
        ensureQueue(session);
    }
    emit sessionChanged();
}

void Workspace::signOut()
{
    m_demoWanted = false;
    if (m_demoLauncher)
        m_demoLauncher->stop();
    setSession(nullptr, QString(), false);
}

void Workspace::ensureQueue(Session *session)
{
    if (m_queue) {
        m_queue->setSession(session);
        return;
    }
    // Demo transfers are kept apart from a real profile's.
    const QString store = m_storeFolder.isEmpty()
                              ? QString()
                              : QDir(m_storeFolder)
                                    .filePath(m_demo ? QStringLiteral("demo-transfers.json")
                                                     : QStringLiteral("transfers.json"));
    m_queue = new TransferQueue(session, store, this);
    connect(m_queue, &TransferQueue::idle, this, &Workspace::onQueueIdle);
}

int Workspace::enqueueUploads(const UploadBatch &batch)
{
    if (!m_queue)
        return 0;
    int queued = 0;
    for (const UploadItem &item : batch.items) {
        if (batch.destinations.testFlag(UploadDestination::Analytics)) {
            if (!item.localPath.isEmpty())
                m_batch.insert(m_queue->enqueueUpload(item.localPath, TransferItem::Destination::Analytics,
                                                      item.metadata.toJson()));
            else if (!item.recordingId.isNull())
                m_batch.insert(m_queue->enqueueRecordingToAnalytics(item.recordingId, item.metadata));
            else
                continue;
            ++queued;
        }
        if (item.localPath.isEmpty())
            continue; // a platform recording only goes to analytics, by its signed URL
        if (batch.destinations.testFlag(UploadDestination::PlatformFiles)) {
            QJsonObject meta;
            meta.insert(QStringLiteral("name"), item.platformName.isEmpty()
                                                    ? QFileInfo(item.localPath).fileName()
                                                    : item.platformName);
            if (!item.platformDetail.isEmpty())
                meta.insert(QStringLiteral("detail"), item.platformDetail);
            m_batch.insert(m_queue->enqueueUpload(item.localPath, TransferItem::Destination::Platform, meta));
            ++queued;
        }
        if (batch.destinations.testFlag(UploadDestination::Assistant)) {
            m_batch.insert(m_queue->enqueueUpload(item.localPath, TransferItem::Destination::Assistant));
            ++queued;
        }
    }
    return queued;
}

Workspace::DownloadRequest Workspace::enqueueDownloads(const QList<Recording> &recordings,
                                                       const QList<PlatformFile> &files,
                                                       const QString &folder)
{
    DownloadRequest request;
    if (!m_queue)
        return request;
    for (const Recording &r : recordings) {
        if (!r.isPlayable()) {
            ++request.skipped;
            continue;
        }
        m_batch.insert(m_queue->enqueueRecordingDownload(r.id, folder));
        ++request.queued;
    }
    for (const PlatformFile &f : files) {
        m_batch.insert(m_queue->enqueueFileDownload(f.id, folder, f.filename));
        ++request.queued;
    }
    return request;
}

int Workspace::enqueueDownloads(PlatformClient::ListKind kind, const QList<QUuid> &ids, const QString &folder)
{
    if (!m_queue)
        return 0;
    for (const QUuid &id : ids)
        m_batch.insert(kind == PlatformClient::ListKind::Files
                           ? m_queue->enqueueFileDownload(id, folder)
                           : m_queue->enqueueRecordingDownload(id, folder));
    return int(ids.size());
}

TransferSummary Workspace::transferSummary() const
{
    return m_queue ? TransferSummary::of(m_queue->items()) : TransferSummary();
}

RecordingAudio *Workspace::recordingAudio(const QUuid &recordingId)
{
    RecordingAudioService *service = m_session ? m_session->recordingAudio() : nullptr;
    return service ? service->fetch(recordingId) : nullptr;
}

void Workspace::onQueueIdle()
{
    if (m_batch.isEmpty())
        return;
    // Of this batch only: the queue also keeps what earlier batches left in it.
    QList<TransferItem> batch;
    for (const TransferItem &item : m_queue->items())
        if (m_batch.contains(item.id))
            batch.append(item);
    m_batch.clear();
    emit batchFinished(TransferSummary::of(batch));
}

} // namespace recdesk
