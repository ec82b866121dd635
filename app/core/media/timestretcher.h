#pragma once

#include <memory>

namespace soundtouch {
class SoundTouch;
}

namespace recdesk {

// Changes the speed of interleaved float audio without changing its pitch (SoundTouch's WSOLA
// time stretch; pitch and rate stay 1). Used by one thread at a time: the audio thread.
class TimeStretcher
{
public:
    static constexpr double kMinTempo = 0.5;
    static constexpr double kMaxTempo = 2.0;

    TimeStretcher(int sampleRate, int channels);
    ~TimeStretcher();
    TimeStretcher(const TimeStretcher &) = delete;
    TimeStretcher &operator=(const TimeStretcher &) = delete;

    // Clamped to [kMinTempo, kMaxTempo]; 1.5 plays 1.5 times as fast. May change mid-stream.
    void setTempo(double tempo);
    double tempo() const { return m_tempo; }

    void put(const float *interleaved, int frames);
    // Up to maxFrames processed frames into `out`; returns how many (0: it needs more input).
    int receive(float *out, int maxFrames);
    // The input has ended: whatever is held back becomes available to receive().
    void flush();
    // Forgets everything held (a seek).
    void clear();

    int readyFrames() const;
    // Input frames put in whose sound has not been received yet: what is still inside, counted
    // in input time (ready output frames count as tempo input frames each). Position maths.
    double heldInputFrames() const;
    // The input frames SoundTouch wants before its first output frame.
    int initialLatencyFrames() const;

private:
    std::unique_ptr<soundtouch::SoundTouch> m_soundTouch;
    double m_tempo = 1.0;
};

} // namespace recdesk
