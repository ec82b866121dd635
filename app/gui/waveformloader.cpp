#include "waveformloader.h"

#include "media/recordingaudio.h"
#include "media/waveformjob.h"
#include "media/waveformpeaks.h"
#include "util/backgroundtask.h"

namespace recdesk::gui {

WaveformLoader::WaveformLoader(QObject *parent)
    : QObject(parent)
{
    m_job = new WaveformJob(this);
    connect(m_job, &WaveformJob::finished, this,
            [this](const WaveformPeaks &peaks) { emit peaksReady(m_recordingId, channelsFrom(peaks)); });
    connect(m_job, &WaveformJob::failed, this, [this](const QString &message) {
        emit failed(m_recordingId, tr("The waveform could not be drawn."), message);
    });
}

WaveformLoader::~WaveformLoader()
{
    cancel();
}

QList<WaveformChannel> WaveformLoader::channelsFrom(const WaveformPeaks &peaks)
{
    QList<WaveformChannel> out(peaks.channelCount());
    const QVector<float> values = peaks.normalised();
    const int channels = peaks.channelCount();
    for (int c = 0; c < channels; ++c) {
        out[c].mins.resize(peaks.bucketCount());
        out[c].maxs.resize(peaks.bucketCount());
    }
    for (int b = 0; b < peaks.bucketCount(); ++b) {
        for (int c = 0; c < channels; ++c) {
            const qsizetype at = (qsizetype(b) * channels + c) * 2;
            out[c].mins[b] = values.at(at);
            out[c].maxs[b] = values.at(at + 1);
        }
    }
    return out;
}

void WaveformLoader::cancel()
{
    if (m_audio)
        m_audio->disconnect(this);
    m_audio.clear();
    m_job->cancel();
    m_wavPath.clear();
    if (m_silenceCancel)
        m_silenceCancel->store(true);
    ++m_silenceGeneration;
}

void WaveformLoader::load(RecordingAudio *audio, int buckets)
{
    cancel();
    if (!audio)
        return;
    m_audio = audio;
    m_recordingId = audio->recordingId();
    m_buckets = buckets;
    if (audio->isReady()) {
        startPeaks(audio->playablePath());
        return;
    }
    connect(audio, &RecordingAudio::ready, this, &WaveformLoader::startPeaks);
    connect(audio, &RecordingAudio::failed, this, [this](const ApiError &error) {
        emit failed(m_recordingId, tr("The audio could not be fetched for the waveform."),
                    error.toDisplayString());
    });
}

void WaveformLoader::startPeaks(const QString &wavPath)
{
    m_wavPath = wavPath;
    m_job->start(wavPath, m_buckets);
    startSilences();
}

void WaveformLoader::setSilenceSettings(const SilenceDetector::Settings &settings)
{
    if (settings == m_silenceSettings)
        return;
    m_silenceSettings = settings;
    startSilences();
}

void WaveformLoader::startSilences()
{
    if (m_silenceCancel)
        m_silenceCancel->store(true);
    if (m_wavPath.isEmpty())
        return;
    m_silenceCancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_silenceGeneration;
    struct Outcome
    {
        SilenceDetector::Result result = SilenceDetector::Result::Failed;
        SilenceMap map;
        QString error;
    };
    runInBackground(
        this,
        [path = m_wavPath, settings = m_silenceSettings, cancelFlag = m_silenceCancel] {
            Outcome o;
            o.result = SilenceDetector::detectFile(path, settings, &o.map, &o.error, cancelFlag.get());
            return o;
        },
        [this, generation](const Outcome &o) {
            // A failure here leaves the player without silence skipping; the waveform's own
            // job reports what is wrong with the file.
            if (generation == m_silenceGeneration && o.result == SilenceDetector::Result::Ok)
                emit silencesReady(m_recordingId, o.map);
        });
}

} // namespace recdesk::gui
