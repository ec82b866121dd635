#pragma once

#include "media/silencedetector.h"
#include "waveformwidget.h"

#include <atomic>
#include <memory>
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
// WAV (or the legs joined) is on disk, the peaks are computed on a worker thread (WaveformJob),
// and so are its silences (SilenceDetector). Nothing is fetched here. One recording at a time:
// load() drops the previous one.
class WaveformLoader : public QObject
{
    Q_OBJECT
public:
    explicit WaveformLoader(QObject *parent = nullptr);
    ~WaveformLoader() override;

    void load(recdesk::RecordingAudio *audio, int buckets = 2000);
    void cancel();
    QUuid recordingId() const { return m_recordingId; }
    // Finds the silences again with these settings (at once if the audio is there).
    void setSilenceSettings(const recdesk::SilenceDetector::Settings &settings);
    recdesk::SilenceDetector::Settings silenceSettings() const { return m_silenceSettings; }

    // Peaks (for each bucket, for each channel, min then max) as one lane per channel.
    static QList<WaveformChannel> channelsFrom(const WaveformPeaks &peaks);

signals:
    void peaksReady(const QUuid &recordingId, const QList<recdesk::gui::WaveformChannel> &channels);
    void failed(const QUuid &recordingId, const QString &message, const QString &details);
    void silencesReady(const QUuid &recordingId, const recdesk::SilenceMap &silences);

private:
    void startPeaks(const QString &wavPath);
    void startSilences();

    QPointer<recdesk::RecordingAudio> m_audio;
    recdesk::WaveformJob *m_job = nullptr;
    QUuid m_recordingId;
    int m_buckets = 2000;
    QString m_wavPath; // of the current recording, once ready
    recdesk::SilenceDetector::Settings m_silenceSettings;
    std::shared_ptr<std::atomic<bool>> m_silenceCancel;
    quint64 m_silenceGeneration = 0; // results of a replaced run are dropped
};

} // namespace recdesk::gui
