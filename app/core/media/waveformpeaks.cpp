#include "waveformpeaks.h"

#include "wavreader.h"

#include <limits>
#include <QFile>
#include <QtEndian>

namespace recdesk {

QVector<float> WaveformPeaks::normalised() const
{
    QVector<float> out;
    out.reserve(m_values.size());
    for (qint16 v : m_values)
        out.append(static_cast<float>(v) / 32768.0f);
    return out;
}

WaveformPeaks::Result WaveformPeaks::computeFile(const QString &path, int buckets, WaveformPeaks *out,
                                                 QString *error, const std::atomic<bool> *cancel)
{
    QFile file;
    WavInfo info;
    if (!WavReader::openFile(&file, path, &info, error))
        return Result::Failed;
    return compute(&file, info, buckets, out, error, cancel);
}

WaveformPeaks::Result WaveformPeaks::compute(QIODevice *device, const WavInfo &info, int buckets,
                                             WaveformPeaks *out, QString *error,
                                             const std::atomic<bool> *cancel)
{
    if (!info.isPcm16()) {
        *error = tr("The waveform needs 16-bit PCM audio.");
        return Result::Failed;
    }
    if (buckets < 1 || buckets > 1'000'000) {
        *error = tr("The waveform needs between 1 and 1,000,000 points.");
        return Result::Failed;
    }
    const int channels = info.format.channels;
    const qint64 frames = info.frameCount();

    WaveformPeaks peaks;
    peaks.m_buckets = buckets;
    peaks.m_channels = channels;
    // Start each bucket at the opposite extremes; buckets that stay untouched become 0/0.
    QVector<qint16> mins(buckets * channels, std::numeric_limits<qint16>::max());
    QVector<qint16> maxs(buckets * channels, std::numeric_limits<qint16>::min());
    QVector<char> touched(buckets, 0);

    if (!device->seek(info.dataOffset)) {
        *error = tr("The audio data cannot be reached.");
        return Result::Failed;
    }
    const int frameBytes = info.format.blockAlign;
    const qint64 chunkFrames = qMax(1, (64 * 1024) / frameBytes);
    QByteArray buffer(static_cast<qsizetype>(chunkFrames * frameBytes), Qt::Uninitialized);

    qint64 frame = 0;
    while (frame < frames) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Result::Cancelled;
        const qint64 want = qMin(chunkFrames, frames - frame) * frameBytes;
        const qint64 got = device->read(buffer.data(), want);
        if (got <= 0)
            break; // cut off: keep what was read
        const qint64 gotFrames = got / frameBytes;
        const char *p = buffer.constData();
        for (qint64 i = 0; i < gotFrames; ++i, ++frame) {
            const int bucket = static_cast<int>(frame * buckets / frames);
            touched[bucket] = 1;
            qint16 *bucketMin = mins.data() + bucket * channels;
            qint16 *bucketMax = maxs.data() + bucket * channels;
            for (int c = 0; c < channels; ++c, p += 2) {
                const qint16 s = qFromLittleEndian<qint16>(p);
                if (s < bucketMin[c])
                    bucketMin[c] = s;
                if (s > bucketMax[c])
                    bucketMax[c] = s;
            }
        }
        if (got < want)
            break;
    }

    peaks.m_values.resize(buckets * channels * 2);
    for (int b = 0; b < buckets; ++b) {
        for (int c = 0; c < channels; ++c) {
            const int i = b * channels + c;
            peaks.m_values[i * 2] = touched[b] ? mins[i] : qint16(0);
            peaks.m_values[i * 2 + 1] = touched[b] ? maxs[i] : qint16(0);
        }
    }
    *out = std::move(peaks);
    return Result::Ok;
}

} // namespace recdesk
