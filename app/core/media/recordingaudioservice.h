#pragma once

#include "audiocache.h"
#include "net/retrypolicy.h"
#include "recordingaudio.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace recdesk {

class DownloadJob;
class Session;

// Fetches a recording's audio once per profile, into the profile's AudioCache, and hands out
// the one RecordingAudio handle for it. The fetch is a DownloadJob (QNAM, redirects by hand, no
// credentials to the signed host, retries, resume, URL refresh) writing in place, so that readers
// can follow the file as it grows. A ZIP of legs is joined into stereo off the GUI thread.
class RecordingAudioService : public QObject
{
    Q_OBJECT
public:
    RecordingAudioService(Session *session, const QString &cacheDirectory,
                          qint64 limitBytes = AudioCache::kDefaultLimitBytes, QObject *parent = nullptr);
    ~RecordingAudioService() override;

    // The handle for a recording's audio; starts (or resumes) fetching it unless it is cached
    // whole or already on its way. Owned by the service.
    RecordingAudio *fetch(const QUuid &recordingId);
    // The handle if the recording was asked for in this session, else nullptr; starts nothing.
    RecordingAudio *find(const QUuid &recordingId) const { return m_audio.value(recordingId); }

    AudioCache &cache() { return m_cache; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

private:
    void onProgress(RecordingAudio *audio, qint64 done, qint64 total);
    void onFinished(RecordingAudio *audio, const ApiError &error);
    void makePlayable(RecordingAudio *audio);
    void setReady(RecordingAudio *audio, const QString &playablePath);
    QSet<QUuid> inUse() const;

    QPointer<Session> m_session;
    AudioCache m_cache;
    std::optional<RetryPolicy> m_policy; // tests shorten it; else DownloadJob's own
    QHash<QUuid, RecordingAudio *> m_audio;
    QHash<QUuid, DownloadJob *> m_jobs;
    QUuid m_lastAsked; // spared by the cache's trimming, with every running fetch
};

} // namespace recdesk
