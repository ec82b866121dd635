#pragma once

#include <QtGlobal>

namespace recdesk {

// The "fmt " chunk of a WAVE file, as far as Recdesk needs it.
struct WavFormat
{
    static constexpr quint16 kPcm = 1;
    static constexpr quint16 kIeeeFloat = 3;
    static constexpr quint16 kExtensible = 0xFFFE;

    quint16 formatTag = 0; // kPcm / kIeeeFloat (extensible is resolved to its sub-format)
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint32 byteRate = 0;
    quint16 blockAlign = 0; // bytes per frame (all channels)
    quint16 bitsPerSample = 0;
};

// What WavReader found: the format and where the samples are.
struct WavInfo
{
    WavFormat format;
    qint64 dataOffset = 0; // from the start of the file
    qint64 dataLength = 0; // bytes of samples actually present
    // The data chunk claims more bytes than the file holds (a cut-off download); dataLength is
    // what is there.
    bool truncated = false;

    bool isPcm16() const { return format.formatTag == WavFormat::kPcm && format.bitsPerSample == 16; }
    qint64 frameCount() const { return format.blockAlign ? dataLength / format.blockAlign : 0; }
    qint64 durationMs() const
    {
        return format.sampleRate ? frameCount() * 1000 / static_cast<qint64>(format.sampleRate) : 0;
    }
};

} // namespace recdesk
