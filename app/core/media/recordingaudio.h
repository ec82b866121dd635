#pragma once

#include "audioarrival.h"
#include "net/apierror.h"

#include <QObject>
#include <QUuid>

namespace recdesk {

// One recording's audio in the profile's cache, as it arrives: a handle shared by everyone who
// wants those bytes (player, waveform, drag-out, Save). Made and updated by RecordingAudioService.
class RecordingAudio : public QObject
{
    Q_OBJECT
public:
    enum class Content { Unknown, Wav, Legs }; // Legs: a ZIP of two mono WAVs (live platform)

    RecordingAudio(const QUuid &recordingId, const QString &path, QObject *parent = nullptr);

    QUuid recordingId() const { return m_id; }
    // The file as fetched; it grows while the fetch runs (read it through ProgressiveAudioDevice).
    QString path() const { return m_path; }
    AudioArrivalPtr arrival() const { return m_arrival; }
    Content content() const { return m_content; }
    qint64 availableBytes() const { return m_arrival->snapshot().available; }
    qint64 totalBytes() const { return m_arrival->snapshot().total; }
    bool isFetching() const { return m_fetching; }
    bool isReady() const { return !m_playablePath.isEmpty(); }
    bool hasFailed() const { return m_error.isError(); }
    ApiError error() const { return m_error; }
    // A whole WAV to play, draw or copy: the file itself, or its legs joined as stereo. Empty
    // until ready().
    QString playablePath() const { return m_playablePath; }

signals:
    void progressed(qint64 available, qint64 total);
    void contentKnown(recdesk::RecordingAudio::Content content);
    void ready(const QString &playablePath);
    void failed(const recdesk::ApiError &error);

private:
    friend class RecordingAudioService;

    QUuid m_id;
    QString m_path;
    AudioArrivalPtr m_arrival;
    Content m_content = Content::Unknown;
    QString m_playablePath;
    ApiError m_error;
    bool m_fetching = false;
};

} // namespace recdesk
