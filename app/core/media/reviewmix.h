#pragma once

#include <atomic>
#include <QtGlobal>

namespace recdesk {

// How review playback mixes a recording into the two output channels. A two-leg recording is a
// stereo WAV whose left channel is leg 1 and right channel leg 2 (RecordingLegs); a mono
// recording is one voice played on both sides.
//
// The setters are for the GUI thread and the getters and matrix() for the audio thread: every
// value is its own lock-free atomic, so a change takes effect at the next block read, without a
// restart and without a lock on the audio path.
//
// Balance b in [-1, +1] moves the whole mix toward one side without losing a leg: the far
// side's gain falls to 1 - |b| and what it loses is heard on the near side instead, so at -1
// both legs (or the mono voice) are entirely in the left output, at +1 entirely in the right,
// and at 0 leg 1 is left and leg 2 right, as recorded.
class ReviewMix
{
public:
    // Output = matrix applied to the input frame: left = leftFromLeg1 * leg1 + leftFromLeg2 *
    // leg2, and so on. For a mono source leg 2 is absent (its entries are zero).
    struct Matrix
    {
        float leftFromLeg1 = 0;
        float leftFromLeg2 = 0;
        float rightFromLeg1 = 0;
        float rightFromLeg2 = 0;
    };

    ReviewMix();

    // leg: 1 or 2; gain clamped to [0, 1]. Leg gains and mutes do not apply to a mono source.
    void setLegGain(int leg, float gain);
    float legGain(int leg) const;
    void setLegMuted(int leg, bool muted);
    bool isLegMuted(int leg) const;
    // Clamped to [-1, +1].
    void setBalance(float balance);
    float balance() const;
    // Linear, clamped to [0, 1] (the GUI may map a slider through QAudio::convertVolume).
    void setMasterVolume(float volume);
    float masterVolume() const;

    // The current settings as gains for a source of sourceChannels (1 or 2) channels.
    Matrix matrix(int sourceChannels) const;

    // Mixes `frames` frames of interleaved input (sourceChannels per frame, samples in [-1, 1])
    // into interleaved stereo `out`. No clipping here: the int16 conversion clamps.
    static void apply(const Matrix &matrix, const float *in, int sourceChannels, float *out, int frames);

private:
    std::atomic<float> m_legGain[2];
    std::atomic<bool> m_legMuted[2];
    std::atomic<float> m_balance{0.0f};
    std::atomic<float> m_masterVolume{1.0f};
};

} // namespace recdesk
