#include "wavgenerator.h"

#include <cmath>
#include <QBuffer>
#include <QCryptographicHash>
#include <QtEndian>

namespace recdesk::sandbox {

namespace {

constexpr double kTwoPi = 6.283185307179586;

// splitmix64 seeded by FNV-1a of the seed text: small, fast and the same on every platform.
class Rng
{
public:
    explicit Rng(const QString &seed)
    {
        quint64 h = 1469598103934665603ULL;
        for (const char c : seed.toUtf8()) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        m_state = h;
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform(double lo, double hi)
    {
        return lo + (hi - lo) * double(next() >> 11) / double(1ULL << 53);
    }
    int noise(int amplitude) { return int(next() % quint64(2 * amplitude + 1)) - amplitude; }

private:
    quint64 m_state;
};

void putSample(char *p, int v)
{
    v = qBound(-32768, v, 32767);
    qToLittleEndian<qint16>(qint16(v), p);
}

} // namespace

qint64 wavSamplesForDuration(qint64 durationUsec)
{
    if (durationUsec <= 0)
        return 0;
    return durationUsec * kWavSampleRate / 1000000;
}

qint64 wavFileSize(qint64 samples)
{
    return kWavHeaderSize + 2 * samples;
}

QByteArray wavHeader(qint64 samples)
{
    const quint32 dataBytes = quint32(2 * samples);
    QByteArray h(kWavHeaderSize, Qt::Uninitialized);
    char *p = h.data();
    memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20); // PCM
    qToLittleEndian<quint16>(1, p + 22); // mono
    qToLittleEndian<quint32>(kWavSampleRate, p + 24);
    qToLittleEndian<quint32>(kWavSampleRate * 2, p + 28);
    qToLittleEndian<quint16>(2, p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return h;
}

bool writeWav(const QString &seed, qint64 samples, QIODevice *out)
{
    if (out->write(wavHeader(samples)) != kWavHeaderSize)
        return false;
    Rng rng(seed);
    constexpr qint64 kChunkSamples = 32768;
    QByteArray chunk(kChunkSamples * 2, Qt::Uninitialized);
    qint64 inChunk = 0;
    auto flush = [&]() {
        if (inChunk == 0)
            return true;
        const bool ok = out->write(chunk.constData(), inChunk * 2) == inChunk * 2;
        inChunk = 0;
        return ok;
    };
    auto put = [&](int v) {
        putSample(chunk.data() + inChunk * 2, v);
        if (++inChunk == kChunkSamples)
            return flush();
        return true;
    };

    qint64 pos = 0;
    while (pos < samples) {
        // A pause: breath-level noise.
        const qint64 silence = qMin(samples - pos, qint64(rng.uniform(0.15, 1.2) * kWavSampleRate));
        for (qint64 i = 0; i < silence; ++i) {
            if (!put(rng.noise(40)))
                return false;
        }
        pos += silence;
        if (pos >= samples)
            break;
        // A burst of "speech": a voiced tone with a few harmonics, a wandering pitch and a
        // syllable-rate amplitude envelope.
        const qint64 burst = qMin(samples - pos, qint64(rng.uniform(0.4, 3.0) * kWavSampleRate));
        const double f0 = rng.uniform(95.0, 230.0);
        const double syllableRate = rng.uniform(3.0, 6.0);
        const double syllablePhase = rng.uniform(0.0, kTwoPi);
        const double amplitude = rng.uniform(5000.0, 10000.0);
        const double h2 = rng.uniform(0.3, 0.7), h3 = rng.uniform(0.15, 0.4), h4 = rng.uniform(0.05, 0.2);
        const double ramp = 0.03 * kWavSampleRate;
        double phase = 0.0;
        double f = f0, syllable = 1.0;
        for (qint64 i = 0; i < burst; ++i) {
            // Pitch and syllable envelope move slowly: refresh them every 10 ms.
            if (i % 80 == 0) {
                const double t = double(i) / kWavSampleRate;
                f = f0 * (1.0 + 0.06 * std::sin(kTwoPi * 0.7 * t));
                syllable = 0.55 + 0.45 * std::sin(kTwoPi * syllableRate * t + syllablePhase);
            }
            phase += kTwoPi * f / kWavSampleRate;
            if (phase > kTwoPi)
                phase -= kTwoPi;
            const double edge = qMin(1.0, qMin(double(i) / ramp, double(burst - i) / ramp));
            // Harmonics by the angle-addition recurrence: one sin/cos pair per sample.
            const double s1 = std::sin(phase), c1 = std::cos(phase);
            const double s2 = 2 * s1 * c1, c2 = c1 * c1 - s1 * s1;
            const double s3 = s2 * c1 + c2 * s1, c3 = c2 * c1 - s2 * s1;
            const double s4 = s3 * c1 + c3 * s1;
            const double voice = s1 + h2 * s2 + h3 * s3 + h4 * s4;
            const double v = amplitude * edge * syllable * voice / 2.0;
            if (!put(int(std::lround(v)) + rng.noise(60)))
                return false;
        }
        pos += burst;
    }
    return flush();
}

QByteArray generateWav(const QString &seed, qint64 samples)
{
    QByteArray bytes;
    bytes.reserve(wavFileSize(samples));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeWav(seed, samples, &buffer);
    return bytes;
}

QByteArray generatedEtag(const QString &seed, qint64 samples, const QByteArray &kind)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayLiteral("wavgen-v1|"));
    hash.addData(kind);
    hash.addData(seed.toUtf8());
    hash.addData(QByteArray::number(samples));
    return '"' + hash.result().toHex().left(32) + '"';
}

} // namespace recdesk::sandbox
