#pragma once

#include "silencemap.h"
#include "wavinfo.h"

#include <atomic>
#include <QCoreApplication>

class QIODevice;

namespace recdesk {

// Finds the silences of a 16-bit PCM WAV from its samples: the audio is cut into short windows,
// a window is silent when the RMS level of every channel is below the threshold, and a run of
// silent windows at least the minimum length long is a silence. Streams the data in chunks
// (memory stays flat); safe on a worker thread and cancellable between chunks.
class SilenceDetector
{
    Q_DECLARE_TR_FUNCTIONS(SilenceDetector)

public:
    struct Settings
    {
        // Defaults for telephone speech: line noise on a quiet leg sits well below -45 dBFS,
        // quiet speech well above it; pauses between sentences are shorter than 0.8 s.
        double thresholdDb = -45.0; // dBFS of the RMS level
        int minimumMs = 800;
        int windowMs = 20;
        friend bool operator==(const Settings &a, const Settings &b)
        {
            return a.thresholdDb == b.thresholdDb && a.minimumMs == b.minimumMs && a.windowMs == b.windowMs;
        }
    };
    static constexpr double kMinThresholdDb = -80.0;
    static constexpr double kMaxThresholdDb = -10.0;
    static constexpr int kMinMinimumMs = 200;
    static constexpr int kMaxMinimumMs = 10'000;

    enum class Result { Ok, Failed, Cancelled };

    // device: open and random access, info from WavReader.
    static Result detect(QIODevice *device, const WavInfo &info, const Settings &settings, SilenceMap *out,
                         QString *error, const std::atomic<bool> *cancel = nullptr);
    static Result detectFile(const QString &path, const Settings &settings, SilenceMap *out, QString *error,
                             const std::atomic<bool> *cancel = nullptr);
};

} // namespace recdesk
