#include "reviewmix.h"

#include <algorithm>

static_assert(std::atomic<float>::is_always_lock_free, "the audio thread must never wait on a lock");

namespace recdesk {

namespace {

int legIndex(int leg)
{
    Q_ASSERT(leg == 1 || leg == 2);
    return leg == 2 ? 1 : 0;
}

} // namespace

ReviewMix::ReviewMix()
{
    for (int i = 0; i < 2; ++i) {
        m_legGain[i].store(1.0f);
        m_legMuted[i].store(false);
    }
}

void ReviewMix::setLegGain(int leg, float gain)
{
    m_legGain[legIndex(leg)].store(std::clamp(gain, 0.0f, 1.0f), std::memory_order_relaxed);
}

float ReviewMix::legGain(int leg) const
{
    return m_legGain[legIndex(leg)].load(std::memory_order_relaxed);
}

void ReviewMix::setLegMuted(int leg, bool muted)
{
    m_legMuted[legIndex(leg)].store(muted, std::memory_order_relaxed);
}

bool ReviewMix::isLegMuted(int leg) const
{
    return m_legMuted[legIndex(leg)].load(std::memory_order_relaxed);
}

void ReviewMix::setBalance(float balance)
{
    m_balance.store(std::clamp(balance, -1.0f, 1.0f), std::memory_order_relaxed);
}

float ReviewMix::balance() const
{
    return m_balance.load(std::memory_order_relaxed);
}

void ReviewMix::setMasterVolume(float volume)
{
    m_masterVolume.store(std::clamp(volume, 0.0f, 1.0f), std::memory_order_relaxed);
}

float ReviewMix::masterVolume() const
{
    return m_masterVolume.load(std::memory_order_relaxed);
}

ReviewMix::Matrix ReviewMix::matrix(int sourceChannels) const
{
    const float b = balance();
    const float master = masterVolume();
    // The side the balance leans away from keeps 1 - |b| of what it had.
    const float leftKeeps = std::min(1.0f, 1.0f - b);
    const float rightKeeps = std::min(1.0f, 1.0f + b);

    Matrix m;
    if (sourceChannels == 1) {
        // One voice on both sides: a plain balance, nothing to move across.
        m.leftFromLeg1 = master * leftKeeps;
        m.rightFromLeg1 = master * rightKeeps;
        return m;
    }
    const float leg1 = isLegMuted(1) ? 0.0f : legGain(1) * master;
    const float leg2 = isLegMuted(2) ? 0.0f : legGain(2) * master;
    // Leg 1 lives on the left, leg 2 on the right; what a leg loses on its own side it gains on
    // the other, so turning the balance never silences a voice.
    m.leftFromLeg1 = leg1 * leftKeeps;
    m.rightFromLeg1 = leg1 * (1.0f - leftKeeps);
    m.rightFromLeg2 = leg2 * rightKeeps;
    m.leftFromLeg2 = leg2 * (1.0f - rightKeeps);
    return m;
}

void ReviewMix::apply(const Matrix &matrix, const float *in, int sourceChannels, float *out, int frames)
{
    if (sourceChannels == 1) {
        for (int i = 0; i < frames; ++i) {
            out[2 * i] = matrix.leftFromLeg1 * in[i];
            out[2 * i + 1] = matrix.rightFromLeg1 * in[i];
        }
        return;
    }
    for (int i = 0; i < frames; ++i) {
        const float leg1 = in[2 * i];
        const float leg2 = in[2 * i + 1];
        out[2 * i] = matrix.leftFromLeg1 * leg1 + matrix.leftFromLeg2 * leg2;
        out[2 * i + 1] = matrix.rightFromLeg1 * leg1 + matrix.rightFromLeg2 * leg2;
    }
}

} // namespace recdesk
