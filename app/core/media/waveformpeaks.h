#pragma once

#include "wavinfo.h"

#include <atomic>
#include <QCoreApplication>
#include <QMetaType>
#include <QVector>

class QIODevice;

namespace recdesk {

// Min/max pairs per bucket and channel of a 16-bit PCM WAV, for drawing a waveform: the samples
// are split into N equal buckets and each keeps its lowest and highest sample. Computed by
// streaming the data in chunks, so memory stays flat for long recordings; safe to run on a worker
// thread (see WaveformJob) and cancellable between chunks.
class WaveformPeaks
{
    Q_DECLARE_TR_FUNCTIONS(WaveformPeaks)

public:
    enum class Result { Ok, Failed, Cancelled };

    int bucketCount() const { return m_buckets; }
    int channelCount() const { return m_channels; }
    bool isEmpty() const { return m_values.isEmpty(); }
    qint16 minimum(int bucket, int channel) const { return m_values.at(offset(bucket, channel)); }
    qint16 maximum(int bucket, int channel) const { return m_values.at(offset(bucket, channel) + 1); }
    // Layout: for each bucket, for each channel, min then max.
    const QVector<qint16> &values() const { return m_values; }
    // The same layout scaled to -1.0 .. 1.0.
    QVector<float> normalised() const;

    // device: open and random access, info from WavReader. buckets >= 1. Buckets with no samples
    // (a file shorter than `buckets` frames) hold 0/0.
    static Result compute(QIODevice *device, const WavInfo &info, int buckets, WaveformPeaks *out,
                          QString *error, const std::atomic<bool> *cancel = nullptr);
    static Result computeFile(const QString &path, int buckets, WaveformPeaks *out, QString *error,
                              const std::atomic<bool> *cancel = nullptr);

private:
    int offset(int bucket, int channel) const { return (bucket * m_channels + channel) * 2; }

    QVector<qint16> m_values;
    int m_buckets = 0;
    int m_channels = 0;
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::WaveformPeaks)
