#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace recdesk::sandbox {

// Deterministic speech-like audio: PCM WAV, 8 kHz, 16-bit, mono. The same seed (an item's id)
// and sample count always give the same bytes, so tests can recompute what the sandbox serves.
constexpr int kWavSampleRate = 8000;
constexpr qint64 kWavHeaderSize = 44;

qint64 wavSamplesForDuration(qint64 durationUsec);
qint64 wavFileSize(qint64 samples);
QByteArray wavHeader(qint64 samples);
// Writes the whole file (header and samples) in chunks; false on a write error.
bool writeWav(const QString &seed, qint64 samples, QIODevice *out);
QByteArray generateWav(const QString &seed, qint64 samples);
// A stable ETag for generated audio (depends on the seed, the length and the generator version).
QByteArray generatedEtag(const QString &seed, qint64 samples, const QByteArray &kind);

} // namespace recdesk::sandbox
