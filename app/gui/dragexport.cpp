#include "dragexport.h"

#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "net/session.h"
#include "transfer/downloadjob.h"
#include "transfer/filenamesanitizer.h"
#include "util/backgroundtask.h"

#include <QDir>
#include <QFile>

namespace recdesk::gui {

namespace {
const QString kUriList = QStringLiteral("text/uri-list");
}

DragExport::DragExport(Session *session, const QList<Entry> &entries, const QString &folder)
    : m_session(session)
    , m_entries(entries)
    , m_folder(folder)
    , m_paths(entries.size())
    , m_finished(entries.size(), false)
    , m_jobs(entries.size())
{
    QDir().mkpath(m_folder);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_session)
            setDone(i, QString(), tr("Not connected."));
        else if (m_entries.at(i).kind == Entry::Kind::Recording)
            startRecording(i);
        else
            startFile(i);
    }
}

DragExport::~DragExport()
{
    // A drag that ended before its files came: stop fetching what is only for this drag. (A
    // recording's fetch belongs to the cache and goes on.)
    for (const QPointer<DownloadJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->stop(true);
            job->deleteLater();
        }
    }
}

QStringList DragExport::formats() const
{
    return {kUriList};
}

bool DragExport::hasFormat(const QString &mimeType) const
{
    return mimeType == kUriList;
}

QList<QUrl> DragExport::readyUrls() const
{
    QList<QUrl> urls;
    for (const QString &path : m_paths) {
        if (!path.isEmpty())
            urls.append(QUrl::fromLocalFile(path));
    }
    return urls;
}

int DragExport::pendingCount() const
{
    return int(std::count(m_finished.cbegin(), m_finished.cend(), false));
}

QVariant DragExport::retrieveData(const QString &mimeType, QMetaType type) const
{
    Q_UNUSED(type)
    if (mimeType != kUriList)
        return QVariant();
    if (const int pending = pendingCount(); pending > 0 && m_error.isEmpty())
        m_error =
            tr("%n item(s) were still being fetched when they were dropped; drag them again in a moment.",
               nullptr, pending);
    QVariantList list;
    for (const QUrl &url : readyUrls())
        list.append(url);
    return list;
}

void DragExport::startRecording(int index)
{
    RecordingAudioService *service = m_session->recordingAudio();
    if (!service) {
        setDone(index, QString(), tr("Recordings cannot be fetched in this session."));
        return;
    }
    RecordingAudio *audio = service->fetch(m_entries.at(index).id);
    if (audio->isReady()) {
        copyIntoFolder(index, audio->playablePath());
        return;
    }
    connect(audio, &RecordingAudio::ready, this, [this, index](const QString &path) {
        if (!m_finished.at(index) && m_paths.at(index).isEmpty())
            copyIntoFolder(index, path);
    });
    connect(audio, &RecordingAudio::failed, this,
            [this, index](const ApiError &error) { setDone(index, QString(), error.toDisplayString()); });
}

void DragExport::startFile(int index)
{
    TransferItem item;
    item.source = TransferItem::Source::PlatformFile;
    item.remoteId = m_entries.at(index).id;
    item.name = m_entries.at(index).fileName;
    item.folder = m_folder;
    auto *job = new DownloadJob(m_session, item, this);
    m_jobs[index] = job;
    connect(job, &DownloadJob::finished, this, [this, index, job](const ApiError &error) {
        job->deleteLater();
        setDone(index, error.isError() ? QString() : job->item().targetPath, error.toDisplayString());
    });
    job->start();
}

void DragExport::copyIntoFolder(int index, const QString &source)
{
    // The cache keeps its copy; the drop gets its own, under the name people see. A copy streams
    // file to file, on a pool thread: an hour of audio never stalls the window.
    QString name = FileNameSanitizer::sanitize(m_entries.at(index).fileName, QStringLiteral("recording.wav"));
    if (!name.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        name += QStringLiteral(".wav");
    const QString target = FileNameSanitizer::uniquePath(m_folder, name);
    runInBackground(
        this, [source, target] { return QFile::copy(source, target); },
        [this, index, target](bool ok) {
            setDone(index, ok ? target : QString(),
                    ok ? QString() : tr("The recording could not be copied for the drop."));
        });
}

void DragExport::setDone(int index, const QString &path, const QString &error)
{
    if (m_finished.at(index))
        return;
    m_finished[index] = true;
    m_paths[index] = path;
    if (!error.isEmpty())
        m_error = error;
    if (pendingCount() == 0)
        emit allReady();
}

} // namespace recdesk::gui
