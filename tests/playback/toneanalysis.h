#pragma once

#include <cmath>
#include <QVector>

// Measures test tones in the tests' output: the strongest frequency, loudness, zero crossings.
namespace toneanalysis {

// The power of `hz` in `samples` (Goertzel), normalised by the length.
inline double powerAt(const QVector<float> &samples, int rate, double hz)
{
    const double coefficient = 2 * std::cos(2 * M_PI * hz / rate);
    double previous = 0, beforePrevious = 0;
    for (float s : samples) {
        const double current = s + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
    }
    const double power =
        previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    return power / double(samples.size()) / double(samples.size());
}

// The strongest frequency between loHz and hiHz, scanned in 0.5 Hz steps.
inline double dominantFrequency(const QVector<float> &samples, int rate, double loHz = 300, double hiHz = 600)
{
    double best = loHz, bestPower = -1;
    for (double hz = loHz; hz <= hiHz; hz += 0.5) {
        const double power = powerAt(samples, rate, hz);
        if (power > bestPower) {
            bestPower = power;
            best = hz;
        }
    }
    return best;
}

// The frequency from upward zero crossings (a cross-check of dominantFrequency for one tone).
inline double zeroCrossingFrequency(const QVector<float> &samples, int rate)
{
    int first = -1, last = -1, crossings = 0;
    for (int i = 1; i < samples.size(); ++i) {
        if (samples[i - 1] < 0 && samples[i] >= 0) {
            if (first < 0)
                first = i;
            last = i;
            ++crossings;
        }
    }
    return crossings > 1 ? double(crossings - 1) * rate / double(last - first) : 0;
}

inline double rms(const QVector<float> &samples)
{
    double sum = 0;
    for (float s : samples)
        sum += double(s) * s;
    return samples.isEmpty() ? 0 : std::sqrt(sum / samples.size());
}

} // namespace toneanalysis
