#pragma once

#include "waveformwidget.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

namespace recdesk {
class RecordingAudio;
class WaveformJob;
class WaveformPeaks;
} // namespace recdesk

namespace recdesk::gui {

// Draws a recording's waveform from the audio the cache fetched (RecordingAudio): once the whole
// WAV (or the legs joined) is on disk, the peaks are computed on a worker thread (WaveformJob).
// Nothing is fetched here. One recording at a time: load() drops the previous one.
class WaveformLoader : public QObject
{
    Q_OBJECT
public:
    explicit WaveformLoader(QObject *parent = nullptr);
    ~WaveformLoader() override;

    void load(recdesk::RecordingAudio *audio, int buckets = 2000);
    void cancel();
    QUuid recordingId() const { return m_recordingId; }

    // Peaks (for each bucket, for each channel, min then max) as one lane per channel.
    static QList<WaveformChannel> channelsFrom(const WaveformPeaks &peaks);

signals:
    void peaksReady(const QUuid &recordingId, const QList<recdesk::gui::WaveformChannel> &channels);
    void failed(const QUuid &recordingId, const QString &message, const QString &details);

private:
    void startPeaks(const QString &wavPath);

    QPointer<recdesk::RecordingAudio> m_audio;
    recdesk::WaveformJob *m_job = nullptr;
    QUuid m_recordingId;
    int m_buckets = 2000;
};

} // namespace recdesk::gui
