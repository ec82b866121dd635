#include "timestretcher.h"

#include <algorithm>
#include <SoundTouch.h>

// The sample buffers are float; a SoundTouch built for integer samples would need another path.
static_assert(sizeof(soundtouch::SAMPLETYPE) == sizeof(float) && soundtouch::SAMPLETYPE(0.5) > 0,
              "TimeStretcher needs SoundTouch built with float samples");

namespace recdesk {

TimeStretcher::TimeStretcher(int sampleRate, int channels)
    : m_soundTouch(std::make_unique<soundtouch::SoundTouch>())
{
    m_soundTouch->setSampleRate(uint(sampleRate));
    m_soundTouch->setChannels(uint(channels));
    m_soundTouch->setPitch(1.0);
    m_soundTouch->setRate(1.0);
    m_soundTouch->setTempo(m_tempo);
}

TimeStretcher::~TimeStretcher() = default;

void TimeStretcher::setTempo(double tempo)
{
    tempo = std::clamp(tempo, kMinTempo, kMaxTempo);
    if (tempo == m_tempo)
        return;
    m_tempo = tempo;
    m_soundTouch->setTempo(tempo);
}

void TimeStretcher::put(const float *interleaved, int frames)
{
    if (frames > 0)
        m_soundTouch->putSamples(interleaved, uint(frames));
}

int TimeStretcher::receive(float *out, int maxFrames)
{
    if (maxFrames <= 0)
        return 0;
    return int(m_soundTouch->receiveSamples(out, uint(maxFrames)));
}

void TimeStretcher::flush()
{
    m_soundTouch->flush();
}

void TimeStretcher::clear()
{
    m_soundTouch->clear();
}

int TimeStretcher::readyFrames() const
{
    return int(m_soundTouch->numSamples());
}

double TimeStretcher::heldInputFrames() const
{
    return double(m_soundTouch->numUnprocessedSamples()) + double(m_soundTouch->numSamples()) * m_tempo;
}

int TimeStretcher::initialLatencyFrames() const
{
    return m_soundTouch->getSetting(SETTING_INITIAL_LATENCY);
}

} // namespace recdesk
