#pragma once

#include "wavinfo.h"

#include <QByteArray>

namespace recdesk {

// The canonical 44-byte header (RIFF, "fmt " of 16 bytes, "data") for dataLength bytes of
// samples in the given format.
QByteArray makeWavHeader(const WavFormat &format, quint32 dataLength);

// A PCM format: blockAlign and byteRate are derived.
WavFormat pcmFormat(quint16 channels, quint32 sampleRate, quint16 bitsPerSample);

} // namespace recdesk
