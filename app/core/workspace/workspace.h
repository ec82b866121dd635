#pragma once

#include "net/session.h"
#include "settings/profile.h"
#include "transfer/transfersummary.h"
#include "transfer/uploadbatch.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace recdesk {

class DemoLauncher;
class ProfileStore;
class RecordingAudio;
class SecretStore;
class TransferQueue;
struct PlatformFile;
struct Recording;

// The application below its windows and its command line: what Recdesk is connected to (a
// profile or the demo), that connection's transfer queue, and the workflows on them (uploads fanned
// out to their destinations, downloads of a selection, a recording's audio, the end of a batch).
// MainWindow and recdeskctl wire their widgets and output to it; it has no widgets.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // profiles / secrets: where a profile's discoveries and new sign-in token are kept, and which
    // profile is current (null: nothing is remembered, as for recdeskctl). demo: null when the
    // program offers no demo. None is owned.
    Workspace(ProfileStore *profiles, SecretStore *secrets, DemoLauncher *demo, QObject *parent = nullptr);
    ~Workspace() override;

    // ---- the connection ----
    // Connects to a stored profile (it becomes the current one); a demo under way is stopped.
    void connectProfile(const Profile &profile, const ProfileSecrets &secrets);
    // Starts the demo in the background and connects to it once it is up (sessionChanged()), or
    // says why not (demoFailed()). A profile chosen meanwhile wins over the late demo.
    void startDemo(const QString &dataDir = QString());
    // Takes the session (any earlier one is deleted once control returns to the event loop).
    void setSession(Session *session, const QString &label, bool demo);
    void signOut();
    Session *session() const { return m_session; }
    QString label() const { return m_label; }
    bool isDemo() const { return m_demo; }
    DemoLauncher *demo() const { return m_demoLauncher; }

    // ---- transfers ----
    // Where the queue is kept between runs (the demo's apart from a profile's); empty: not kept.
    // Takes effect when the queue is made, with the first session.
    void setTransferStoreFolder(const QString &folder) { m_storeFolder = folder; }
    TransferQueue *transferQueue() const { return m_queue; }
    // Queues every item of a batch once for each of its destinations; returns how many transfers.
    int enqueueUploads(const UploadBatch &batch);
    struct DownloadRequest
    {
        int queued = 0;
        int skipped = 0; // recordings without audio yet (not ended)
    };
    DownloadRequest enqueueDownloads(const QList<Recording> &recordings, const QList<PlatformFile> &files,
                                     const QString &folder);
    // The same by id (recdeskctl: the server says whether a recording has audio yet).
    int enqueueDownloads(PlatformClient::ListKind kind, const QList<QUuid> &ids, const QString &folder);
    TransferSummary transferSummary() const;

    // ---- audio ----
    // A recording's audio, fetched once into the profile's cache; null when not connected.
    RecordingAudio *recordingAudio(const QUuid &recordingId);

signals:
    void sessionChanged();
    void demoStarting();
    void demoFailed(const QString &error);
    // Every transfer queued since the queue was last idle has ended; the summary is of those.
    void batchFinished(const recdesk::TransferSummary &summary);
    // Something the person should hear of that has no other place (a keychain write failed).
    void problem(const QString &message, const QString &details);

private:
    void ensureQueue(Session *session);
    void onQueueIdle();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    DemoLauncher *m_demoLauncher;
    QPointer<Session> m_session;
    QString m_label;
    bool m_demo = false;
    bool m_demoWanted = false; // the last choice was the demo: a late demo start must not win
    QString m_storeFolder;
    TransferQueue *m_queue = nullptr;
    QSet<QUuid> m_batch; // the transfers queued since the queue was last idle
};

} // namespace recdesk
