#pragma once

#include "reviewmix.h"
#include "timerange.h"
#include "wavinfo.h"

#include <array>
#include <atomic>
#include <memory>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QMutex>
#include <vector>

namespace recdesk {

class TimeStretcher;

// The review player's sound, as a read-only sequential QIODevice that an audio sink pulls: a
// whole 16-bit PCM WAV on disk (mono, or stereo with one leg per channel) read in blocks,
// passed over the skip ranges and wrapped around the A-B loop, time-stretched to the tempo
// without changing pitch (TimeStretcher), mixed to stereo (ReviewMix), and handed out as
// interleaved little-endian int16 stereo at the WAV's own sample rate.
//
// Two threads: readData() runs on whichever thread the sink reads from (the audio thread); the
// setters, seekToMs() and positionMs() are for the GUI thread. They meet only through atomics
// (and a mutex the audio thread merely tries), so the audio thread never waits, and every change
// takes effect at the next read without a restart. readData() allocates nothing.
class ReviewAudioSource : public QIODevice
{
    Q_OBJECT

public:
    static constexpr int kOutputChannels = 2;
    static constexpr int kBytesPerOutputFrame = kOutputChannels * 2;

    explicit ReviewAudioSource(QObject *parent = nullptr);
    ~ReviewAudioSource() override;

    // Opens the file for reading from its start. False, with errorString() saying why, when it
    // cannot be read or is not a 16-bit PCM WAV of one or two channels.
    bool openFile(const QString &path);
    void close() override;

    // The output's rate: the WAV's own (the output is always kOutputChannels of Int16).
    int sampleRate() const { return int(m_info.format.sampleRate); }
    // 1: mono; 2: two legs.
    int sourceChannels() const { return m_info.format.channels; }
    qint64 durationMs() const;

    // Where in the recording the sound handed out so far has got to (input consumed, less what
    // the stretcher still holds, mapped back through loops and skips).
    qint64 positionMs() const;
    // Takes effect at the next read: the stretcher is cleared and reading starts there.
    void seekToMs(qint64 ms);

    // Clamped to [0.5, 2]; takes effect at the next read.
    void setTempo(double tempo);
    double tempo() const;

    // Gains, mutes, balance and volume; safe to set from the GUI thread at any time.
    ReviewMix &mix() { return m_mix; }

    // Once reading reaches endMs it continues at startMs, sample-exact (no gap). A loop that
    // the position is already past does not pull it back; an empty one clears the loop.
    void setLoop(qint64 startMs, qint64 endMs);
    void clearLoop();
    bool hasLoop() const;
    // The loop's ends as set (rounded to frames); -1 without a loop.
    qint64 loopStartMs() const;
    qint64 loopEndMs() const;

    // Stretches of the recording passed over while skipping is enabled (e.g. silences).
    void setSkipRanges(const QList<TimeRange> &ranges);
    void setSkipEnabled(bool enabled);
    bool isSkipEnabled() const;

    bool isSequential() const override { return true; }
    // The last frame has been handed out (the recording ended and the stretcher is empty).
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    // Half-open [start, end) in frames.
    struct FrameRange
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    // From the fedFrames-th frame put into the stretcher on, input came from recordingFrame on.
    struct Anchor
    {
        qint64 fedFrames = 0;
        qint64 recordingFrame = 0;
    };
    static constexpr int kBlockFrames = 512;
    static constexpr int kAnchorCount = 64;
    static constexpr quint64 kNoLoop = ~quint64(0);

    qint64 framesForMs(qint64 ms) const;
    // Audio thread.
    void applyRequests();
    int feedInput();
    void jumpTo(qint64 frame);
    qint64 recordingFrameFor(double fedFrames) const;
    void publishPosition();
    void writeOutput(char *data, int frames);

    QFile m_file;
    WavInfo m_info;
    std::unique_ptr<TimeStretcher> m_stretcher;
    ReviewMix m_mix;

    // Audio thread only.
    qint64 m_inputFrame = 0; // the next recording frame to read
    qint64 m_fileFrame = -1; // where m_file is positioned
    qint64 m_fedFrames = 0;  // frames put into the stretcher since the last seek
    std::array<Anchor, kAnchorCount> m_anchors{};
    qint64 m_anchorsAdded = 0;
    bool m_inputEnded = false;
    bool m_flushed = false;
    QList<FrameRange> m_skipRanges; // the audio thread's copy of m_sharedSkipRanges
    quint64 m_skipRangesGeneration = 0;
    std::vector<qint16> m_pcm;
    std::vector<float> m_input;
    std::vector<float> m_stretched;
    std::vector<float> m_mixed;

    // Shared between the threads.
    std::atomic<qint64> m_seekRequest{-1};
    std::atomic<double> m_tempo{1.0};
    std::atomic<quint64> m_loop{kNoLoop}; // start frame << 32 | end frame: one atomic, never torn
    std::atomic<bool> m_skipEnabled{false};
    std::atomic<quint64> m_sharedSkipRangesGeneration{0};
    QMutex m_sharedSkipRangesMutex; // the GUI thread locks it; the audio thread only tries
    QList<FrameRange> m_sharedSkipRanges;
    std::atomic<qint64> m_positionFrame{0};
    std::atomic<bool> m_finished{false};
};

} // namespace recdesk
