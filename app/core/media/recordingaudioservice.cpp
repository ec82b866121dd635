#include "recordingaudioservice.h"

#include "recordinglegs.h"
#include "transfer/downloadjob.h"
#include "util/backgroundtask.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace recdesk {

namespace {
Q_LOGGING_CATEGORY(lcAudio, "recdesk.audio")

RecordingAudio::Content contentOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return RecordingAudio::Content::Unknown;
    const QByteArray head = file.read(4);
    if (head.size() < 4)
        return RecordingAudio::Content::Unknown;
    return RecordingLegs::looksLikeZip(head) ? RecordingAudio::Content::Legs : RecordingAudio::Content::Wav;
}
} // namespace

RecordingAudioService::RecordingAudioService(Session *session, const QString &cacheDirectory,
                                             qint64 limitBytes, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cacheDirectory, limitBytes)
{}

RecordingAudioService::~RecordingAudioService()
{
    for (DownloadJob *job : std::as_const(m_jobs))
        job->stop(false); // what arrived stays for a resume
}

RecordingAudio *RecordingAudioService::fetch(const QUuid &recordingId)
{
    m_lastAsked = recordingId;
    RecordingAudio *audio = m_audio.value(recordingId);
    if (!audio) {
        audio = new RecordingAudio(recordingId, m_cache.audioPath(recordingId), this);
        m_audio.insert(recordingId, audio);
    }
    if (audio->m_fetching || audio->isReady())
        return audio;
    audio->m_error = ApiError();
    if (m_cache.isComplete(recordingId)) {
        m_cache.touch(recordingId);
        const qint64 size = QFileInfo(audio->m_path).size();
        audio->m_arrival->setProgress(size, size);
        audio->m_arrival->finish(AudioArrival::State::Complete);
        audio->m_content = contentOf(audio->m_path);
        makePlayable(audio);
        return audio;
    }
    // A fresh arrival record: readers of an earlier, failed attempt must not mix with this one.
    audio->m_arrival = std::make_shared<AudioArrival>();
    audio->m_content = RecordingAudio::Content::Unknown;
    m_cache.touch(recordingId);

    TransferItem item;
    item.source = TransferItem::Source::Recording;
    item.remoteId = recordingId;
    item.folder = m_cache.directory();
    item.targetPath = audio->m_path;
    item.name = recordingId.toString(QUuid::WithoutBraces);
    auto *job = new DownloadJob(m_session, item, this);
    job->setWriteInPlace(true);
    if (m_policy)
        job->setRetryPolicy(*m_policy);
    connect(job, &DownloadJob::progress, this,
            [this, audio](qint64 done, qint64 total) { onProgress(audio, done, total); });
    connect(job, &DownloadJob::finished, this, [this, audio, job](const ApiError &error) {
        m_jobs.remove(audio->m_id);
        job->deleteLater();
        onFinished(audio, error);
    });
    m_jobs.insert(recordingId, job);
    audio->m_fetching = true;
    qCDebug(lcAudio) << "fetching the audio of a recording";
    job->start();
    return audio;
}

void RecordingAudioService::onProgress(RecordingAudio *audio, qint64 done, qint64 total)
{
    audio->m_arrival->setProgress(done, total);
    if (audio->m_content == RecordingAudio::Content::Unknown && done >= 4) {
        audio->m_content = contentOf(audio->m_path);
        if (audio->m_content != RecordingAudio::Content::Unknown)
            emit audio->contentKnown(audio->m_content);
    }
    emit audio->progressed(done, total);
}

void RecordingAudioService::onFinished(RecordingAudio *audio, const ApiError &error)
{
    audio->m_fetching = false;
    if (error.isError()) {
        audio->m_error = error;
        audio->m_arrival->finish(AudioArrival::State::Failed);
        emit audio->failed(error);
        return;
    }
    const qint64 size = QFileInfo(audio->m_path).size();
    audio->m_arrival->setProgress(size, size);
    audio->m_arrival->finish(AudioArrival::State::Complete);
    m_cache.markComplete(audio->m_id, inUse());
    if (audio->m_content == RecordingAudio::Content::Unknown) {
        audio->m_content = contentOf(audio->m_path);
        emit audio->contentKnown(audio->m_content);
    }
    makePlayable(audio);
}

void RecordingAudioService::makePlayable(RecordingAudio *audio)
{
    if (audio->m_content != RecordingAudio::Content::Legs) {
        setReady(audio, audio->m_path);
        return;
    }
    const QString stereo = m_cache.stereoPath(audio->m_id);
    if (QFileInfo::exists(stereo)) {
        setReady(audio, stereo);
        return;
    }
    // Join the legs off the GUI thread: unpacking and interleaving an hour of audio takes a while.
    const QString zip = audio->m_path;
    const QString partial = stereo + QStringLiteral(".joining");
    QPointer<RecordingAudio> target(audio);
    audio->m_fetching = true;
    struct Joined
    {
        bool ok = false;
        QString error;
    };
    runInBackground(
        this,
        [zip, stereo, partial] {
            Joined j;
            QTemporaryDir legsDir;
            RecordingLegs::Paths legs;
            j.ok = legsDir.isValid() && RecordingLegs::extract(zip, legsDir.path(), &legs, &j.error) &&
                   RecordingLegs::mergeToStereo(legs.in, legs.out, partial, &j.error);
            if (j.ok && !QFile::rename(partial, stereo)) {
                j.ok = false;
                j.error = tr("The joined recording could not be saved in the cache.");
            }
            if (!j.ok)
                QFile::remove(partial);
            return j;
        },
        [this, target, stereo](Joined j) {
            if (!target)
                return;
            target->m_fetching = false;
            if (!j.ok) {
                target->m_error = ApiError::local(
                    ApiError::Service::Local, ApiError::Kind::Invalid,
                    tr("The two legs of this recording could not be joined: %1").arg(j.error));
                emit target->failed(target->m_error);
                return;
            }
            m_cache.trim(inUse());
            setReady(target, stereo);
        });
}

void RecordingAudioService::setReady(RecordingAudio *audio, const QString &playablePath)
{
    audio->m_playablePath = playablePath;
    emit audio->ready(playablePath);
}

QSet<QUuid> RecordingAudioService::inUse() const
{
    QSet<QUuid> ids;
    for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it)
        ids.insert(it.key());
    if (!m_lastAsked.isNull())
        ids.insert(m_lastAsked);
    return ids;
}

} // namespace recdesk
